import { describe, expect, it } from 'vitest';
import { factRecall, passageRecall, recallBand, topicMastery } from './mastery';
import type { RecallOf } from './models';

/** Recall by card id from a table; cards not in it were never seen. */
const recallFrom =
	(table: Record<string, number>): RecallOf =>
	(id) =>
		table[id] ?? null;

describe('topicMastery', () => {
	const topics = [
		{ topic: 'a', label: 'Topic A', cardIds: ['a1', 'a2', 'a3', 'a4'] },
		{ topic: 'b', label: 'Topic B', cardIds: ['b1'] }
	];

	it('averages recall over every card, counting cards never seen as 0', () => {
		const [a] = topicMastery(topics, recallFrom({ a1: 1, a2: 0.6 }));
		expect(a).toMatchObject({ topic: 'a', cards: 4, seen: 2, mastery: 0.4 });
		expect(a!.seenRecall).toBeCloseTo(0.8);
	});

	it('gives a topic never studied 0 mastery and no recall of seen cards', () => {
		const [, b] = topicMastery(topics, recallFrom({}));
		expect(b).toEqual({
			topic: 'b',
			label: 'Topic B',
			cards: 1,
			seen: 0,
			mastery: 0,
			seenRecall: null
		});
	});
});

describe('the speech map', () => {
	it('rates a fact by the mean recall of its seen cards', () => {
		expect(
			factRecall(['f:qa', 'f:cloze', 'f:reverse'], recallFrom({ 'f:qa': 0.9, 'f:cloze': 0.5 }))
		).toBeCloseTo(0.7);
		expect(factRecall(['f:qa'], recallFrom({}))).toBeNull();
	});

	it('rates a passage by its weakest studied fact', () => {
		const facts: Record<string, number | null> = { a: 0.9, b: 0.4, c: null };
		expect(passageRecall(['a', 'b', 'c'], (id) => facts[id] ?? null)).toBe(0.4);
		expect(passageRecall(['c'], (id) => facts[id] ?? null)).toBeNull();
	});

	it('puts a chance of recall in one of five bands', () => {
		expect([0, 0.49, 0.5, 0.7, 0.85, 0.949, 0.95, 1].map(recallBand)).toEqual([
			0, 0, 1, 2, 3, 3, 4, 4
		]);
	});
});
