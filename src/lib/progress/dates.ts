/** Labels of local dates (`YYYY-MM-DD`) for charts and their tables; by the calendar, no clock. */

const FORMATS = {
	/** "Wed 15 Jan" */
	day: new Intl.DateTimeFormat('en-GB', {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		timeZone: 'UTC'
	}),
	/** "15 Jan" */
	short: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
	/** "Wed" */
	weekday: new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' })
};

export type DayFormat = keyof typeof FORMATS;

/** A date key as a label: `formatDay('2025-01-15', 'day')` → "Wed 15 Jan". */
export function formatDay(key: string, format: DayFormat = 'day'): string {
	return FORMATS[format].format(Date.parse(`${key}T00:00:00Z`));
}
