/** What a backup import added, kind by kind, in words: one description for every import screen. */
import type { ImportCounts, ImportTally } from '$lib/db';
import { plural } from '$lib/text/format';

/** The kinds a person counts; settings and card states come with their learner and reviews. */
const KINDS: readonly [keyof ImportTally, string][] = [
	['learners', 'learner'],
	['reviews', 'review'],
	['quizAttempts', 'quiz attempt'],
	['teacherKeys', 'teacher key'],
	['assignments', 'assignment'],
	['assignmentResults', 'collected result'],
	['studentSubmissions', 'submitted result code']
];

/** The kinds with a count, in words: "2 learners, 310 reviews". */
function listed(count: (kind: keyof ImportTally) => number): string[] {
	return KINDS.filter(([kind]) => count(kind) > 0).map(([kind, one]) => plural(count(kind), one));
}

/**
 * "Backup imported: 2 learners, 310 reviews added; 12 reviews were here already." (and whom the
 * backup's learners replaced), or that nothing was new.
 */
export function describeImport(counts: ImportCounts): string {
	const added = listed((kind) => counts[kind]);
	if (!added.length) return 'This backup was already imported: nothing new to add.';
	const here = listed((kind) => counts.inFile[kind] - counts[kind]);
	const replaced = counts.replaced
		? ` It replaces “${counts.replaced}”, this device's unused first learner.`
		: '';
	const already = here.length ? `; ${here.join(', ')} ${alreadyVerb(here)} here already` : '';
	return `Backup imported: ${added.join(', ')} added${already}.${replaced}`;
}

/** "1 review was", "3 reviews were", "1 learner, 2 reviews were". */
const alreadyVerb = (items: string[]) =>
	items.length === 1 && /^1 /.test(items[0]!) ? 'was' : 'were';
