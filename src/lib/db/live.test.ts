// liveQuery only runs where a global indexedDB exists; the databases themselves stay isolated.
import 'fake-indexeddb/auto';
import type { Observable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../scheduling/time';
import { createLearner, renameLearner } from './learners';
import { watchDashboard, watchLearners } from './live';
import { gradeCard } from './reviews';
import { freshDB, scheduler, T0 } from './testing';

/** Collects what an observable emits until `count` values have come. */
function take<T>(observable: Observable<T>, count: number): Promise<T[]> {
	return new Promise((resolve, reject) => {
		const values: T[] = [];
		const subscription = observable.subscribe({
			next(value) {
				values.push(value);
				if (values.length === count) {
					subscription.unsubscribe();
					resolve(values);
				}
			},
			error: reject
		});
	});
}

/** Waits for the live query's first emission before changing data. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('live queries', () => {
	it('emit the learners again when one is added or renamed', async () => {
		const db = await freshDB();
		const values = take(watchLearners(db), 3);
		await tick();
		const learner = await createLearner(db, { name: 'Leila', now: T0 });
		await tick();
		await renameLearner(db, learner.id, 'Leyla');
		expect((await values).map((learners) => learners.map((l) => l.name))).toEqual([
			[],
			['Leila'],
			['Leyla']
		]);
	});

	it('emit the dashboard again after a grade', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'A', now: T0 + 30 * DAY_MS });
		const dashboard = take(watchDashboard(db, { learnerId: learner.id, now: T0 + 30 * DAY_MS }), 2);
		await tick();
		await gradeCard(db, {
			learnerId: learner.id,
			cardId: 'a:qa',
			grade: 'good',
			now: T0,
			scheduler
		});
		expect((await dashboard).map((figures) => figures.dueNow)).toEqual([0, 1]);
	});
});
