/** Retention over time: the share of reviews recalled, week by week. */
import { addDays, weekStart } from './heatmap';
import type { RetentionWeek, ReviewOutcome } from './models';

/**
 * The share of reviews recalled (graded other than "again") in each of the last `weeks` weeks,
 * Monday to Sunday, oldest first, the week of `today` last.
 */
export function weeklyRetention(
	outcomes: readonly ReviewOutcome[],
	today: string,
	weeks: number
): RetentionWeek[] {
	const first = addDays(weekStart(today), -7 * (weeks - 1));
	const result: RetentionWeek[] = Array.from({ length: weeks }, (_, w) => ({
		start: addDays(first, 7 * w),
		end: addDays(first, 7 * w + 6),
		reviews: 0,
		recalled: 0,
		share: null
	}));
	for (const outcome of outcomes) {
		if (outcome.day < first || outcome.day > today) continue;
		const week = result[Math.floor(daysBetween(first, outcome.day) / 7)];
		if (!week) continue;
		week.reviews++;
		if (outcome.recalled) week.recalled++;
	}
	for (const week of result) week.share = week.reviews ? week.recalled / week.reviews : null;
	return result;
}

function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
