// A backup file of a long-time learner, as the app would export it, for the storage-full test.
import { BACKUP_FORMAT, BACKUP_VERSION, serializeBackup } from '../../../src/lib/db/backup';
import { benchHistory } from '../../../src/lib/db/bench';
import { DEFAULT_SETTINGS } from '../../../src/lib/db/settings-values';

/** The text of a backup holding one learner with `reviews` review-log entries. */
export function bigBackup(learnerId: string, name: string, reviews: number): string {
	const now = Date.UTC(2026, 10, 1, 9);
	const history = benchHistory(learnerId, reviews, { now, idPrefix: learnerId });
	return serializeBackup({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now,
		learners: [{ id: learnerId, name, createdAt: now - 800 * 86_400_000 }],
		settings: [{ ...DEFAULT_SETTINGS, learnerId }],
		cardStates: history.states,
		reviewLog: history.reviews,
		quizAttempts: [],
		teacherKeys: [],
		assignments: [],
		assignmentResults: [],
		studentSubmissions: []
	});
}
