/** The calendar heatmap of reviews: whole weeks, Monday first, up to today. */
import type { DayCount, HeatLevel, HeatmapWeek } from './models';

const DAY_MS = 86_400_000;
const MONTHS = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });

/** The date key `days` days after `key`, by the calendar. */
export function addDays(key: string, days: number): string {
	return new Date(Date.parse(`${key}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Monday … 6 for Sunday. */
export function weekday(key: string): number {
	return (new Date(`${key}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday of the week holding `key`. */
export function weekStart(key: string): string {
	return addDays(key, -weekday(key));
}

/** A count's shade relative to the busiest day: 0 for none, then quarters of the maximum. */
export function heatLevel(count: number, max: number): HeatLevel {
	if (count <= 0 || max <= 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((4 * count) / max))) as HeatLevel;
}

/**
 * The last `weeks` weeks up to the week of `today`, Monday first; days after today are null.
 * Days missing from `counts` had no reviews.
 */
export function heatmapWeeks(
	counts: readonly DayCount[],
	today: string,
	weeks: number
): HeatmapWeek[] {
	const byDay = new Map(counts.map((c) => [c.day, c.count]));
	const first = addDays(weekStart(today), -7 * (weeks - 1));
	const shown = Array.from({ length: weeks * 7 }, (_, i) => addDays(first, i)).filter(
		(day) => day <= today
	);
	const max = Math.max(0, ...shown.map((day) => byDay.get(day) ?? 0));

	const columns = Array.from({ length: weeks }, (_, w) => {
		const start = addDays(first, 7 * w);
		const days = Array.from({ length: 7 }, (_, d) => {
			const day = addDays(start, d);
			if (day > today) return null;
			const count = byDay.get(day) ?? 0;
			return { day, count, level: heatLevel(count, max) };
		});
		return { start, days };
	});
	// A month is named over the week holding its first day, and the first week names its month
	// unless the next label follows too closely to fit.
	const firsts = columns.map(
		({ start }) =>
			Array.from({ length: 7 }, (_, d) => addDays(start, d)).find((day) => day.endsWith('-01')) ??
			null
	);
	return columns.map((column, w) => {
		const first = firsts[w];
		const opening = w === 0 && !firsts.slice(1, 3).some(Boolean) ? column.start : null;
		const labelDay = first ?? opening;
		return {
			...column,
			monthLabel: labelDay ? MONTHS.format(Date.parse(`${labelDay}T00:00:00Z`)) : ''
		};
	});
}
