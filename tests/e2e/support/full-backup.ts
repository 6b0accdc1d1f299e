// A backup holding a record of every kind, as the app would export it, made in Node with the
// app's own repository on a fake IndexedDB.
import { exportBackup, serializeBackup } from '../../../src/lib/db/backup';
import { populatedDB } from '../../../src/lib/db/testing';

/** The text of a backup with learners, states, reviews, attempts, keys, an assignment, results. */
export async function fullBackup(): Promise<string> {
	const db = await populatedDB();
	try {
		return serializeBackup(await exportBackup(db, { now: Date.now() }));
	} finally {
		db.close();
	}
}
