import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../scheduling/time';
import { createLearner } from './learners';
import { recallByCard, reviewOutcomes } from './recall';
import { gradeCard } from './reviews';
import { freshDB, scheduler, T0 } from './testing';

async function learnerWithGrades(
	grades: { cardId: string; grade: 'again' | 'good'; at: number }[]
) {
	const db = await freshDB();
	const { id: learnerId } = await createLearner(db, { name: 'A', now: T0 - DAY_MS });
	for (const { cardId, grade, at } of grades) {
		await gradeCard(db, { learnerId, cardId, grade, now: at, scheduler });
	}
	return { db, learnerId };
}

describe('recallByCard', () => {
	it('gives the chance of recall of each reviewed card, falling with time', async () => {
		const { db, learnerId } = await learnerWithGrades([{ cardId: 'a:qa', grade: 'good', at: T0 }]);
		const soon = await recallByCard(db, learnerId, T0 + 60_000);
		const later = await recallByCard(db, learnerId, T0 + 30 * DAY_MS);
		expect(soon.get('a:qa')).toBeGreaterThan(0.95);
		expect(later.get('a:qa')).toBeLessThan(soon.get('a:qa')!);
	});

	it('leaves out cards never reviewed and other learners’ cards', async () => {
		const { db, learnerId } = await learnerWithGrades([{ cardId: 'a:qa', grade: 'good', at: T0 }]);
		const other = await createLearner(db, { name: 'B', now: T0 });
		expect([...(await recallByCard(db, learnerId, T0)).keys()]).toEqual(['a:qa']);
		expect((await recallByCard(db, other.id, T0)).size).toBe(0);
	});
});

describe('reviewOutcomes', () => {
	it('lists the reviews from a time on, with their day and whether they were recalled', async () => {
		const { db, learnerId } = await learnerWithGrades([
			{ cardId: 'a:qa', grade: 'good', at: T0 - 2 * DAY_MS },
			{ cardId: 'b:qa', grade: 'again', at: T0 },
			{ cardId: 'c:qa', grade: 'good', at: T0 + 1000 }
		]);
		expect(await reviewOutcomes(db, learnerId, T0 - DAY_MS)).toEqual([
			{ day: '2025-01-06', recalled: false },
			{ day: '2025-01-06', recalled: true }
		]);
	});
});
