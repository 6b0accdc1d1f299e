import { describe, expect, it } from 'vitest';
import { DAY_MS, dayKey, HOUR_MS } from '../scheduling/time';
import { dashboardFigures } from './dashboard';
import type { StudyDB } from './db';
import { createLearner } from './learners';
import type { StoredReview } from './models';
import { gradeCard, loadStudyQueue } from './reviews';
import { addReviews, freshDB, scheduler, T0 } from './testing';

/** A log entry at `reviewedAt`, written directly: the dashboard only reads the log. */
function review(
	learnerId: string,
	reviewedAt: number,
	overrides: Partial<StoredReview> = {}
): StoredReview {
	return {
		id: `${learnerId}-${reviewedAt}-${overrides.cardId ?? 'a:qa'}`,
		learnerId,
		factId: 'a',
		day: dayKey(reviewedAt),
		source: 'study',
		previous: null,
		cardId: 'a:qa',
		grade: 'good',
		reviewedAt,
		phaseBefore: 'review',
		elapsedDays: 1,
		scheduledDays: 3,
		due: reviewedAt + 3 * DAY_MS,
		stability: 3,
		difficulty: 5,
		...overrides
	};
}

async function learnerWithReviews(days: number[], db?: StudyDB) {
	const database = db ?? (await freshDB());
	const learner = await createLearner(database, { name: 'A', now: T0 - 400 * DAY_MS });
	await addReviews(
		database,
		days.map((day, i) => review(learner.id, T0 + day * DAY_MS, { id: `${learner.id}-${i}` }))
	);
	return { db: database, learnerId: learner.id };
}

