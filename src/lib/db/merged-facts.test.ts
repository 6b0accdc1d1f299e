import { describe, expect, it } from 'vitest';
import { discoverPacks } from '../server/discover-packs';
import { applyMerges, FACT_MERGES, factRenamer } from './merged-facts';
import type { QuizAttempt, StoredCardState, StoredReview } from './models';
import { SCHEMA_VERSIONS } from './schema';
import { T0 } from './testing';

const merges = [
	{ version: 4, from: 'old', into: 'kept' },
	{ version: 5, from: 'kept', into: 'final' }
];

const state = (cardId: string, lastReview: number | null): StoredCardState => ({
	learnerId: 'l1',
	cardId,
	phase: 'review',
	due: T0 + 86_400_000,
	stability: 3,
	difficulty: 5,
	elapsedDays: 1,
	scheduledDays: 2,
	learningSteps: 0,
	reps: 2,
	lapses: 0,
	lastReview
});

const review = (id: string, cardId: string): StoredReview => ({
	id,
	learnerId: 'l1',
	cardId,
	factId: cardId.slice(0, cardId.indexOf(':')),
	day: '2025-01-06',
	grade: 'good',
	reviewedAt: T0,
	phaseBefore: 'new',
	elapsedDays: 0,
	scheduledDays: 1,
	due: T0 + 86_400_000,
	stability: 1,
	difficulty: 5,
	source: 'study',
	previous: null
});

const attempt = (factIds: string[]): QuizAttempt => ({
	id: factIds.join('+'),
	learnerId: 'l1',
	quiz: { packId: 'p', title: 'Quiz' },
	startedAt: T0,
	finishedAt: T0 + 1000,
	answers: [{ questionId: `mc:${factIds[0]}`, factIds, given: 'x', correct: true }],
	correctCount: 1
});

describe('factRenamer', () => {
	it('follows a chain of merges to its end, and leaves other ids alone', () => {
		const rename = factRenamer(merges);
		expect(rename('old')).toBe('final');
		expect(rename('kept')).toBe('final');
		expect(rename('other')).toBe('other');
	});

	it('stops on a cycle written by mistake instead of looping', () => {
		const rename = factRenamer([
			{ version: 4, from: 'a', into: 'b' },
			{ version: 4, from: 'b', into: 'a' }
		]);
		expect(['a', 'b']).toContain(rename('a'));
	});
});

describe('applyMerges', () => {
	it('renames card states, keeping the later of two that become one card', () => {
		const result = applyMerges(
			{
				cardStates: [state('old:qa', T0 + 5), state('kept:qa', T0 + 9), state('old:cloze', T0)],
				reviewLog: [],
				quizAttempts: []
			},
			merges.slice(0, 1)
		);
		expect(result.cardStates).toEqual([state('kept:qa', T0 + 9), state('kept:cloze', T0)]);
		expect(result.renamedStates).toEqual([
			['l1', 'old:qa'],
			['l1', 'old:cloze']
		]);
	});

	it('prefers a reviewed state to one never reviewed, whichever id it had', () => {
		const result = applyMerges(
			{
				cardStates: [state('kept:qa', null), state('old:qa', T0)],
				reviewLog: [],
				quizAttempts: []
			},
			merges.slice(0, 1)
		);
		expect(result.cardStates).toEqual([state('kept:qa', T0)]);
	});

	it('keeps every review and answer, renamed, and returns untouched records as they were', () => {
		const untouched = review('r2', 'other:qa');
		const moved = { ...review('r1', 'old:reverse'), previous: state('old:reverse', T0) };
		const other = attempt(['other']);
		const result = applyMerges(
			{
				cardStates: [],
				reviewLog: [moved, untouched],
				quizAttempts: [attempt(['old', 'other']), other]
			},
			merges.slice(0, 1)
		);
		expect(result.reviewLog[0]).toMatchObject({ cardId: 'kept:reverse', factId: 'kept' });
		expect(result.reviewLog[0]?.previous?.cardId).toBe('kept:reverse');
		expect(result.reviewLog[1]).toBe(untouched);
		expect(result.quizAttempts[0]?.answers[0]?.factIds).toEqual(['kept', 'other']);
		expect(result.quizAttempts[1]).toBe(other);
	});
});

describe('FACT_MERGES', () => {
	it('merge into facts that exist, from ids no fact uses any more', async () => {
		const ids = new Set((await discoverPacks('content')).flatMap((p) => p.facts.map((f) => f.id)));
		const rename = factRenamer(FACT_MERGES);
		for (const merge of FACT_MERGES) {
			expect(ids.has(merge.from), `${merge.from} is a fact again`).toBe(false);
			expect(ids.has(rename(merge.from)), `${merge.from} ends in a fact`).toBe(true);
		}
	});

	it('are each made by a schema version with an upgrade step', () => {
		for (const merge of FACT_MERGES) {
			expect(SCHEMA_VERSIONS.find((step) => step.version === merge.version)?.upgrade).toBeDefined();
		}
	});
});
