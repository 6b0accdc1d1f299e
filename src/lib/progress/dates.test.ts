import { describe, expect, it } from 'vitest';
import { formatDay } from './dates';

describe('formatDay', () => {
	it('labels a date key by the calendar, whatever the device’s time zone', () => {
		expect(formatDay('2025-01-15')).toBe('Wed 15 Jan');
		expect(formatDay('2025-01-15', 'short')).toBe('15 Jan');
		expect(formatDay('2025-01-15', 'weekday')).toBe('Wed');
	});
});
