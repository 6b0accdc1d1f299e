/**
 * Counts and percentages as every page and tool writes them: one rule for plurals (the
 * language's own, from `Intl.PluralRules`) and one for percentages, so that 8 of 12 is the same
 * figure on the results, the report and the history.
 */

const rules = new Intl.PluralRules('en');

/** True when `count` takes the singular: "1 review" (and in English nothing else does). */
export function isSingular(count: number): boolean {
	return rules.select(count) === 'one';
}

/** "1 review", "3 reviews", "2 quizzes" (`many` for a plural that is not `one` + "s"). */
export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${isSingular(count) ? one : many}`;
}

/**
 * `part` of `whole` as a whole percentage, rounded down, so that a score shown as reaching a pass
 * mark does reach it (8 of 12 is 66%, not 67%: it does not pass a mark of 67). Integers only.
 */
export function percentOf(part: number, whole: number): number {
	return whole > 0 ? Math.floor((part * 100) / whole) : 0;
}

/** A share (0.456) as a label ("46%"): for measured rates and chosen targets, not for scores. */
export function percent(share: number): string {
	return `${Math.round(share * 100)}%`;
}
