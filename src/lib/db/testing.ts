/**
 * Test helpers: a fresh database in its own fake IndexedDB per test, and record factories.
 * Imported only by tests.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { fixtureAssignment, fixtureQuiz } from '../assignments/testing';
import { createScheduler, type Scheduler } from '../scheduling/scheduler';
import { countReviews } from './daily';
import { openStudyDB, type StudyDB, type StudyDBOptions } from './db';
import type { StoredAssignment, StoredReview } from './models';
import { SCHEMA_VERSIONS } from './schema';

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
