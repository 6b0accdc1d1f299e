/**
 * Calendar days for "today", streaks and forecasts.
 * A day is cut at local midnight by a fixed UTC offset, passed in (as `Date#getTimezoneOffset`
 * gives it) so that the same `now` gives the same day in tests and on every device.
 * One offset is used for the whole computation: across a daylight-saving change, days far in the
 * past or future may be cut an hour off, which moves no figure by more than an hour's reviews.
 */
import type { EpochMs } from './models';

export const MINUTE_MS = 60_000;

/**
 * The range of every stored time: 1 January 2000 to 1 January 2100. Anything outside is a
 * damaged or forged record (a finish time of 1e20 ms is no date at all, and a page that formats
 * it throws), refused before it is written rather than rendered later.
 */
export const TIME_RANGE = { min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) } as const;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/**
 * The start of the local day containing `now`.
 * @param timezoneOffset minutes to add to local time to get UTC, as `new Date(now).getTimezoneOffset()`
 *   returns it: -240 in Baku (UTC+4), 0 in London in winter. 0 (UTC) when absent.
 */
export function dayStart(now: EpochMs, timezoneOffset = 0): EpochMs {
	const offsetMs = timezoneOffset * MINUTE_MS;
	const local = now - offsetMs;
	return local - mod(local, DAY_MS) + offsetMs;
}

/** The start of the day after the one containing `now`. */
export function dayEnd(now: EpochMs, timezoneOffset = 0): EpochMs {
	return dayStart(now, timezoneOffset) + DAY_MS;
}

/**
 * How many days `time` lies after the day of `now`: 0 today, -1 yesterday, 2 the day after tomorrow.
 */
export function daysFrom(now: EpochMs, time: EpochMs, timezoneOffset = 0): number {
	return Math.floor((time - dayStart(now, timezoneOffset)) / DAY_MS);
}

/** The local date of `time` as `YYYY-MM-DD`, for chart labels and keys. */
export function dayKey(time: EpochMs, timezoneOffset = 0): string {
	return new Date(dayStart(time, timezoneOffset) - timezoneOffset * MINUTE_MS)
		.toISOString()
		.slice(0, 10);
}

/** The date key `days` days after `key` (`YYYY-MM-DD`), by the calendar: no clock involved. */
export function shiftDayKey(key: string, days: number): string {
	return new Date(Date.parse(`${key}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A modulo that is never negative, so days before 1970 are cut the same way. */
function mod(a: number, b: number): number {
	return ((a % b) + b) % b;
}

/** The local time zone's offset at `now`, in minutes, as `Date#getTimezoneOffset` gives it. */
export function timezoneOffsetAt(now: EpochMs): number {
	return new Date(now).getTimezoneOffset();
}
