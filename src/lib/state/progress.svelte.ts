/**
 * The active learner's progress, kept live: the dashboard figures, recent quizzes, each card's
 * chance of recall and recent review outcomes. Used by the Progress page; the speech map uses
 * {@link LearnerRecall} alone.
 */
import type { DashboardFigures, QuizAttempt } from '$lib/db';
import type { ReviewOutcome } from '$lib/db/recall';
import { DAY_MS, dayKey, timezoneOffsetAt } from '$lib/scheduling/time';
import { learnerSession } from './learner-session.svelte';

/** Weeks of the review heatmap; the review history read covers them. */
export const HEATMAP_WEEKS = 16;
/** Weeks of the retention chart. */
export const RETENTION_WEEKS = 8;
/** Quizzes listed in the history. */
export const QUIZ_HISTORY_LIMIT = 10;

/** Before the learner's cards load: no card seen. */
const NO_RECALL: ReadonlyMap<string, number> = new Map<string, number>();

export type ProgressStatus = 'loading' | 'ready' | 'failed';

interface Subscription {
	unsubscribe(): void;
}

/** Shared by both views: opening the session and holding the subscriptions to stop. */
abstract class LiveView {
	status = $state<ProgressStatus>('loading');
	error = $state('');
	#subscriptions: Subscription[] = [];
	#stopped = false;

	protected keep(subscription: Subscription): void {
		if (this.#stopped) subscription.unsubscribe();
		else this.#subscriptions.push(subscription);
	}

	protected fail = (error: unknown): void => {
		this.error = error instanceof Error ? error.message : 'Your progress could not be read.';
		this.status = 'failed';
	};

	/** Stops every live query (when the page is left). */
	stop(): void {
		this.#stopped = true;
		for (const subscription of this.#subscriptions) subscription.unsubscribe();
		this.#subscriptions = [];
	}
}

/** Each reviewed card's chance of recall now, live. */
export class LearnerRecall extends LiveView {
	/** By card id; cards never reviewed are absent. Empty until loaded. */
	recall = $state.raw<ReadonlyMap<string, number>>(NO_RECALL);

	async start(now = Date.now()): Promise<void> {
		try {
			const { db } = await learnerSession.open();
			const learnerId = await learnerSession.learnerId();
			const { watchRecallByCard } = await import('$lib/db/recall');
			this.keep(
				watchRecallByCard(db, learnerId, now).subscribe({
					next: (recall) => {
						this.recall = recall;
						this.status = 'ready';
					},
					error: this.fail
				})
			);
		} catch (error) {
			this.fail(error);
		}
	}
}

/** Everything the Progress page shows, live. */
export class ProgressView extends LiveView {
	figures = $state.raw<DashboardFigures | null>(null);
	attempts = $state.raw<QuizAttempt[] | null>(null);
	recall = $state.raw<ReadonlyMap<string, number>>(NO_RECALL);
	outcomes = $state.raw<ReviewOutcome[]>([]);
	/** The learner's local date the figures are for, `YYYY-MM-DD`. */
	today = $state('');

	/** @param cardIds the cards the app has: states of any other are left out of the figures. */
	async start(cardIds: ReadonlySet<string>, now = Date.now()): Promise<void> {
		try {
			const { db, api } = await learnerSession.open();
			const learnerId = await learnerSession.learnerId();
			const recallModule = await import('$lib/db/recall');
			const timezoneOffset = timezoneOffsetAt(now);
			const historyDays = HEATMAP_WEEKS * 7;
			this.today = dayKey(now, timezoneOffset);
			this.keep(
				api
					.watchDashboard(db, {
						learnerId,
						now,
						timezoneOffset,
						historyDays,
						forecastDays: 14,
						cardIds
					})
					.subscribe({
						next: (figures) => {
							this.figures = figures;
							this.status = 'ready';
						},
						error: this.fail
					})
			);
			this.keep(
				api.watchQuizAttempts(db, learnerId, QUIZ_HISTORY_LIMIT).subscribe({
					next: (attempts) => (this.attempts = attempts),
					error: this.fail
				})
			);
			this.keep(
				recallModule.watchRecallByCard(db, learnerId, now).subscribe({
					next: (recall) => (this.recall = recall),
					error: this.fail
				})
			);
			this.keep(
				recallModule
					.watchReviewOutcomes(db, learnerId, now - (RETENTION_WEEKS + 1) * 7 * DAY_MS)
					.subscribe({
						next: (outcomes) => (this.outcomes = outcomes),
						error: this.fail
					})
			);
		} catch (error) {
			this.fail(error);
		}
	}
}
