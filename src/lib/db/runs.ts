/**
 * Quizzes and assignments in progress, one per learner and screen, written after every answer so
 * that nothing is lost to a reload, a discarded tab or a restarted browser. The screen that reads
 * one back checks it: whatever is stored here may be damaged, and is then dropped.
 */
import type { StudyDB } from './db';
import { guarded } from './errors';
import type { EpochMs } from '../scheduling/models';
import type { JsonValue, RunInProgress } from './models';

/** Keeps `value` as the learner's run in progress on screen `key`, replacing the one before. */
export async function keepRunInProgress(
	db: StudyDB,
	input: { learnerId: string; key: string; value: JsonValue; now: EpochMs }
): Promise<void> {
	const record: RunInProgress = {
		learnerId: input.learnerId,
		key: input.key,
		savedAt: input.now,
		value: input.value
	};
	await guarded(() => db.runsInProgress.put(record));
}

/** The learner's run in progress on screen `key`, as stored (unchecked); undefined when none. */
export async function runInProgress(
	db: StudyDB,
	learnerId: string,
	key: string
): Promise<RunInProgress | undefined> {
	return guarded(() => db.runsInProgress.get([learnerId, key]));
}

/** Forgets the learner's run in progress on screen `key` (finished, submitted or given up). */
export async function dropRunInProgress(
	db: StudyDB,
	learnerId: string,
	key: string
): Promise<void> {
	await guarded(() => db.runsInProgress.delete([learnerId, key]));
}
