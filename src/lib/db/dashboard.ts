/** The dashboard's figures for one learner, from indexed ranges only (fast with a long history). */
import { CARD_PHASES, type CardPhase, type EpochMs } from '../scheduling/models';
import { isDue } from '../scheduling/queue';
import { createScheduler } from '../scheduling/scheduler';
import { DAY_MS, dayKey, daysFrom, dayStart, shiftDayKey } from '../scheduling/time';
import type { StudyDB } from './db';
import { guarded } from './errors';
import { readLearnerSettings } from './settings';

export interface DashboardRequest {
	learnerId: string;
	now: EpochMs;
	/** As `new Date(now).getTimezoneOffset()` gives it. UTC when absent. */
	timezoneOffset?: number;
	/** Days of review history to chart (and to measure retention over). 30 when absent. */
	historyDays?: number;
	/** Days of forecast. 14 when absent. */
	forecastDays?: number;
	/**
	 * The cards the app has now. States of other cards (of a fact since removed from the content)
	 * are left out of every figure, as Study leaves them out. Every stored card when absent.
	 */
	cardIds?: ReadonlySet<string>;
}

/** One day's count, labelled with its local date `YYYY-MM-DD`. */
export interface DayCount {
	day: string;
	count: number;
}

export interface DashboardFigures {
	/**
	 * Cards due now, as Study counts them ({@link isDue}): in review and due today, or a learning
	 * step whose minutes are up. New cards are not counted.
	 */
	dueNow: number;
	/** Cards coming due on each of the next days; the first day (today) includes overdue cards. */
	forecast: DayCount[];
	/** Reviews on each of the last `historyDays` days, oldest first, today last. */
	reviewsPerDay: DayCount[];
	reviewsToday: number;
	totalReviews: number;
	/**
	 * Consecutive days with at least one review, up to today, or up to yesterday while today has
	 * none yet (a streak is not lost before the day is over).
	 */
	streak: number;
	/**
	 * Of the reviews of cards in long-term review over the last `historyDays` days, the share not
	 * forgotten (graded other than again); null when there were none.
	 */
	retention: number | null;
	/** Cards by phase (cards never seen are not stored, so not counted as new here). */
	cardsByPhase: Record<CardPhase, number>;
	/** The mean chance of recall now of every card seen; null when none were. */
	averageRecall: number | null;
	/** Stored states of cards the app no longer has, left out of the figures above. */
	retiredCards: number;
}

/**
 * Computes the dashboard of a learner at `now`: from the learner's card states and per-day counts
 * only (a few hundred rows each), never the review log, so it stays fast with a long history.
 */
export async function dashboardFigures(
	db: StudyDB,
	request: DashboardRequest
): Promise<DashboardFigures> {
	const { learnerId, now, timezoneOffset = 0, historyDays = 30, forecastDays = 14 } = request;
	const { cardIds } = request;
	const today = dayStart(now, timezoneOffset);
	const todayKey = dayKey(now, timezoneOffset);

	return guarded(() =>
		db.transaction('r', [db.cardStates, db.dailyStats, db.learnerSettings], async () => {
			const settings = await readLearnerSettings(db, learnerId);
			const scheduler = createScheduler({ desiredRetention: settings.desiredRetention });
			const states = await db.cardStates.where('learnerId').equals(learnerId).toArray();
			const days = await db.dailyStats
				.where('[learnerId+day]')
				.between([learnerId, ''], [learnerId, '\uffff'], true, true)
				.toArray();
			const byDay = new Map(days.map((stats) => [stats.day, stats]));

			const forecast = Array.from({ length: forecastDays }, (_, i) => ({
				day: dayKey(today + i * DAY_MS, timezoneOffset),
				count: 0
			}));
			const cardsByPhase = Object.fromEntries(CARD_PHASES.map((phase) => [phase, 0])) as Record<
				CardPhase,
				number
			>;
			let dueNow = 0;
			let recallSum = 0;
			let seen = 0;
			let retiredCards = 0;
			for (const state of states) {
				if (cardIds && !cardIds.has(state.cardId)) {
					retiredCards++;
					continue;
				}
				cardsByPhase[state.phase]++;
				if (state.phase === 'new') continue;
				if (isDue(state, now, today + DAY_MS)) dueNow++;
				const day = Math.max(0, daysFrom(now, state.due, timezoneOffset));
				const slot = forecast[day];
				if (slot) slot.count++;
				recallSum += scheduler.recallProbability(state, now);
				seen++;
			}

			const reviewsPerDay: DayCount[] = [];
			let reviewed = 0;
			let remembered = 0;
			for (let i = historyDays - 1; i >= 0; i--) {
				const day = shiftDayKey(todayKey, -i);
				const stats = byDay.get(day);
				reviewsPerDay.push({ day, count: stats?.reviews ?? 0 });
				reviewed += stats?.reviewsOfMature ?? 0;
				remembered += stats?.remembered ?? 0;
			}

			// A streak is not lost before the day is over: without a review today, count from yesterday.
			let streak = 0;
			let day = byDay.has(todayKey) ? todayKey : shiftDayKey(todayKey, -1);
			while (byDay.has(day)) {
				streak++;
				day = shiftDayKey(day, -1);
			}

			return {
				dueNow,
				forecast,
				reviewsPerDay,
				reviewsToday: byDay.get(todayKey)?.reviews ?? 0,
				totalReviews: days.reduce((sum, stats) => sum + stats.reviews, 0),
				streak,
				retention: reviewed ? remembered / reviewed : null,
				cardsByPhase,
				averageRecall: seen ? recallSum / seen : null,
				retiredCards
			};
		})
	);
}
