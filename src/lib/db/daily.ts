/** Keeping the per-day review counts ({@link DailyStats}) in step with the review log. */
import type { StudyDB } from './db';
import type { DailyStats, StoredReview } from './models';

/**
 * Counts reviews into their days (`sign` 1) or out of them (`sign` -1, for undo), inside the
 * caller's transaction, which must cover `dailyStats`.
 */
export async function countReviews(
	db: StudyDB,
	reviews: readonly StoredReview[],
	sign: 1 | -1
): Promise<void> {
	const byDay = new Map<string, DailyStats>();
	for (const review of reviews) {
		const key = `${review.learnerId}\n${review.day}`;
		const stats = byDay.get(key) ?? emptyStats(review.learnerId, review.day);
		addReview(stats, review, sign);
		byDay.set(key, stats);
	}
	const deltas = [...byDay.values()];
	const stored = await db.dailyStats.bulkGet(
		deltas.map((d): [string, string] => [d.learnerId, d.day])
	);
	const next = deltas.map((delta, i) => {
		const base = stored[i] ?? emptyStats(delta.learnerId, delta.day);
		return {
			...base,
			reviews: base.reviews + delta.reviews,
			reviewsOfMature: base.reviewsOfMature + delta.reviewsOfMature,
			remembered: base.remembered + delta.remembered,
			newStudied: base.newStudied + delta.newStudied
		};
	});
	await db.dailyStats.bulkPut(next.filter((stats) => stats.reviews > 0));
	await db.dailyStats.bulkDelete(
		next.filter((stats) => stats.reviews <= 0).map((s): [string, string] => [s.learnerId, s.day])
	);
}

/** Adds one review's counts to `stats`. */
export function addReview(stats: DailyStats, review: StoredReview, sign: 1 | -1 = 1): void {
	stats.reviews += sign;
	if (review.phaseBefore === 'review') {
		stats.reviewsOfMature += sign;
		if (review.grade !== 'again') stats.remembered += sign;
	}
	if (review.source === 'study' && (review.previous === null || review.previous.phase === 'new')) {
		stats.newStudied += sign;
	}
}

export function emptyStats(learnerId: string, day: string): DailyStats {
	return { learnerId, day, reviews: 0, reviewsOfMature: 0, remembered: 0, newStudied: 0 };
}