describe('dashboardFigures', () => {
	it('counts reviews per day for the last 30 days, today last', async () => {
		const { db, learnerId } = await learnerWithReviews([0, 0, -1, -29, -30]);
		const figures = await dashboardFigures(db, { learnerId, now: T0 });
		expect(figures.reviewsPerDay).toHaveLength(30);
		expect(figures.reviewsPerDay.at(-1)).toEqual({ day: '2025-01-06', count: 2 });
		expect(figures.reviewsPerDay.at(-2)?.count).toBe(1);
		expect(figures.reviewsPerDay[0]).toEqual({ day: '2024-12-08', count: 1 });
		expect(figures.reviewsToday).toBe(2);
		expect(figures.totalReviews).toBe(5);
	});

	it('counts the streak up to today, or up to yesterday while today has no review yet', async () => {
		const withToday = await learnerWithReviews([0, -1, -2, -4]);
		expect(
			(await dashboardFigures(withToday.db, { learnerId: withToday.learnerId, now: T0 })).streak
		).toBe(3);
		const notYet = await learnerWithReviews([-1, -2]);
		expect(
			(await dashboardFigures(notYet.db, { learnerId: notYet.learnerId, now: T0 })).streak
		).toBe(2);
		const broken = await learnerWithReviews([-2, -3]);
		expect(
			(await dashboardFigures(broken.db, { learnerId: broken.learnerId, now: T0 })).streak
		).toBe(0);
	});

	it('follows a streak longer than the charted history', async () => {
		const days = Array.from({ length: 75 }, (_, i) => -i);
		const { db, learnerId } = await learnerWithReviews([...days, -80]);
		expect((await dashboardFigures(db, { learnerId, now: T0 })).streak).toBe(75);
	});

	it('dates reviews by the learner’s local day', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'A', now: T0 });
		// 21:00 UTC on 5 January is 01:00 on 6 January in Baku (UTC+4).
		const lateEvening = Date.UTC(2025, 0, 5, 21);
		const baku = -240;
		await gradeCard(db, {
			learnerId: learner.id,
			cardId: 'a:qa',
			grade: 'good',
			now: lateEvening,
			scheduler,
			timezoneOffset: baku
		});
		const inBaku = await dashboardFigures(db, {
			learnerId: learner.id,
			now: T0,
			timezoneOffset: baku
		});
		expect(inBaku.reviewsToday).toBe(1);
		expect(inBaku.reviewsPerDay.at(-1)).toEqual({ day: '2025-01-06', count: 1 });
		expect(
			(await dashboardFigures(db, { learnerId: learner.id, now: T0 - 12 * HOUR_MS })).reviewsToday
		).toBe(0);
	});

	it('measures retention over reviews of cards in long-term review only', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'A', now: T0 });
		await addReviews(db, [
			review(learner.id, T0 - HOUR_MS, { cardId: 'a:qa', grade: 'good' }),
			review(learner.id, T0 - HOUR_MS, { cardId: 'b:qa', grade: 'hard' }),
			review(learner.id, T0 - HOUR_MS, { cardId: 'c:qa', grade: 'easy' }),
			review(learner.id, T0 - HOUR_MS, { cardId: 'd:qa', grade: 'again' }),
			review(learner.id, T0 - HOUR_MS, { cardId: 'e:qa', grade: 'again', phaseBefore: 'learning' })
		]);
		expect((await dashboardFigures(db, { learnerId: learner.id, now: T0 })).retention).toBe(0.75);
		const empty = await learnerWithReviews([]);
		expect(
			(await dashboardFigures(empty.db, { learnerId: empty.learnerId, now: T0 })).retention
		).toBeNull();
	});

	it('counts as due what Study offers: a review due later today, not a step due in minutes', async () => {
		const db = await freshDB();
		const { id: learnerId } = await createLearner(db, { name: 'A', now: T0 });
		await gradeCard(db, { learnerId, cardId: 'a:qa', grade: 'good', now: T0, scheduler });
		await db.cardStates.put({
			...(await db.cardStates.get([learnerId, 'a:qa']))!,
			cardId: 'later:qa',
			phase: 'review',
			due: T0 + 6 * HOUR_MS
		});
		const figures = await dashboardFigures(db, { learnerId, now: T0 });
		const queue = await loadStudyQueue(db, {
			learnerId,
			cardIds: ['a:qa', 'later:qa'],
			now: T0,
			newLimit: 0
		});
		expect(queue.cardIds).toEqual(['later:qa']);
		expect(figures.dueNow).toBe(queue.dueCount);
	});

	it('counts due cards and forecasts 14 days, overdue cards on today', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'A', now: T0 });
		const learnerId = learner.id;
		// a: learning, due in 10 minutes (today); b: easy, due days ahead; c: reviewed long ago.
		await gradeCard(db, { learnerId, cardId: 'a:qa', grade: 'good', now: T0, scheduler });
		const b = await gradeCard(db, { learnerId, cardId: 'b:qa', grade: 'easy', now: T0, scheduler });
		await gradeCard(db, {
			learnerId,
			cardId: 'c:qa',
			grade: 'easy',
			now: T0 - 100 * DAY_MS,
			scheduler
		});

		const figures = await dashboardFigures(db, { learnerId, now: T0 });
		// c is overdue: due now, as Study says; a's step comes due in ten minutes (on today's forecast).
		expect(figures.dueNow).toBe(1);
		expect(figures.forecast).toHaveLength(14);
		expect(figures.forecast[0]).toEqual({ day: '2025-01-06', count: 2 });
		const bDay = Math.floor((b.state.due - Date.UTC(2025, 0, 6)) / DAY_MS);
		expect(figures.forecast[bDay]?.count).toBe(1);
		expect(figures.cardsByPhase).toEqual({ new: 0, learning: 1, review: 2, relearning: 0 });
		expect(figures.averageRecall).toBeGreaterThan(0);
		expect(figures.averageRecall).toBeLessThan(1);
	});

	it('leaves out cards the app no longer has, as Study does', async () => {
		const db = await freshDB();
		const { id: learnerId } = await createLearner(db, { name: 'A', now: T0 });
		for (const cardId of ['a:qa', 'gone:qa']) {
			await gradeCard(db, { learnerId, cardId, grade: 'easy', now: T0 - 100 * DAY_MS, scheduler });
		}
		const all = await dashboardFigures(db, { learnerId, now: T0 });
		expect(all).toMatchObject({ dueNow: 2, retiredCards: 0 });
		const known = await dashboardFigures(db, { learnerId, now: T0, cardIds: new Set(['a:qa']) });
		expect(known).toMatchObject({ dueNow: 1, retiredCards: 1 });
		expect(known.cardsByPhase.review).toBe(1);
		expect(known.forecast[0]?.count).toBe(1);
		const queue = await loadStudyQueue(db, {
			learnerId,
			cardIds: ['a:qa'],
			now: T0,
			newLimit: 0
		});
		expect(queue.cardIds).toHaveLength(known.dueNow);
	});

	it('sees only the learner asked for', async () => {
		const { db, learnerId } = await learnerWithReviews([0]);
		const other = await learnerWithReviews([0, -1], db);
		expect((await dashboardFigures(db, { learnerId, now: T0 })).totalReviews).toBe(1);
		expect((await dashboardFigures(db, { learnerId: other.learnerId, now: T0 })).totalReviews).toBe(
			2
		);
	});
});
