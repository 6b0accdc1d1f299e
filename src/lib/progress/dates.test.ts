import { describe, expect, it } from 'vitest';
import { formatDay, plural } from './dates';

describe('formatDay', () => {
	it('labels a date key by the calendar, whatever the device’s time zone', () => {
		expect(formatDay('2025-01-15')).toBe('Wed 15 Jan');
		expect(formatDay('2025-01-15', 'short')).toBe('15 Jan');
		expect(formatDay('2025-01-15', 'weekday')).toBe('Wed');
	});
});

describe('plural', () => {
	it('says one or many', () => {
		expect(plural(1, 'review')).toBe('1 review');
		expect(plural(0, 'review')).toBe('0 reviews');
		expect(plural(2, 'day')).toBe('2 days');
	});
});
