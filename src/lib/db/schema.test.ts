import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { openStudyDB, StudyDB } from './db';
import { NewerDatabaseError, ReloadRequiredError, StorageUnavailableError } from './errors';
import { createLearner, getActiveLearnerId, listLearners } from './learners';
import { gradeCard, undoLastReview } from './reviews';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';
import { getLearnerSettings } from './settings';
import { dexieAtVersion, isolatedDeps, scheduler, T0 } from './testing';

const v1State = {
	learnerId: 'l1',
	cardId: 'khojaly-killed:qa',
	phase: 'review',
	due: T0 + 86_400_000,
	stability: 3.2,
	difficulty: 5.1,
	elapsedDays: 1,
	scheduledDays: 2,
	learningSteps: 0,
	reps: 3,
	lapses: 0,
	lastReview: T0
};

const v1Review = {
	id: 'r1',
	learnerId: 'l1',
	cardId: 'khojaly-killed:qa',
	grade: 'good',
	reviewedAt: T0,
	phaseBefore: 'learning',
	elapsedDays: 0.01,
	scheduledDays: 2,
	due: T0 + 86_400_000,
	stability: 3.2,
	difficulty: 5.1,
	source: 'study',
	previous: { ...v1State, phase: 'learning', reps: 2, due: T0, lastReview: T0 - 600_000 }
};
delete (v1Review.previous as { learnerId?: string }).learnerId;

const v1Attempt = {
	id: 'q1',
	learnerId: 'l1',
	quiz: { packId: 'oic-acm-2017', title: 'Quiz' },
	startedAt: T0,
	finishedAt: T0 + 60_000,
	answers: [{ questionId: 'mc:baku-host', factIds: ['baku-host'], given: 'Baku', correct: true }],
	correctCount: 1
};

const v2Review = { ...v1Review, factId: 'khojaly-killed', day: '2025-01-06' };
const v2Daily = {
	learnerId: 'l1',
	day: '2025-01-06',
	reviews: 1,
	reviewsOfMature: 0,
	remembered: 0,
	newStudied: 0
};
const v2Attempt = {
	...v1Attempt,
	quiz: { ...v1Attempt.quiz, spec: { types: ['mc'], count: 1, seed: 3 }, assignmentId: 'A1' }
};
const v2Settings = { learnerId: 'l1', desiredRetention: 0.85, newPerDay: 5, theme: 'dark' };

/** State of a card of a fact merged in v4, for learner l2, reviewed `daysAfter` days after T0. */
const mergedState = (cardId: string, daysAfter: number) => ({
	...v1State,
	learnerId: 'l2',
	cardId,
	lastReview: T0 + daysAfter * 86_400_000,
	due: T0 + (daysAfter + 3) * 86_400_000
});
const v3MergedStates = [
	mergedState('cfm-council-of-foreign-ministers:qa', 5),
	mergedState('cote-divoire-hosted-cfm:qa', 1),
	mergedState('cfm-council-of-foreign-ministers:reverse', 2),
	mergedState('rohingya-aid-country:cloze', 3)
];
const mergedReview = (id: string, cardId: string) => ({
	...v2Review,
	id,
	learnerId: 'l2',
	cardId,
	factId: cardId.slice(0, cardId.lastIndexOf(':')),
	previous: { ...v2Review.previous, cardId }
});
const v3MergedReviews = [
	mergedReview('m1', 'cfm-council-of-foreign-ministers:qa'),
	mergedReview('m2', 'cote-divoire-hosted-cfm:qa'),
	mergedReview('m3', 'rohingya-aid-country:cloze')
];
const v3MergedAttempt = {
	...v2Attempt,
	id: 'q2',
	learnerId: 'l2',
	answers: [
		{
			questionId: 'typed:rohingya-aid-country',
			factIds: ['rohingya-aid-country'],
			given: 'Myanmar',
			correct: true
		},
		{
			questionId: 'match:cfm-council-of-foreign-ministers+khojaly-killed',
			factIds: ['cfm-council-of-foreign-ministers', 'khojaly-killed'],
			given: [['a', 'b']],
			correct: false,
			factResults: [
				{ factId: 'cfm-council-of-foreign-ministers', correct: true },
				{ factId: 'khojaly-killed', correct: false }
			]
		}
	]
};
const v3Assignment = { id: 'A1', createdAt: T0, title: 'Week 3' };

