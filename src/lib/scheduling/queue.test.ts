import { describe, expect, it } from 'vitest';
import type { CardState } from './models';
import { buildStudyQueue, isDue, nextDueAfter } from './queue';
import { newCardState } from './scheduler';
import { DAY_MS, MINUTE_MS } from './time';

const NOW = Date.UTC(2025, 0, 6, 9);

/** A review card due at `due`. */
function reviewCard(cardId: string, due: number): CardState {
	return {
		...newCardState(cardId, NOW - 10 * DAY_MS),
		phase: 'review',
		due,
		stability: 5,
		difficulty: 5,
		reps: 3,
		lastReview: due - 5 * DAY_MS
	};
}

/** 9:00 UTC on 6 January: the learner's day (UTC) ends at midnight. */
const END_OF_TODAY = Date.UTC(2025, 0, 7);
const base = { now: NOW, newLimit: 20, newIntroducedToday: 0, endOfToday: END_OF_TODAY };

describe('buildStudyQueue', () => {
	it('puts due cards first, most overdue first, then new cards in their given order', () => {
		const queue = buildStudyQueue({
			...base,
			cardIds: ['n1:qa', 'late:qa', 'n2:qa', 'later:qa', 'future:qa'],
			states: [
				reviewCard('late:qa', NOW - DAY_MS),
				reviewCard('later:qa', NOW - 3 * DAY_MS),
				reviewCard('future:qa', NOW + DAY_MS)
			]
		});
		expect(queue).toEqual(['later:qa', 'late:qa', 'n1:qa', 'n2:qa']);
	});

	it('introduces only what is left of the daily new-card limit', () => {
		const cardIds = ['a:qa', 'b:qa', 'c:qa', 'd:qa'];
		expect(
			buildStudyQueue({ ...base, cardIds, states: [], newLimit: 3, newIntroducedToday: 1 })
		).toEqual(['a:qa', 'b:qa']);
		expect(
			buildStudyQueue({ ...base, cardIds, states: [], newLimit: 3, newIntroducedToday: 5 })
		).toEqual([]);
	});

	it('always shows due cards, whatever the new-card limit', () => {
		const queue = buildStudyQueue({
			...base,
			cardIds: ['a:qa', 'b:qa'],
			states: [reviewCard('a:qa', NOW)],
			newLimit: 0
		});
		expect(queue).toEqual(['a:qa']);
	});

	it('treats a stored state still in phase new as a new card', () => {
		const queue = buildStudyQueue({
			...base,
			cardIds: ['a:qa'],
			states: [newCardState('a:qa', NOW + DAY_MS)],
			newLimit: 1
		});
		expect(queue).toEqual(['a:qa']);
	});

	it('ignores states of cards that are no longer offered', () => {
		const queue = buildStudyQueue({
			...base,
			cardIds: ['a:qa'],
			states: [reviewCard('gone:qa', NOW - DAY_MS)],
			newLimit: 0
		});
		expect(queue).toEqual([]);
	});

	it('keeps the given order between cards due at the same moment', () => {
		const queue = buildStudyQueue({
			...base,
			cardIds: ['b:qa', 'a:qa'],
			states: [reviewCard('a:qa', NOW - DAY_MS), reviewCard('b:qa', NOW - DAY_MS)]
		});
		expect(queue).toEqual(['b:qa', 'a:qa']);
	});
});

describe('isDue: one meaning of "due" for Study and Progress', () => {
	const step = (due: number): CardState => ({ ...reviewCard('s:qa', due), phase: 'learning' });

	it('counts a card in review due at any hour of today, and not one due tomorrow', () => {
		expect(isDue(reviewCard('a:qa', NOW + 8 * 60 * MINUTE_MS), NOW, END_OF_TODAY)).toBe(true);
		expect(isDue(reviewCard('a:qa', END_OF_TODAY), NOW, END_OF_TODAY)).toBe(false);
	});

	it('counts a learning step once its minutes are up, and not before', () => {
		expect(isDue(step(NOW), NOW, END_OF_TODAY)).toBe(true);
		expect(isDue(step(NOW + MINUTE_MS), NOW, END_OF_TODAY)).toBe(false);
	});

	it('never counts a new card', () => {
		expect(isDue(newCardState('n:qa', NOW - DAY_MS), NOW, END_OF_TODAY)).toBe(false);
	});
});

describe('nextDueAfter', () => {
	it('names when the first card not yet due comes due, or null', () => {
		const step = { ...reviewCard('s:qa', NOW + 30 * MINUTE_MS), phase: 'learning' as const };
		const states = [step, reviewCard('b:qa', NOW + DAY_MS)];
		expect(nextDueAfter(states, NOW, END_OF_TODAY)).toBe(NOW + 30 * MINUTE_MS);
		expect(nextDueAfter([reviewCard('a:qa', NOW - 1)], NOW, END_OF_TODAY)).toBeNull();
	});
});
