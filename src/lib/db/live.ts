/**
 * Live queries for the UI: each returns a Dexie `liveQuery` observable that emits again whenever
 * the data it read changes, in this tab or another (Dexie broadcasts changes between tabs).
 * They follow the Svelte store contract (`subscribe` returns an object with `unsubscribe`).
 * `now` is fixed per observable: subscribe again (e.g. each minute) to move "today" forward.
 */
import { liveQuery, type Observable } from 'dexie';
import { dashboardFigures, type DashboardFigures, type DashboardRequest } from './dashboard';
import type { StudyDB } from './db';
import { getActiveLearnerId, listLearners } from './learners';
import type { Learner, LearnerSettings, QuizAttempt } from './models';
import { listQuizAttempts } from './quizzes';
import { getLearnerSettings } from './settings';

/** Every learner, oldest first. */
export function watchLearners(db: StudyDB): Observable<Learner[]> {
	return liveQuery(() => listLearners(db));
}

/** The active learner's id, or null. */
export function watchActiveLearnerId(db: StudyDB): Observable<string | null> {
	return liveQuery(() => getActiveLearnerId(db));
}

export function watchLearnerSettings(db: StudyDB, learnerId: string): Observable<LearnerSettings> {
	return liveQuery(() => getLearnerSettings(db, learnerId));
}

export function watchDashboard(
	db: StudyDB,
	request: DashboardRequest
): Observable<DashboardFigures> {
	return liveQuery(() => dashboardFigures(db, request));
}

export function watchQuizAttempts(
	db: StudyDB,
	learnerId: string,
	limit?: number
): Observable<QuizAttempt[]> {
	return liveQuery(() => listQuizAttempts(db, learnerId, limit));
}
