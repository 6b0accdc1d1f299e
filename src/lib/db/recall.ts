/**
 * Read-only queries for the progress views: each card's chance of recall now (the dashboard's
 * topic mastery, the speech map) and the outcomes of recent reviews (retention over time).
 * Imported on its own (`import('$lib/db/recall')`) by pages that already opened the database.
 */
import { liveQuery, type Observable } from 'dexie';
import type { EpochMs } from '../scheduling/models';
import type { StudyDB } from './db';
import { guarded } from './errors';
import { readLearnerSettings, schedulerFor } from './settings';

/** One review's local day and whether it was recalled (graded other than "again"). */
export interface ReviewOutcome {
	day: string;
	recalled: boolean;
}

/**
 * The chance of recall at `now` of every card the learner has reviewed, by card id, by the
 * learner's own scheduler. Cards never reviewed are absent.
 */
export async function recallByCard(
	db: StudyDB,
	learnerId: string,
	now: EpochMs
): Promise<Map<string, number>> {
	return guarded(() =>
		db.transaction('r', [db.cardStates, db.learnerSettings], async () => {
			const scheduler = schedulerFor(await readLearnerSettings(db, learnerId));
			const states = await db.cardStates.where('learnerId').equals(learnerId).toArray();
			return new Map(
				states
					.filter((state) => state.phase !== 'new' && state.lastReview !== null)
					.map((state) => [state.cardId, scheduler.recallProbability(state, now)])
			);
		})
	);
}

/** The outcomes of the learner's reviews from `from` on, oldest first. */
export async function reviewOutcomes(
	db: StudyDB,
	learnerId: string,
	from: EpochMs
): Promise<ReviewOutcome[]> {
	return guarded(async () => {
		const reviews = await db.reviewLog
			.where('[learnerId+reviewedAt]')
			.between([learnerId, from], [learnerId, Infinity], true, false)
			.toArray();
		return reviews.map((review) => ({ day: review.day, recalled: review.grade !== 'again' }));
	});
}

/** {@link recallByCard}, emitting again whenever the learner's cards change. */
export function watchRecallByCard(
	db: StudyDB,
	learnerId: string,
	now: EpochMs
): Observable<Map<string, number>> {
	return liveQuery(() => recallByCard(db, learnerId, now));
}

/** {@link reviewOutcomes}, emitting again whenever a review is written or undone. */
export function watchReviewOutcomes(
	db: StudyDB,
	learnerId: string,
	from: EpochMs
): Observable<ReviewOutcome[]> {
	return liveQuery(() => reviewOutcomes(db, learnerId, from));
}