/**
 * For each earlier version: data as that release wrote it, and what the current schema must read
 * from it. A new schema version must add a fixture for the version before it.
 */
/** One learner with a state, a review, a day's count, an attempt and settings, as v2 wrote them. */
async function writeOneLearnerV2(db: Dexie): Promise<void> {
	await db.table('learners').add({ id: 'l1', name: 'Leyla', createdAt: T0 });
	await db.table('cardStates').add(v1State);
	await db.table('reviewLog').add(v2Review);
	await db.table('dailyStats').add(v2Daily);
	await db.table('quizAttempts').add(v2Attempt);
	await db.table('learnerSettings').add(v2Settings);
}

const v4Submission = {
	assignmentId: 'aebagbafa2',
	nameKey: 'leyla',
	name: 'Leyla',
	code: 'SSR-abc',
	submittedAt: T0,
	durationSeconds: 60,
	correct: 1,
	total: 6
};

const FIXTURES: Record<
	number,
	{ write(db: Dexie): Promise<void>; check(db: StudyDB): Promise<void> }
> = {
	1: {
		async write(db) {
			await db.table('learners').bulkAdd([
				{ id: 'l1', name: 'Leyla', createdAt: T0 },
				{ id: 'l2', name: 'Amir', createdAt: T0 + 1 },
				{ id: 'l3', name: 'Nigar', createdAt: T0 + 2 }
			]);
			await db.table('cardStates').add(v1State);
			await db
				.table('reviewLog')
				.bulkAdd([
					v1Review,
					{ ...v1Review, id: 'r2', cardId: 'expo-2025-vote:cloze', reviewedAt: T0 + 1 },
					{ ...v1Review, id: 'r3', learnerId: 'l2', cardId: 'odd-card-id', reviewedAt: T0 + 2 }
				]);
			await db.table('quizAttempts').add(v1Attempt);
			await db.table('settings').bulkAdd([
				{ key: 'activeLearnerId', value: 'l2' },
				{ key: 'learner:l1:desiredRetention', value: 0.85 },
				{ key: 'learner:l1:newPerDay', value: 5 },
				{ key: 'learner:l1:theme', value: 'dark' },
				{ key: 'learner:l2:newPerDay', value: 9999 }
			]);
		},
		async check(db) {
			expect(await db.learners.count()).toBe(3);
			expect(await db.cardStates.toArray()).toEqual([v1State]);
			expect(await db.quizAttempts.toArray()).toEqual([v1Attempt]);
			const reviews = await db.reviewLog.orderBy('seq').toArray();
			expect(reviews.map((review) => [review.id, review.factId])).toEqual([
				['r1', 'khojaly-killed'],
				['r2', 'expo-2025-vote'],
				['r3', 'odd-card-id']
			]);
			expect(reviews[0]).toEqual({
				...v1Review,
				seq: 1,
				factId: 'khojaly-killed',
				day: '2025-01-06'
			});
			// Daily counts rebuilt from the log: l1 reviewed twice on 6 January, l2 once.
			expect(await db.dailyStats.toArray()).toEqual([
				{
					learnerId: 'l1',
					day: '2025-01-06',
					reviews: 2,
					reviewsOfMature: 0,
					remembered: 0,
					newStudied: 0
				},
				{
					learnerId: 'l2',
					day: '2025-01-06',
					reviews: 1,
					reviewsOfMature: 0,
					remembered: 0,
					newStudied: 0
				}
			]);
			expect(
				await db.reviewLog.where('[learnerId+factId]').equals(['l1', 'expo-2025-vote']).count()
			).toBe(1);
			expect(await getLearnerSettings(db, 'l1')).toEqual({
				learnerId: 'l1',
				desiredRetention: 0.85,
				newPerDay: 5,
				theme: 'dark'
			});
			// Out of range in v1: the default; no row at all: every default.
			expect((await getLearnerSettings(db, 'l2')).newPerDay).toBe(20);
			expect(await db.learnerSettings.get('l3')).toEqual({
				learnerId: 'l3',
				desiredRetention: 0.9,
				newPerDay: 20,
				theme: 'system'
			});
			expect(await db.settings.toArray()).toEqual([{ key: 'activeLearnerId', value: 'l2' }]);
			expect(await getActiveLearnerId(db)).toBe('l2');
		}
	},
	2: {
		async write(db) {
			await writeOneLearnerV2(db);
			await db.table('settings').add({ key: 'activeLearnerId', value: 'l1' });
		},
		async check(db) {
			expect(await db.learners.toArray()).toEqual([{ id: 'l1', name: 'Leyla', createdAt: T0 }]);
			expect(await db.cardStates.toArray()).toEqual([v1State]);
			expect(await db.reviewLog.toArray()).toEqual([{ ...v2Review, seq: 1 }]);
			expect(await db.dailyStats.toArray()).toEqual([v2Daily]);
			expect(await db.quizAttempts.toArray()).toEqual([v2Attempt]);
			expect(await db.learnerSettings.toArray()).toEqual([v2Settings]);
			expect(await getActiveLearnerId(db)).toBe('l1');
			// The teacher's tables are there, empty and usable.
			expect(await db.teacherKeys.count()).toBe(0);
			expect(await db.assignments.count()).toBe(0);
			expect(await db.assignmentResults.where('assignmentId').equals('x').count()).toBe(0);
			expect(await db.studentSubmissions.count()).toBe(0);
		}
	},
	3: {
		async write(db) {
			await db.table('learners').bulkAdd([
				{ id: 'l1', name: 'Leyla', createdAt: T0 },
				{ id: 'l2', name: 'Amir', createdAt: T0 + 1 }
			]);
			await db.table('cardStates').bulkAdd([v1State, ...v3MergedStates]);
			await db.table('reviewLog').bulkAdd([v2Review, ...v3MergedReviews]);
			await db.table('dailyStats').add(v2Daily);
			await db.table('quizAttempts').bulkAdd([v2Attempt, v3MergedAttempt]);
			await db.table('learnerSettings').add(v2Settings);
			await db.table('assignments').add(v3Assignment);
		},
		async check(db) {
			expect(await db.learners.count()).toBe(2);
			expect(await db.cardStates.get(['l1', v1State.cardId])).toEqual(v1State);
			// The later of two states of one merged card wins; a state alone is renamed.
			expect(await db.cardStates.where('learnerId').equals('l2').sortBy('cardId')).toEqual([
				{ ...v3MergedStates[0], cardId: 'cote-divoire-hosted-cfm:qa' },
				{ ...v3MergedStates[2], cardId: 'cote-divoire-hosted-cfm:reverse' },
				{ ...v3MergedStates[3], cardId: 'rohingya-aid-recipients:cloze' }
			]);
			// Every review is kept, under the new ids, its `previous` state included.
			const reviews = await db.reviewLog.orderBy('seq').toArray();
			expect(reviews.map((review) => [review.id, review.cardId, review.factId])).toEqual([
				['r1', 'khojaly-killed:qa', 'khojaly-killed'],
				['m1', 'cote-divoire-hosted-cfm:qa', 'cote-divoire-hosted-cfm'],
				['m2', 'cote-divoire-hosted-cfm:qa', 'cote-divoire-hosted-cfm'],
				['m3', 'rohingya-aid-recipients:cloze', 'rohingya-aid-recipients']
			]);
			expect(reviews[1]?.previous?.cardId).toBe('cote-divoire-hosted-cfm:qa');
			expect(
				await db.reviewLog
					.where('[learnerId+factId]')
					.equals(['l2', 'rohingya-aid-recipients'])
					.count()
			).toBe(1);
			expect(await db.quizAttempts.get(v2Attempt.id)).toEqual(v2Attempt);
			expect((await db.quizAttempts.get(v3MergedAttempt.id))?.answers).toEqual([
				{ ...v3MergedAttempt.answers[0], factIds: ['rohingya-aid-recipients'] },
				{
					...v3MergedAttempt.answers[1],
					factIds: ['cote-divoire-hosted-cfm', 'khojaly-killed'],
					factResults: [
						{ factId: 'cote-divoire-hosted-cfm', correct: true },
						{ factId: 'khojaly-killed', correct: false }
					]
				}
			]);
			expect(await db.dailyStats.toArray()).toEqual([v2Daily]);
			expect(await db.learnerSettings.toArray()).toEqual([v2Settings]);
			expect(await db.assignments.toArray()).toEqual([v3Assignment]);
		}
	},
	4: {
		async write(db) {
			await writeOneLearnerV2(db);
			await db.table('assignments').add(v3Assignment);
			await db.table('studentSubmissions').add(v4Submission);
		},
		async check(db) {
			expect(await db.learners.count()).toBe(1);
			expect(await db.cardStates.toArray()).toEqual([v1State]);
			expect(await db.reviewLog.count()).toBe(1);
			expect(await db.reviewLog.where('id').equals(v2Review.id).first()).toMatchObject(v2Review);
			expect(await db.dailyStats.toArray()).toEqual([v2Daily]);
			expect(await db.quizAttempts.toArray()).toEqual([v2Attempt]);
			expect(await db.learnerSettings.toArray()).toEqual([v2Settings]);
			expect(await db.assignments.toArray()).toEqual([v3Assignment]);
			expect(await db.studentSubmissions.toArray()).toEqual([v4Submission]);
			// The new table starts empty.
			expect(await db.runsInProgress.count()).toBe(0);
		}
	}
};

