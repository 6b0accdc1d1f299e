/** What a backup import added, kind by kind, in words: one description for every import screen. */
import type { ImportCounts } from '$lib/db';
import { plural } from '$lib/progress/dates';

/** The kinds a person counts; settings and card states come with their learner and reviews. */
const KINDS: readonly [keyof ImportCounts, string][] = [
	['learners', 'learner'],
	['reviews', 'review'],
	['quizAttempts', 'quiz attempt'],
	['teacherKeys', 'teacher key'],
	['assignments', 'assignment'],
	['assignmentResults', 'collected result'],
	['studentSubmissions', 'submitted result code']
];

/** "Backup imported: 2 learners, 310 reviews, 1 teacher key added." or that nothing was new. */
export function describeImport(counts: ImportCounts): string {
	const added = KINDS.filter(([kind]) => counts[kind] > 0).map(([kind, one]) =>
		plural(counts[kind], one)
	);
	return added.length
		? `Backup imported: ${added.join(', ')} added.`
		: 'This backup was already imported: nothing new to add.';
}
