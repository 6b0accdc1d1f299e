/**
 * Test helpers: a fresh database in its own fake IndexedDB per test, and record factories.
 * Imported only by tests.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { exportTeacherKeys } from '../assignments/keys';
import { collected } from '../assignments/result';
import { fixtureAssignment, fixtureQuiz, makeResult, teacherKeys } from '../assignments/testing';
import { MINUTE_MS } from '../scheduling/time';
import { createScheduler, type Scheduler } from '../scheduling/scheduler';
import {
	getOrCreateTeacherKeys,
	importResults,
	saveAssignment,
	saveSubmission
} from './assignments';
import { countReviews } from './daily';
import { openStudyDB, type StudyDB, type StudyDBOptions } from './db';
import { createLearner } from './learners';
import type { StoredAssignment, StoredReview } from './models';
import { recordQuizAttempt } from './quizzes';
import { gradeCard } from './reviews';
import { SCHEMA_VERSIONS } from './schema';
import { updateLearnerSettings } from './settings';

/** Monday 6 January 2025, 09:00 UTC. */
export const T0 = Date.UTC(2025, 0, 6, 9);

/** The dependencies of a database of its own, which no other test sees. */
export function isolatedDeps(
	name = 'test'
): Required<Pick<StudyDBOptions, 'name' | 'indexedDB' | 'IDBKeyRange'>> {
	return { name, indexedDB: new IDBFactory(), IDBKeyRange };
}

/** A fresh database at the latest version. */
export async function freshDB(options: Partial<StudyDBOptions> = {}): Promise<StudyDB> {
	return openStudyDB({ ...isolatedDeps(), ...options });
}

/** A raw Dexie with only the declarations (and upgrades) up to `version`, as that release had. */
export function dexieAtVersion(version: number, deps: ReturnType<typeof isolatedDeps>): Dexie {
	const db = new Dexie(deps.name, { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange });
	for (const step of SCHEMA_VERSIONS.filter((step) => step.version <= version)) {
		const declared = db.version(step.version).stores(step.stores);
		if (step.upgrade) declared.upgrade(step.upgrade);
	}
	return db;
}

export const scheduler: Scheduler = createScheduler({ desiredRetention: 0.9 });

/** Ids `prefix-1`, `prefix-2`, …: readable and stable in tests. */
export function sequentialIds(prefix = 'id'): () => string {
	let n = 0;
	return () => `${prefix}-${++n}`;
}

/** Writes review-log entries directly, with their daily counts, as the repository would. */
export async function addReviews(db: StudyDB, reviews: StoredReview[]): Promise<void> {
	await db.transaction('rw', [db.reviewLog, db.dailyStats], async () => {
		await db.reviewLog.bulkAdd(reviews);
		await countReviews(db, reviews, 1);
	});
}

/** A stored assignment of the assignments' fixture quiz; `title`, `id` and `createdAt` vary it. */
export async function storedAssignment(
	overrides: { title?: string; createdAt?: number; id?: string } = {}
): Promise<StoredAssignment> {
	const assignment = await fixtureAssignment(overrides.title ? { title: overrides.title } : {});
	const id = overrides.id ?? assignment.id;
	const createdAt = overrides.createdAt ?? assignment.createdAt;
	return {
		id,
		createdAt,
		assignment: { ...assignment, id, createdAt },
		quiz: fixtureQuiz(),
		link: `https://example.org/assignment#SSA-${id}`
	};
}

const HOUR_MS = 60 * MINUTE_MS;

/**
 * Two learners with card states, reviews (study and quiz), attempts and settings, a teacher key,
 * an assignment with two results and a submission: a record of every kind.
 */
export async function populatedDB(options: Partial<StudyDBOptions> = {}): Promise<StudyDB> {
	const db = await freshDB(options);
	const leyla = await createLearner(db, { name: 'Leyla', now: T0 });
	const amir = await createLearner(db, { name: 'Amir', now: T0 + 1 });
	await updateLearnerSettings(db, amir.id, { desiredRetention: 0.85, newPerDay: 5, theme: 'dark' });
	for (const learner of [leyla, amir]) {
		const first = await gradeCard(db, {
			learnerId: learner.id,
			cardId: 'a:qa',
			grade: 'good',
			now: T0,
			scheduler
		});
		await gradeCard(db, {
			learnerId: learner.id,
			cardId: 'a:qa',
			grade: 'good',
			now: first.state.due,
			scheduler
		});
		await gradeCard(db, {
			learnerId: learner.id,
			cardId: 'b:cloze',
			grade: 'again',
			now: T0,
			scheduler
		});
		await recordQuizAttempt(db, {
			learnerId: learner.id,
			quiz: { packId: 'oic-acm-2017', title: 'Quiz', spec: { types: ['mc', 'match'], seed: 'x' } },
			answers: [
				{ questionId: 'mc:c', factIds: ['c'], given: 'Baku', correct: true },
				{
					questionId: 'match:d+e',
					factIds: ['d', 'e'],
					given: [
						['1', 'one'],
						['2', 'two']
					],
					correct: true
				},
				{ questionId: 'order:f+g', factIds: ['f', 'g'], given: ['g', 'f'], correct: false },
				{ questionId: 'typed:h', factIds: ['h'], given: null, correct: false }
			],
			startedAt: T0 + HOUR_MS,
			finishedAt: T0 + HOUR_MS + 5 * MINUTE_MS,
			now: T0 + HOUR_MS + 5 * MINUTE_MS,
			scheduler
		});
	}
	await getOrCreateTeacherKeys(db, {
		generate: async () => exportTeacherKeys(await teacherKeys()),
		now: T0
	});
	const stored = await saveAssignment(db, await storedAssignment());
	await importResults(db, [
		await collected(makeResult(stored.assignment)),
		await collected(makeResult(stored.assignment, { name: 'Murad', submittedAt: T0 + HOUR_MS * 2 }))
	]);
	await saveSubmission(db, {
		assignmentId: stored.id,
		name: 'Leyla',
		code: 'SSR-abc',
		submittedAt: T0,
		durationSeconds: 60,
		correct: 1,
		total: 6
	});
	return db;
}
