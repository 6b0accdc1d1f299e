import { describe, expect, it } from 'vitest';
import { addDays, heatLevel, heatmapWeeks, weekday, weekStart } from './heatmap';

// Wednesday 15 January 2025.
const TODAY = '2025-01-15';

describe('calendar helpers', () => {
	it('counts weekdays from Monday', () => {
		expect(weekday('2025-01-13')).toBe(0);
		expect(weekday('2025-01-19')).toBe(6);
	});

	it('finds the Monday of a week, across a year end', () => {
		expect(weekStart(TODAY)).toBe('2025-01-13');
		expect(weekStart('2025-01-01')).toBe('2024-12-30');
		expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
	});
});

describe('heatLevel', () => {
	it('is 0 without reviews and 4 on the busiest day', () => {
		expect(heatLevel(0, 10)).toBe(0);
		expect(heatLevel(10, 10)).toBe(4);
	});

	it('gives any review at least level 1', () => {
		expect(heatLevel(1, 100)).toBe(1);
		expect(heatLevel(51, 100)).toBe(3);
	});
});

describe('heatmapWeeks', () => {
	it('lays out whole weeks, Monday first, ending with the week of today', () => {
		const weeks = heatmapWeeks([], TODAY, 3);
		expect(weeks.map((week) => week.start)).toEqual(['2024-12-30', '2025-01-06', '2025-01-13']);
		expect(weeks.every((week) => week.days.length === 7)).toBe(true);
	});

	it('leaves the days after today empty', () => {
		const last = heatmapWeeks([], TODAY, 2).at(-1)!;
		expect(last.days.map((day) => day?.day ?? null)).toEqual([
			'2025-01-13',
			'2025-01-14',
			'2025-01-15',
			null,
			null,
			null,
			null
		]);
	});

	it('shades each day relative to the busiest day shown', () => {
		const weeks = heatmapWeeks(
			[
				{ day: '2025-01-14', count: 8 },
				{ day: '2025-01-15', count: 2 },
				{ day: '2024-01-01', count: 999 }
			],
			TODAY,
			2
		);
		const days = weeks.flatMap((week) => week.days).filter((day) => day !== null);
		expect(days.find((day) => day.day === '2025-01-14')).toMatchObject({ count: 8, level: 4 });
		expect(days.find((day) => day.day === '2025-01-15')).toMatchObject({ count: 2, level: 1 });
		expect(days.find((day) => day.day === '2025-01-13')).toMatchObject({ count: 0, level: 0 });
	});

	it('names a month over the week holding its first day, and the first week', () => {
		const weeks = heatmapWeeks([], '2025-02-05', 6);
		expect(weeks.map((week) => week.monthLabel)).toEqual(['Jan', '', '', '', 'Feb', '']);
		expect(heatmapWeeks([], '2025-01-22', 2).map((week) => week.monthLabel)).toEqual(['Jan', '']);
	});
});
