import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../scheduling/time';
import { InputError, NotFoundError } from './errors';
import { createLearner } from './learners';
import type { QuizAnswer } from './models';
import { factOutcomes, listQuizAttempts, recordQuizAttempt, type RecordQuizInput } from './quizzes';
import { getCardState, gradeCard } from './reviews';
import { freshDB, scheduler, sequentialIds, T0 } from './testing';

/** A quiz input with two answers, one right and one wrong. */
function quizInput(learnerId: string, overrides: Partial<RecordQuizInput> = {}): RecordQuizInput {
	return {
		learnerId,
		quiz: { packId: 'oic-acm-2017', title: 'Khojaly', spec: { count: 2, seed: 7 } },
		answers: [
			{ questionId: 'mc:khojaly-killed', factIds: ['khojaly-killed'], given: '613', correct: true },
			{ questionId: 'typed:baku-host', factIds: ['baku-host'], given: 'Ganja', correct: false }
		],
		startedAt: T0,
		finishedAt: T0 + 5 * MINUTE_MS,
		now: T0 + 5 * MINUTE_MS,
		scheduler,
		newId: sequentialIds('q'),
		...overrides
	};
}

describe('recordQuizAttempt', () => {
	it('stores the attempt with every answer given', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'A', now: T0 });
		const { attempt } = await recordQuizAttempt(db, quizInput(learner.id));
		expect(attempt).toMatchObject({ id: 'q-1', correctCount: 1 });
		expect(await listQuizAttempts(db, learner.id)).toEqual([attempt]);
	});

	it('counts a correct answer as a good review and a wrong one as a lapse of the fact’s qa card', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'A', now: T0 });
		const { reviews } = await recordQuizAttempt(db, quizInput(learner.id));
		expect(reviews.map((review) => [review.cardId, review.grade, review.source])).toEqual([
			['khojaly-killed:qa', 'good', 'quiz'],
			['baku-host:qa', 'again', 'quiz']
		]);
		expect(reviews.every((review) => review.quizAttemptId === 'q-1')).toBe(true);
		expect(await getCardState(db, learner.id, 'khojaly-killed:qa')).toMatchObject({ reps: 1 });
	});

	it('moves the same schedule as study', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'A', now: T0 });
		const studied = await gradeCard(db, {
			learnerId: learner.id,
			cardId: 'khojaly-killed:qa',
			grade: 'good',
			now: T0 - MINUTE_MS,
			scheduler
		});
		const { reviews } = await recordQuizAttempt(db, quizInput(learner.id));
		expect(reviews[0]?.previous).toEqual(studied.state);
		expect((await getCardState(db, learner.id, 'khojaly-killed:qa'))?.reps).toBe(2);
	});

	it('saves nothing, attempt nor reviews, when a write fails midway', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'A', now: T0 });
		let writes = 0;
		db.cardStates.hook('creating', () => {
			if (++writes === 2) throw new Error('disk said no');
		});
		await expect(recordQuizAttempt(db, quizInput(learner.id))).rejects.toThrow('disk said no');
		expect(await db.quizAttempts.count()).toBe(0);
		expect(await db.reviewLog.count()).toBe(0);
		expect(await db.cardStates.count()).toBe(0);
	});

	it('refuses a malformed attempt or an unknown learner, saving nothing', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'A', now: T0 });
		const bad = quizInput(learner.id, {
			answers: [{ questionId: 'mc:x', factIds: [], given: 'a', correct: true }]
		});
		await expect(recordQuizAttempt(db, bad)).rejects.toBeInstanceOf(InputError);
		await expect(recordQuizAttempt(db, quizInput('nobody'))).rejects.toBeInstanceOf(NotFoundError);
		expect(await db.quizAttempts.count()).toBe(0);
	});

	it('lists attempts latest first', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'A', now: T0 });
		const newId = sequentialIds('q');
		await recordQuizAttempt(db, quizInput(learner.id, { newId }));
		await recordQuizAttempt(db, quizInput(learner.id, { newId, finishedAt: T0 + 60 * MINUTE_MS }));
		expect((await listQuizAttempts(db, learner.id)).map((a) => a.id)).toEqual(['q-4', 'q-1']);
		expect(await listQuizAttempts(db, learner.id, 1)).toHaveLength(1);
	});
});

describe('factOutcomes', () => {
	it('counts a fact once, correct only if every answer on it was', () => {
		const answers: QuizAnswer[] = [
			{ questionId: 'mc:a', factIds: ['a'], given: 'x', correct: true },
			{ questionId: 'tf:a', factIds: ['a'], given: 'True', correct: false },
			{ questionId: 'mc:b', factIds: ['b'], given: 'y', correct: true }
		];
		expect([...factOutcomes(answers)]).toEqual([
			['a', false],
			['b', true]
		]);
	});

	it('uses per-fact results of a question on several facts', () => {
		const answers: QuizAnswer[] = [
			{
				questionId: 'match:a+b+c',
				factIds: ['a', 'b', 'c'],
				given: [
					['1', 'one'],
					['2', 'three'],
					['3', 'two']
				],
				correct: false,
				factResults: [
					{ factId: 'a', correct: true },
					{ factId: 'b', correct: false }
				]
			}
		];
		expect([...factOutcomes(answers)]).toEqual([
			['a', true],
			['b', false],
			['c', false]
		]);
	});
});
