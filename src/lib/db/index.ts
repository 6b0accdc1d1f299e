/**
 * The storage layer: the one Dexie database and every function that reads or writes it.
 * Browser only: import it from `onMount`/`$effect` code or `+page.ts` with `ssr = false`, never
 * during prerender.
 */
export * from './models';
export * from './errors';
export { DB_NAME, openStudyDB, StudyDB, type StudyDBOptions } from './db';
export { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';
export { factIdOf, quizCardId } from './card-ids';
export type { NewId } from './ids';
export * from './learners';
export * from './settings';
export { DEFAULT_SETTINGS } from './settings-values';
export {
	gradeCard,
	undoLastReview,
	getCardState,
	loadStudyQueue,
	type GradeCardInput,
	type GradeCardOutcome,
	type StudyQueue,
	type StudyQueueRequest
} from './reviews';
export * from './quizzes';
export * from './dashboard';
export * from './live';
export * from './assignments';
export * from './backup';
export * from './storage';
export * from './runs';