describe('schema versions', () => {
	it('are numbered 1, 2, … in order, each with an upgrade step after the first', () => {
		expect(SCHEMA_VERSIONS.map((step) => step.version)).toEqual(
			SCHEMA_VERSIONS.map((_, i) => i + 1)
		);
		expect(SCHEMA_VERSIONS.slice(1).every((step) => step.upgrade)).toBe(true);
		expect(LATEST_VERSION).toBe(SCHEMA_VERSIONS.length);
	});

	it('have a fixture for every earlier version', () => {
		expect(Object.keys(FIXTURES).map(Number)).toEqual(
			SCHEMA_VERSIONS.slice(0, -1).map((step) => step.version)
		);
	});

	for (const version of SCHEMA_VERSIONS.slice(0, -1).map((step) => step.version)) {
		it(`upgrades a database written by version ${version} without losing anything`, async () => {
			const deps = isolatedDeps();
			const old = dexieAtVersion(version, deps);
			await FIXTURES[version]?.write(old);
			old.close();

			const db = await openStudyDB(deps);
			expect(db.verno).toBe(LATEST_VERSION);
			await FIXTURES[version]?.check(db);
			// And the upgraded data works: grade a migrated card, then undo back to the v1 state.
			await gradeCard(db, {
				learnerId: 'l1',
				cardId: v1State.cardId,
				grade: 'good',
				now: T0 + 2 * 86_400_000,
				scheduler
			});
			await undoLastReview(db, 'l1');
			expect(await db.cardStates.get(['l1', v1State.cardId])).toEqual(v1State);
		});
	}

	it('creates an empty database at the latest version', async () => {
		const db = await openStudyDB(isolatedDeps());
		expect(db.verno).toBe(LATEST_VERSION);
		expect(db.tables.map((table) => table.name).sort()).toEqual([
			'assignmentResults',
			'assignments',
			'cardStates',
			'dailyStats',
			'learnerSettings',
			'learners',
			'quizAttempts',
			'reviewLog',
			'runsInProgress',
			'settings',
			'studentSubmissions',
			'teacherKeys'
		]);
	});
});

