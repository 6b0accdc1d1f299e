import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRADES, type Grade } from '../scheduling/models';
import { DAY_MS, MINUTE_MS } from '../scheduling/time';
import { InputError, NotFoundError, QuotaError, StorageError } from './errors';
import { createLearner } from './learners';
import { recordQuizAttempt } from './quizzes';
import { getCardState, gradeCard, loadStudyQueue, undoLastReview } from './reviews';
import { getLearnerSettings, setExamGoal, updateLearnerSettings } from './settings';
import { freshDB, scheduler, sequentialIds, T0 } from './testing';
import type { StudyDB } from './db';

async function withLearner(): Promise<{ db: StudyDB; learnerId: string }> {
	const db = await freshDB();
	const learner = await createLearner(db, { name: 'Leyla', now: T0 });
	return { db, learnerId: learner.id };
}

describe('gradeCard', () => {
	it('writes the new state and a log entry that remembers the state before', async () => {
		const { db, learnerId } = await withLearner();
		const { state, review } = await gradeCard(db, {
			learnerId,
			cardId: 'khojaly-killed:qa',
			grade: 'good',
			now: T0,
			scheduler,
			newId: () => 'review-1'
		});
		expect(state).toMatchObject({ phase: 'learning', due: T0 + 10 * MINUTE_MS });
		expect(await getCardState(db, learnerId, 'khojaly-killed:qa')).toEqual(state);
		expect(await db.reviewLog.toArray()).toEqual([
			expect.objectContaining({
				id: 'review-1',
				learnerId,
				cardId: 'khojaly-killed:qa',
				factId: 'khojaly-killed',
				source: 'study',
				grade: 'good',
				previous: null
			})
		]);
		expect(review.seq).toBeTypeOf('number');
	});

	it('schedules from the stored state on the next grade', async () => {
		const { db, learnerId } = await withLearner();
		const first = await gradeCard(db, {
			learnerId,
			cardId: 'a:qa',
			grade: 'good',
			now: T0,
			scheduler
		});
		const second = await gradeCard(db, {
			learnerId,
			cardId: 'a:qa',
			grade: 'good',
			now: first.state.due,
			scheduler
		});
		expect(second.review.previous).toEqual(first.state);
		expect(second.state.phase).toBe('review');
	});

	it('refuses a learner that does not exist, writing nothing', async () => {
		const { db } = await withLearner();
		await expect(
			gradeCard(db, { learnerId: 'nobody', cardId: 'a:qa', grade: 'good', now: T0, scheduler })
		).rejects.toBeInstanceOf(NotFoundError);
		expect(await db.reviewLog.count()).toBe(0);
	});

	it('writes nothing when the state write fails midway: the log entry is rolled back', async () => {
		const { db, learnerId } = await withLearner();
		db.cardStates.hook('creating', () => {
			throw new Error('disk said no');
		});
		await expect(
			gradeCard(db, { learnerId, cardId: 'a:qa', grade: 'good', now: T0, scheduler })
		).rejects.toBeInstanceOf(StorageError);
		expect(await db.reviewLog.count()).toBe(0);
		expect(await db.cardStates.count()).toBe(0);
	});

	it('reports a full disk with the quota message, and loses what was saved before', async () => {
		const { db, learnerId } = await withLearner();
		const saved = await gradeCard(db, {
			learnerId,
			cardId: 'a:qa',
			grade: 'good',
			now: T0,
			scheduler
		});
		db.reviewLog.hook('creating', () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const failed = gradeCard(db, {
			learnerId,
			cardId: 'a:qa',
			grade: 'again',
			now: saved.state.due,
			scheduler
		});
		await expect(failed).rejects.toBeInstanceOf(QuotaError);
		await expect(failed).rejects.toThrow('Nothing was lost');
		expect(await getCardState(db, learnerId, 'a:qa')).toEqual(saved.state);
		expect(await db.reviewLog.count()).toBe(1);
	});

	it('refuses to schedule from a damaged stored state, with a message naming the card', async () => {
		const { db, learnerId } = await withLearner();
		await gradeCard(db, { learnerId, cardId: 'a:qa', grade: 'good', now: T0, scheduler });
		await db.cardStates.update([learnerId, 'a:qa'], { phase: 'lost' as 'new' });
		await expect(
			gradeCard(db, { learnerId, cardId: 'a:qa', grade: 'good', now: T0 + DAY_MS, scheduler })
		).rejects.toThrow('The saved progress of card "a:qa" is damaged');
	});
});

describe('undoLastReview', () => {
	it('removes the state of a card seen for the first time, and its log entry', async () => {
		const { db, learnerId } = await withLearner();
		const { review } = await gradeCard(db, {
			learnerId,
			cardId: 'a:qa',
			grade: 'good',
			now: T0,
			scheduler
		});
		expect(await undoLastReview(db, learnerId)).toEqual(review);
		expect(await getCardState(db, learnerId, 'a:qa')).toBeNull();
		expect(await db.reviewLog.count()).toBe(0);
		expect(await db.dailyStats.count()).toBe(0);
		expect(await undoLastReview(db, learnerId)).toBeNull();
	});

	it('restores the previous state exactly after any sequence of grades', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.constantFrom(...GRADES), { minLength: 1, maxLength: 8 }),
				fc.array(fc.integer({ min: 0, max: 3 * DAY_MS }), { minLength: 8, maxLength: 8 }),
				async (grades: Grade[], waits: number[]) => {
					const { db, learnerId } = await withLearner();
					let now = T0;
					let before = await getCardState(db, learnerId, 'a:qa');
					for (const [i, grade] of grades.entries()) {
						before = await getCardState(db, learnerId, 'a:qa');
						now += waits[i] ?? 0;
						await gradeCard(db, { learnerId, cardId: 'a:qa', grade, now, scheduler });
					}
					const logBefore = await db.reviewLog.count();
					await undoLastReview(db, learnerId);
					expect(await getCardState(db, learnerId, 'a:qa')).toEqual(before);
					expect(await db.reviewLog.count()).toBe(logBefore - 1);
				}
			),
			{ numRuns: 40 }
		);
	});

	it('undoes reviews one after another, latest first', async () => {
		const { db, learnerId } = await withLearner();
		await gradeCard(db, { learnerId, cardId: 'a:qa', grade: 'good', now: T0, scheduler });
		await gradeCard(db, { learnerId, cardId: 'b:qa', grade: 'again', now: T0, scheduler });
		expect((await undoLastReview(db, learnerId))?.cardId).toBe('b:qa');
		expect((await undoLastReview(db, learnerId))?.cardId).toBe('a:qa');
	});

	it('does not undo a quiz answer, nor a review other than the one expected', async () => {
		const { db, learnerId } = await withLearner();
		const { review } = await gradeCard(db, {
			learnerId,
			cardId: 'a:qa',
			grade: 'good',
			now: T0,
			scheduler
		});
		expect(await undoLastReview(db, learnerId, 'another-id')).toBeNull();
		await recordQuizAttempt(db, {
			learnerId,
			quiz: { packId: 'p', title: 'Quiz' },
			answers: [{ questionId: 'mc:b', factIds: ['b'], given: 'x', correct: false }],
			startedAt: T0,
			finishedAt: T0 + MINUTE_MS,
			now: T0 + MINUTE_MS,
			scheduler
		});
		expect(await undoLastReview(db, learnerId, review.id)).toBeNull();
		expect(await db.reviewLog.count()).toBe(2);
	});

	it('touches only the learner asked for', async () => {
		const { db, learnerId } = await withLearner();
		const other = await createLearner(db, { name: 'Other', now: T0 });
		await gradeCard(db, { learnerId, cardId: 'a:qa', grade: 'good', now: T0, scheduler });
		await gradeCard(db, {
			learnerId: other.id,
			cardId: 'a:qa',
			grade: 'good',
			now: T0 + 1,
			scheduler
		});
		expect((await undoLastReview(db, learnerId))?.learnerId).toBe(learnerId);
		expect(await getCardState(db, other.id, 'a:qa')).not.toBeNull();
	});
});

