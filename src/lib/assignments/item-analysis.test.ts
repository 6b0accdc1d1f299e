import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlation, itemStatistics, MIN_STUDENTS_FOR_DISCRIMINATION } from './item-analysis';

describe('itemStatistics', () => {
	it('matches a worked example: strong students right, weak ones wrong', () => {
		// Marks 1,1,1,0,0; totals 6,5,4,2,1, so the rest of the quiz is 5,4,3,2,1.
		// Deviations from the means (0.6 and 3): .4,.4,.4,-.6,-.6 and 2,1,0,-1,-2.
		// Covariance sum 3; variance sums 1.2 and 10; r = 3 / √12 = √3 / 2.
		const stats = itemStatistics([1, 1, 1, 0, 0], [6, 5, 4, 2, 1]);
		expect(stats.facility).toBe(0.6);
		expect(stats.discrimination).toBeCloseTo(Math.sqrt(3) / 2, 12);
		expect(stats.flag).toBeUndefined();
	});

	it('flags a question the strongest students got wrong', () => {
		// Rest 5,4,3,1,0 (mean 2.6); covariance sum -3.8; variance sums 1.2 and 17.2.
		const stats = itemStatistics([0, 0, 1, 1, 1], [5, 4, 4, 2, 1]);
		expect(stats.discrimination).toBeCloseTo(-3.8 / Math.sqrt(1.2 * 17.2), 12);
		expect(stats.flag).toMatch(/Stronger students got it wrong more often/);
	});

	it('flags a question almost nobody got right, and one that tells nobody apart', () => {
		const hard = itemStatistics(
			[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
			[1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 6]
		);
		expect(hard.facility).toBeCloseTo(1 / 11, 12);
		expect(hard.flag).toMatch(/Very difficult/);
		// Right for the strongest and the weakest, wrong for the middle: the rest of the quiz is
		// 4,2,2,2,0 (mean 2), deviations 2,0,0,0,-2 against .6,-.4,-.4,-.4,.6: covariance 0.
		const flat = itemStatistics([1, 0, 0, 0, 1], [5, 2, 2, 2, 1]);
		expect(flat.discrimination).toBeCloseTo(0, 12);
		expect(flat.flag).toMatch(/Hardly tells/);
	});

	it('gives no discrimination without spread or with too few students', () => {
		expect(itemStatistics([1, 1, 1, 1, 1], [6, 5, 4, 3, 2]).discrimination).toBeNull();
		expect(itemStatistics([1, 0], [6, 1]).discrimination).toBeNull();
		expect(MIN_STUDENTS_FOR_DISCRIMINATION).toBe(5);
		expect(itemStatistics([], [])).toEqual({ facility: 0, discrimination: null });
	});

	it('keeps the correlation between -1 and 1 for any marks', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 40 })), {
					minLength: 0,
					maxLength: 40
				}),
				(pairs) => {
					const r = correlation(
						pairs.map(([x]) => x),
						pairs.map(([, y]) => y)
					);
					if (r !== null) expect(Math.abs(r)).toBeLessThanOrEqual(1 + 1e-12);
				}
			)
		);
	});
});
