import { describe, expect, it } from 'vitest';
import { createLearner, deleteLearner } from './learners';
import { dropRunInProgress, keepRunInProgress, runInProgress } from './runs';
import { recordQuizAttempt } from './quizzes';
import { freshDB, scheduler, T0 } from './testing';

describe('runs in progress', () => {
	it('keeps one run per learner and screen, replaced by each save, until dropped', async () => {
		const db = await freshDB();
		const leyla = await createLearner(db, { name: 'Leyla', now: T0 });
		const murad = await createLearner(db, { name: 'Murad', now: T0 });
		await keepRunInProgress(db, { learnerId: leyla.id, key: 'quiz', value: { index: 0 }, now: T0 });
		await keepRunInProgress(db, {
			learnerId: leyla.id,
			key: 'quiz',
			value: { index: 1 },
			now: T0 + 1
		});
		await keepRunInProgress(db, { learnerId: murad.id, key: 'quiz', value: { index: 5 }, now: T0 });
		expect(await runInProgress(db, leyla.id, 'quiz')).toEqual({
			learnerId: leyla.id,
			key: 'quiz',
			savedAt: T0 + 1,
			value: { index: 1 }
		});
		expect(await runInProgress(db, leyla.id, 'assignment:x')).toBeUndefined();
		await dropRunInProgress(db, leyla.id, 'quiz');
		expect(await runInProgress(db, leyla.id, 'quiz')).toBeUndefined();
		expect((await runInProgress(db, murad.id, 'quiz'))?.value).toEqual({ index: 5 });
	});

	it('end with the attempt that finishes them, in the same transaction', async () => {
		const db = await freshDB();
		const leyla = await createLearner(db, { name: 'Leyla', now: T0 });
		await keepRunInProgress(db, { learnerId: leyla.id, key: 'quiz', value: 1, now: T0 });
		await recordQuizAttempt(db, {
			learnerId: leyla.id,
			quiz: { packId: 'oic-acm-2017', title: 'Quiz' },
			answers: [{ questionId: 'mc:a', factIds: ['a'], given: 'x', correct: false }],
			startedAt: T0,
			finishedAt: T0 + 60_000,
			now: T0 + 60_000,
			scheduler,
			endsRun: 'quiz'
		});
		expect(await runInProgress(db, leyla.id, 'quiz')).toBeUndefined();
	});

	it('go with their learner', async () => {
		const db = await freshDB();
		const leyla = await createLearner(db, { name: 'Leyla', now: T0 });
		await createLearner(db, { name: 'Murad', now: T0 });
		await keepRunInProgress(db, { learnerId: leyla.id, key: 'quiz', value: 1, now: T0 });
		await deleteLearner(db, leyla.id);
		expect(await db.runsInProgress.count()).toBe(0);
	});
});
