import { describe, expect, it } from 'vitest';
import type { ReviewOutcome } from './models';
import { weeklyRetention } from './retention';

// Wednesday 15 January 2025.
const TODAY = '2025-01-15';

const outcome = (day: string, recalled = true): ReviewOutcome => ({ day, recalled });

describe('weeklyRetention', () => {
	it('gives one entry per week, Monday to Sunday, the week of today last', () => {
		const weeks = weeklyRetention([], TODAY, 2);
		expect(weeks).toEqual([
			{ start: '2025-01-06', end: '2025-01-12', reviews: 0, recalled: 0, share: null },
			{ start: '2025-01-13', end: '2025-01-19', reviews: 0, recalled: 0, share: null }
		]);
	});

	it('measures the share of reviews not graded again in each week', () => {
		const weeks = weeklyRetention(
			[
				outcome('2025-01-06'),
				outcome('2025-01-12', false),
				outcome('2025-01-13'),
				outcome('2025-01-14'),
				outcome('2025-01-15'),
				outcome('2025-01-15', false)
			],
			TODAY,
			2
		);
		expect(weeks.map((week) => week.share)).toEqual([0.5, 0.75]);
		expect(weeks.map((week) => week.reviews)).toEqual([2, 4]);
	});

	it('ignores reviews outside the weeks shown', () => {
		const weeks = weeklyRetention([outcome('2025-01-05'), outcome('2025-01-16')], TODAY, 2);
		expect(weeks.every((week) => week.reviews === 0)).toBe(true);
	});
});
