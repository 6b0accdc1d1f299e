/**
 * Importing a backup file on any screen: when the file holds teacher keys this device lacks, the
 * import waits for the person to say whether to add them. A key added from someone else's file
 * lets that person read every result sent to it, so it is never adopted without asking.
 */
import type { ImportCounts, ImportOptions } from '$lib/db';
import { learnerSession } from './learner-session.svelte';

export type TeacherKeyChoice = NonNullable<ImportOptions['teacherKeys']>;

export class BackupImport {
	/** A file waiting for the answer, with the question to show. */
	pending = $state.raw<{ text: string; question: string } | null>(null);

	/**
	 * Imports `text`. When it holds teacher keys this device lacks and `choice` is `ask`, nothing
	 * is imported: the file waits in `pending`, and null is returned.
	 * @throws the import's errors (a damaged file, no room), with nothing changed.
	 */
	async import(text: string, choice: TeacherKeyChoice = 'ask'): Promise<ImportCounts | null> {
		const { db, api } = await learnerSession.open();
		try {
			const counts = await api.importBackupText(db, text, undefined, { teacherKeys: choice });
			this.pending = null;
			return counts;
		} catch (error) {
			if ((error as { problem?: unknown } | null)?.problem === 'teacher-keys') {
				this.pending = { text, question: (error as Error).message };
				return null;
			}
			this.pending = null;
			throw error;
		}
	}

	/** Answers the question of the file waiting: imports it with its keys, without, or not at all. */
	answer(choice: 'add' | 'skip' | 'cancel'): Promise<ImportCounts | null> {
		const pending = this.pending;
		this.pending = null;
		if (!pending || choice === 'cancel') return Promise.resolve(null);
		return this.import(pending.text, choice);
	}
}