/** A database written by a future release: one more version, with a table this code knows nothing of. */
async function writeFutureDB(deps: ReturnType<typeof isolatedDeps>): Promise<void> {
	const future = dexieAtVersion(LATEST_VERSION, deps);
	future.version(LATEST_VERSION + 1).stores({ newThing: 'id' });
	await future.table('learners').add({ id: 'l1', name: 'Leyla', createdAt: T0 });
	future.close();
}

describe('a newer database', () => {
	it('is refused with a message to reload, and left as it is', async () => {
		const deps = isolatedDeps();
		await writeFutureDB(deps);
		await expect(openStudyDB(deps)).rejects.toBeInstanceOf(NewerDatabaseError);
		await expect(openStudyDB(deps)).rejects.toThrow('Reload the page');

		const check = new Dexie(deps.name, {
			indexedDB: deps.indexedDB,
			IDBKeyRange: deps.IDBKeyRange
		});
		await check.open();
		expect(check.verno).toBe(LATEST_VERSION + 1);
		expect(check.tables.map((table) => table.name)).toContain('newThing');
		check.close();
	});

	it('is refused even when opened directly, past the first check', async () => {
		const deps = isolatedDeps();
		await writeFutureDB(deps);
		const db = new StudyDB(deps);
		await expect(db.open()).rejects.toThrow(NewerDatabaseError);
		await expect(db.learners.add({ id: 'x', name: 'X', createdAt: T0 })).rejects.toThrow();

		const check = new Dexie(deps.name, {
			indexedDB: deps.indexedDB,
			IDBKeyRange: deps.IDBKeyRange
		});
		await check.open();
		expect(check.verno).toBe(LATEST_VERSION + 1);
		expect(await check.table('learners').toArray()).toEqual([
			{ id: 'l1', name: 'Leyla', createdAt: T0 }
		]);
		check.close();
	});
});

