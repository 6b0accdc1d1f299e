import { describe, expect, it } from 'vitest';
import { DAY_MS, dayEnd, dayKey, daysFrom, dayStart, HOUR_MS } from './time';

const MIDDAY = Date.UTC(2025, 0, 6, 12);
/** Baku is UTC+4: `getTimezoneOffset()` gives -240 there. */
const BAKU = -240;
/** New York in winter is UTC-5. */
const NEW_YORK = 300;

describe('dayStart', () => {
	it('cuts UTC days at UTC midnight when no offset is given', () => {
		expect(dayStart(MIDDAY)).toBe(Date.UTC(2025, 0, 6));
		expect(dayEnd(MIDDAY)).toBe(Date.UTC(2025, 0, 7));
	});

	it('cuts local days at local midnight', () => {
		expect(dayStart(MIDDAY, BAKU)).toBe(Date.UTC(2025, 0, 5, 20));
		// 22:00 UTC is already 02:00 the next day in Baku.
		expect(dayStart(Date.UTC(2025, 0, 6, 22), BAKU)).toBe(Date.UTC(2025, 0, 6, 20));
		expect(dayStart(Date.UTC(2025, 0, 6, 3), NEW_YORK)).toBe(Date.UTC(2025, 0, 5, 5));
	});

	it('works before 1970', () => {
		expect(dayStart(Date.UTC(1969, 11, 31, 12))).toBe(Date.UTC(1969, 11, 31));
	});
});

describe('daysFrom', () => {
	it('counts calendar days, not 24-hour spans', () => {
		const lateEvening = Date.UTC(2025, 0, 6, 23);
		expect(daysFrom(lateEvening, lateEvening + 2 * HOUR_MS)).toBe(1);
		expect(daysFrom(lateEvening, lateEvening - DAY_MS)).toBe(-1);
		expect(daysFrom(lateEvening, Date.UTC(2025, 0, 6, 0))).toBe(0);
	});
});

describe('dayKey', () => {
	it('names the local date', () => {
		expect(dayKey(Date.UTC(2025, 0, 6, 22))).toBe('2025-01-06');
		expect(dayKey(Date.UTC(2025, 0, 6, 22), BAKU)).toBe('2025-01-07');
	});
});
