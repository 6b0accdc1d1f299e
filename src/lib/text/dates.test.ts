import { describe, expect, it } from 'vitest';
import { formatTime, isoTime, UNKNOWN_DATE } from './dates';

describe('times as pages write them', () => {
	const t = Date.UTC(2026, 10, 3, 9, 30);

	it('formats a real time in the given style', () => {
		expect(formatTime(t, 'date', 'en-GB')).toBe('3 Nov 2026');
		expect(formatTime(t, 'longDate', 'en-GB')).toBe('3 November 2026');
		expect(formatTime(t, 'dateTime', 'en-GB')).toMatch(/^3 Nov 2026, \d\d:30$/);
		expect(isoTime(t)).toBe('2026-11-03T09:30:00.000Z');
	});

	it('never throws on a time no date can hold', () => {
		for (const bad of [1e20, -1e20, Number.NaN, Infinity, 8.64e15 + 1]) {
			expect(formatTime(bad)).toBe(UNKNOWN_DATE);
			expect(isoTime(bad)).toBeUndefined();
		}
		expect(isoTime(8.64e15)).toBe('+275760-09-13T00:00:00.000Z');
	});
});