describe('an upgrade in another tab', () => {
	it('closes this tab’s database, says to reload, and lets no write through', async () => {
		const deps = isolatedDeps();
		const notices: ReloadRequiredError[] = [];
		const db = await openStudyDB({ ...deps, onReloadRequired: (error) => notices.push(error) });
		const learner = await createLearner(db, { name: 'Leyla', now: T0 });

		// The other tab, running the next release, upgrades the database.
		const other = dexieAtVersion(LATEST_VERSION, deps);
		other.version(LATEST_VERSION + 1).stores({ newThing: 'id' });
		await other.open();

		expect(notices).toHaveLength(1);
		expect(notices[0]?.message).toBe(
			'The app was updated in another tab. Reload this page to continue: nothing you saved was lost.'
		);
		expect(db.reloadRequired).toBe(true);
		await expect(
			gradeCard(db, { learnerId: learner.id, cardId: 'a:qa', grade: 'good', now: T0, scheduler })
		).rejects.toBeInstanceOf(ReloadRequiredError);
		expect(await other.table('reviewLog').count()).toBe(0);
		other.close();
	});

	it('says the progress was deleted, not updated, when the database is deleted under it', async () => {
		const deps = isolatedDeps();
		const notices: ReloadRequiredError[] = [];
		const db = await openStudyDB({ ...deps, onReloadRequired: (error) => notices.push(error) });
		await createLearner(db, { name: 'Leyla', now: T0 });

		// As "Clear site data" or another tab's deleteDatabase does it.
		await new Promise((resolve, reject) => {
			const request = deps.indexedDB.deleteDatabase(db.name);
			request.onsuccess = resolve;
			request.onerror = () => reject(request.error);
		});

		expect(notices.map((notice) => notice.because)).toEqual(['deleted']);
		expect(notices[0]?.message).toMatch(/was deleted/);
		expect(notices[0]?.message).not.toMatch(/updated|nothing you saved was lost/);
	});
});

describe('an older tab that keeps the database open', () => {
	it('says opening is blocked, then opens once that tab lets go, nothing lost', async () => {
		const deps = isolatedDeps();
		// An older release's tab, which does not close when asked to (no versionchange handler).
		const old = dexieAtVersion(LATEST_VERSION - 1, deps);
		old.on('versionchange', () => false);
		await old.open();
		await old.table('learners').add({ id: 'l1', name: 'Leyla', createdAt: T0 });

		let blocked = 0;
		const opening = openStudyDB({ ...deps, onBlocked: () => blocked++ });
		await vi.waitFor(() => expect(blocked).toBe(1));
		old.close();
		const db = await opening;
		expect((await listLearners(db)).map((learner) => learner.name)).toEqual(['Leyla']);
		db.close();
	});
});

describe('a browser that keeps nothing for the site', () => {
	it('is named for what it is, with what still works', async () => {
		await expect(openStudyDB({ indexedDB: undefined as unknown as IDBFactory })).rejects.toSatisfy(
			(error: unknown) =>
				error instanceof StorageUnavailableError && /private window/.test(error.message)
		);
	});
});
