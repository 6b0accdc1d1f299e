/**
 * Times as every page writes them. A stored time may be out of any date's range (a damaged
 * record): `Intl` and `toISOString` throw on those, which would stop a whole page, so they read
 * as "unknown date" instead.
 */

const STYLES = {
	date: { dateStyle: 'medium' },
	longDate: { dateStyle: 'long' },
	dateTime: { dateStyle: 'medium', timeStyle: 'short' },
	/** A calendar day (`YYYY-MM-DD`, read as UTC midnight): the same day in every time zone. */
	day: { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type TimeStyle = keyof typeof STYLES;

export const UNKNOWN_DATE = 'unknown date';

/** The largest time a `Date` can hold, either side of 1970 (ECMAScript's own limit). */
const MAX_DATE_MS = 8.64e15;

const formats = new Map<string, Intl.DateTimeFormat>();

function isDateTime(time: number): boolean {
	return Number.isFinite(time) && Math.abs(time) <= MAX_DATE_MS;
}

/** `time` in the reader's language (or `locale`), or {@link UNKNOWN_DATE}. */
export function formatTime(time: number, style: TimeStyle = 'dateTime', locale?: string): string {
	if (!isDateTime(time)) return UNKNOWN_DATE;
	const key = `${locale ?? ''}\n${style}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, STYLES[style]);
		formats.set(key, format);
	}
	return format.format(time);
}

/** `time` for a `<time datetime>` attribute, or undefined (no attribute) when it is no date. */
export function isoTime(time: number): string | undefined {
	return isDateTime(time) ? new Date(time).toISOString() : undefined;
}

/** A calendar day (`YYYY-MM-DD`) as "Friday 12 December", or {@link UNKNOWN_DATE}. */
export function formatDay(day: string, locale?: string): string {
	return formatTime(Date.parse(`${day}T00:00:00Z`), 'day', locale);
}
