/**
 * Timing functions for a benchmark page in Chromium (the numbers that matter are a real
 * browser's IndexedDB, not fake-indexeddb's). Each returns raw timings in milliseconds; the page
 * computes medians. Targets: grading a card, median under 5 ms; loading the study queue and the
 * dashboard for a learner with 100,000 review-log entries, under 100 ms.
 */
import { GRADES } from '../scheduling/models';
import { newCardState } from '../scheduling/scheduler';
import { DAY_MS, dayKey } from '../scheduling/time';
import { factIdOf } from './card-ids';
import { countReviews } from './daily';
import { dashboardFigures } from './dashboard';
import type { StudyDB } from './db';
import { createLearner } from './learners';
import type { StoredCardState, StoredReview } from './models';
import { gradeCard, loadStudyQueue, withoutLearner } from './reviews';
import { schedulerFor } from './settings';
import { DEFAULT_SETTINGS } from './settings-values';

/** A fixed start, so that runs are comparable. */
const BENCH_NOW = Date.UTC(2025, 0, 6, 9);

/** The card ids of a pack of `facts` facts, three cards each, as the engine makes them. */
export function benchCardIds(facts: number): string[] {
	return Array.from({ length: facts }, (_, i) =>
		['qa', 'reverse', 'cloze'].map((kind) => `bench-fact-${i}:${kind}`)
	).flat();
}

/**
 * Grades `n` cards one after the other (read state, schedule, write log entry and state in one
 * transaction) and returns each grade's duration.
 */
export async function benchGrade(db: StudyDB, n: number): Promise<number[]> {
	const learner = await createLearner(db, { name: 'Benchmark', now: BENCH_NOW });
	const scheduler = schedulerFor(DEFAULT_SETTINGS);
	const cardIds = benchCardIds(Math.ceil(n / 3));
	const timings: number[] = [];
	for (let i = 0; i < n; i++) {
		const start = performance.now();
		await gradeCard(db, {
			learnerId: learner.id,
			cardId: cardIds[i % cardIds.length] ?? 'bench-fact-0:qa',
			grade: GRADES[i % GRADES.length] ?? 'good',
			now: BENCH_NOW + i * 60_000,
			scheduler
		});
		timings.push(performance.now() - start);
	}
	return timings;
}

export interface BenchLoadResult {
	/** How long writing the history took (not a target). */
	seedMs: number;
	/** Each run of loadStudyQueue. */
	queue: number[];
	/** Each run of dashboardFigures. */
	dashboard: number[];
}

/** A learner's review history as a long-time user's device would hold it. */
export interface BenchHistory {
	states: StoredCardState[];
	reviews: StoredReview[];
}

/**
 * `entries` review-log entries for `learnerId`, spread over the two years before `now` (about 137
 * a day over 300 facts' 900 cards), and the card states they leave; review ids start `idPrefix`.
 */
export function benchHistory(
	learnerId: string,
	entries: number,
	{ now = BENCH_NOW, idPrefix = 'bench' }: { now?: number; idPrefix?: string } = {}
): BenchHistory {
	const cardIds = benchCardIds(300);
	const span = 730 * DAY_MS;
	const first = now - span;
	const states = new Map<string, StoredCardState>();
	const reviews: StoredReview[] = [];
	for (let i = 0; i < entries; i++) {
		const cardId = cardIds[i % cardIds.length] ?? 'bench-fact-0:qa';
		const reviewedAt = first + Math.floor((i / entries) * span);
		const due = reviewedAt + (1 + (i % 20)) * DAY_MS;
		const state: StoredCardState = {
			...newCardState(cardId, reviewedAt),
			learnerId,
			phase: 'review',
			due,
			stability: 10,
			difficulty: 5,
			scheduledDays: 1 + (i % 20),
			reps: Math.floor(i / cardIds.length) + 1,
			lastReview: reviewedAt
		};
		const previous = states.get(cardId) ?? null;
		states.set(cardId, state);
		reviews.push({
			id: `${idPrefix}-${i}`,
			learnerId,
			factId: factIdOf(cardId),
			day: dayKey(reviewedAt),
			source: 'study',
			previous: previous && withoutLearner(previous),
			cardId,
			grade: GRADES[i % 7 === 0 ? 0 : 2] ?? 'good',
			reviewedAt,
			phaseBefore: previous ? 'review' : 'new',
			elapsedDays: 1,
			scheduledDays: state.scheduledDays,
			due,
			stability: 10,
			difficulty: 5
		});
	}
	return { states: [...states.values()], reviews };
}

/**
 * Writes a learner with `entries` review-log entries ({@link benchHistory}), then times `runs`
 * loads of the study queue and of the dashboard.
 */
export async function benchLoad(
	db: StudyDB,
	options: { entries: number; runs?: number }
): Promise<BenchLoadResult> {
	const { entries, runs = 10 } = options;
	const seedStart = performance.now();
	const learner = await createLearner(db, { name: 'Benchmark', now: BENCH_NOW - 800 * DAY_MS });
	const cardIds = benchCardIds(300);
	const { states, reviews } = benchHistory(learner.id, entries);
	for (let from = 0; from < reviews.length; from += 5000) {
		const written = reviews.slice(from, from + 5000);
		await db.transaction('rw', [db.reviewLog, db.dailyStats], async () => {
			await db.reviewLog.bulkAdd(written);
			await countReviews(db, written, 1);
		});
	}
	await db.cardStates.bulkPut(states);
	const seedMs = performance.now() - seedStart;

	const queue: number[] = [];
	const dashboard: number[] = [];
	for (let run = 0; run < runs; run++) {
		let start = performance.now();
		await loadStudyQueue(db, { learnerId: learner.id, cardIds, now: BENCH_NOW });
		queue.push(performance.now() - start);
		start = performance.now();
		await dashboardFigures(db, { learnerId: learner.id, now: BENCH_NOW });
		dashboard.push(performance.now() - start);
	}
	return { seedMs, queue, dashboard };
}