describe('loadStudyQueue', () => {
	const cardIds = ['a:qa', 'b:qa', 'c:qa', 'd:qa'];

	it('shows due cards first, then new cards up to what is left of the daily limit', async () => {
		const { db, learnerId } = await withLearner();
		await updateLearnerSettings(db, learnerId, { newPerDay: 2 });
		const newId = sequentialIds();
		// Yesterday: a and b introduced, both now in review after two goods.
		for (const cardId of ['a:qa', 'b:qa']) {
			const first = await gradeCard(db, {
				learnerId,
				cardId,
				grade: 'good',
				now: T0 - DAY_MS,
				scheduler,
				newId
			});
			await gradeCard(db, {
				learnerId,
				cardId,
				grade: 'good',
				now: first.state.due,
				scheduler,
				newId
			});
		}
		// Today: c introduced.
		await gradeCard(db, { learnerId, cardId: 'c:qa', grade: 'easy', now: T0, scheduler, newId });

		const later = T0 + 30 * DAY_MS;
		const queue = await loadStudyQueue(db, { learnerId, cardIds, now: later });
		expect(queue.cardIds.slice(0, queue.dueCount).sort()).toEqual(['a:qa', 'b:qa', 'c:qa']);
		expect(queue.newIntroducedToday).toBe(0);
		expect(queue.cardIds.at(-1)).toBe('d:qa');

		const today = await loadStudyQueue(db, { learnerId, cardIds, now: T0 + MINUTE_MS });
		expect(today.newIntroducedToday).toBe(1);
		expect(today.newLimit).toBe(2);
		expect(today.cardIds).toEqual(['d:qa']);
		expect(today.states.get('c:qa')?.phase).toBe('review');
	});

	it('adds the new cards a learner asks for beyond the day’s limit', async () => {
		const { db, learnerId } = await withLearner();
		await updateLearnerSettings(db, learnerId, { newPerDay: 1 });
		await gradeCard(db, { learnerId, cardId: 'a:qa', grade: 'easy', now: T0, scheduler });
		const done = await loadStudyQueue(db, { learnerId, cardIds, now: T0 + MINUTE_MS });
		expect(done.cardIds).toEqual([]);
		const more = await loadStudyQueue(db, {
			learnerId,
			cardIds,
			now: T0 + MINUTE_MS,
			extraNew: 2
		});
		expect(more.cardIds).toEqual(['b:qa', 'c:qa']);
	});

	it('says when the next learning step comes due', async () => {
		const { db, learnerId } = await withLearner();
		await gradeCard(db, { learnerId, cardId: 'a:qa', grade: 'good', now: T0, scheduler });
		const queue = await loadStudyQueue(db, { learnerId, cardIds: ['a:qa'], now: T0, newLimit: 0 });
		expect(queue.cardIds).toEqual([]);
		expect(queue.nextDueAt).toBe(T0 + 10 * MINUTE_MS);
	});

	it('gives a day back its new card when the review that introduced it is undone', async () => {
		const { db, learnerId } = await withLearner();
		await gradeCard(db, { learnerId, cardId: 'a:qa', grade: 'good', now: T0, scheduler });
		await undoLastReview(db, learnerId);
		const queue = await loadStudyQueue(db, { learnerId, cardIds, now: T0, newLimit: 1 });
		expect(queue).toMatchObject({ newIntroducedToday: 0, cardIds: ['a:qa'] });
	});
});

describe('loadStudyQueue with an exam ahead', () => {
	const cardIds = Array.from({ length: 60 }, (_, i) => `fact-${i}:qa`);
	const day = (offset: number) => new Date(T0 + offset * DAY_MS).toISOString().slice(0, 10);

	it('follows the exam plan past the new-card limit, and plain FSRS again once the exam is past', async () => {
		const { db, learnerId } = await withLearner();
		await updateLearnerSettings(db, learnerId, { newPerDay: 5 });
		await setExamGoal(db, learnerId, { day: day(3), minutesPerDay: 60, target: 0.9 });
		const queue = await loadStudyQueue(db, { learnerId, cardIds, now: T0 });
		// Three days to meet 60 cards and review them: far more than five new a day.
		expect(queue.exam?.days).toHaveLength(3);
		expect(queue.newCount).toBe(60);
		expect(queue.exam?.reachable).toBe(true);
		const after = await loadStudyQueue(db, { learnerId, cardIds, now: T0 + 3 * DAY_MS });
		expect(after.exam).toBeUndefined();
		expect(after.newCount).toBe(5);
		// A focused session keeps its own limits.
		const focused = await loadStudyQueue(db, { learnerId, cardIds, now: T0, newLimit: 2 });
		expect(focused.exam).toBeUndefined();
	});

	it('spends only what is left of the day, and says the minutes a day the target needs', async () => {
		const { db, learnerId } = await withLearner();
		await setExamGoal(db, learnerId, { day: day(2), minutesPerDay: 5, target: 0.9 });
		const quick = await loadStudyQueue(db, { learnerId, cardIds, now: T0 });
		expect(quick.exam).toMatchObject({ reachable: false, searched: false, minutesNeeded: null });
		const first = await loadStudyQueue(db, { learnerId, cardIds, now: T0, findExamMinutes: true });
		expect(first.exam?.searched).toBe(true);
		expect(first.exam?.minutesNeeded).toBeGreaterThan(5);
		expect(first.cardIds).toEqual(quick.cardIds);
		const newId = sequentialIds();
		for (const cardId of first.cardIds.slice(0, 4)) {
			await gradeCard(db, { learnerId, cardId, grade: 'good', now: T0, scheduler, newId });
		}
		const later = await loadStudyQueue(db, { learnerId, cardIds, now: T0 + MINUTE_MS });
		expect(later.exam!.days[0]!.seconds).toBeLessThan(first.exam!.days[0]!.seconds);
	});

	it('refuses a goal the planner cannot use, and ends exam mode on request', async () => {
		const { db, learnerId } = await withLearner();
		for (const bad of [
			{ day: '2025-02-30', minutesPerDay: 20, target: 0.9 },
			{ day: day(3), minutesPerDay: 0, target: 0.9 },
			{ day: day(3), minutesPerDay: 20.5, target: 0.9 },
			{ day: day(3), minutesPerDay: 20, target: 1 }
		]) {
			await expect(setExamGoal(db, learnerId, bad)).rejects.toThrow(InputError);
		}
		await setExamGoal(db, learnerId, { day: day(3), minutesPerDay: 20, target: 0.9 });
		expect((await getLearnerSettings(db, learnerId)).exam?.minutesPerDay).toBe(20);
		await setExamGoal(db, learnerId, null);
		expect((await getLearnerSettings(db, learnerId)).exam).toBeUndefined();
	});
});
