/**
 * Exam mode: a plan that has every card in scope at or above a target recall on the exam day,
 * within the minutes a day the learner can give.
 *
 * FSRS on its own schedules a card when its recall falls to the desired retention, and introduces
 * a fixed number of new cards a day; it does not know that a date matters. The plan walks the days
 * left, on the learner's own cards and the app's own scheduler, assuming each review succeeds
 * ("good"), and each day spends the minutes given in this order:
 *
 * 1. **Required reviews**: cards whose recall would fall below the target before the next day
 *    (as FSRS would at a desired retention of the target), and learning steps that are due;
 *    the weakest on exam day first.
 * 2. **New cards**, as many as the time left allows, so that every card is met early enough to be
 *    reviewed again before the exam.
 * 3. **Pulled forward**: with time to spare, cards that would otherwise be below the target on
 *    exam day and would come due within {@link PULL_AHEAD_DAYS} days, weakest first, so that the
 *    later days carry less; on the last day before the exam
 *    (the cram day), every card not yet seen that day, weakest first.
 *
 * The plan is made again from the stored states each time the study queue is built, so a lapse
 * or a day missed only changes what comes next. When the time given cannot reach the target, the
 * plan says so, with the least whole minutes a day that would (found by bisection on the plan).
 * The day after the exam, nothing here applies: the cards' FSRS states were never anything else.
 */
import { isDue } from './queue';
import { newCardState, type Scheduler } from './scheduler';
import type { CardState, EpochMs } from './models';
import {
	MAX_EXAM_MINUTES,
	MIN_EXAM_MINUTES,
	NEW_CARD_SECONDS,
	PULL_AHEAD_DAYS,
	REVIEW_SECONDS,
	type ExamGoal
} from './exam-goal';
import { DAY_MS, HOUR_MS, MINUTE_MS, dayKey, dayStart, shiftDayKey } from './time';

export type { ExamGoal };

export interface ExamPlanInput {
	/** Every card in scope, in the order new cards are introduced. */
	cardIds: readonly string[];
	/** Their stored states; a card without one is new. */
	states: ReadonlyMap<string, CardState>;
	/** The app's scheduler (the learner's settings). */
	scheduler: Scheduler;
	goal: ExamGoal;
	now: EpochMs;
	timezoneOffset?: number;
	/** Seconds already studied today, spent from today's minutes. */
	spentToday?: number;
}

/** One day of the plan. */
export interface ExamDay {
	/** `YYYY-MM-DD`. */
	day: string;
	/** The cards of the day in the order to study them: required, new, then pulled forward. */
	cards: string[];
	/** How many of them are new. */
	fresh: number;
	/** How long the day takes, in seconds, at {@link REVIEW_SECONDS} and {@link NEW_CARD_SECONDS}. */
	seconds: number;
}

export interface ExamPlan {
	goal: ExamGoal;
	/** Today to the day before the exam; empty once the exam day has come. */
	days: ExamDay[];
	/** On the morning of the exam, if every planned review is done and succeeds. */
	predicted: { total: number; atTarget: number; meanRecall: number };
	/** Every card at or above the target on exam day within the minutes given. */
	reachable: boolean;
	/**
	 * The least whole minutes a day that reach the target, when the minutes given do not (null
	 * when not even {@link MAX_EXAM_MINUTES} would, when they do, or when not looked for).
	 */
	minutesNeeded: number | null;
	/** Whether {@link minutesNeeded} was looked for (`findMinutes`). */
	searched: boolean;
}

/** Whole days from the day of `now` to the exam day (0 on the exam day itself). */
export function daysToExam(goal: ExamGoal, now: EpochMs, timezoneOffset = 0): number {
	const today = dayStart(now, timezoneOffset);
	const exam = Date.parse(`${goal.day}T00:00:00Z`) + timezoneOffset * MINUTE_MS;
	return Math.round((exam - today) / DAY_MS);
}

interface Simulated {
	states: Map<string, CardState>;
	days: ExamDay[];
}

/** The plan for `input` at `minutesPerDay`, without looking for the minutes needed. */
function simulate(input: ExamPlanInput, minutesPerDay: number): Simulated {
	const { cardIds, scheduler, goal, now, timezoneOffset = 0 } = input;
	const states = new Map(input.states);
	const left = daysToExam(goal, now, timezoneOffset);
	const examAt = dayStart(now, timezoneOffset) + left * DAY_MS;
	const fresh = cardIds.filter((id) => {
		const state = states.get(id);
		return !state || state.phase === 'new';
	});
	const days: ExamDay[] = [];
	const today = dayKey(now, timezoneOffset);
	for (let d = 0; d < left; d++) {
		const start = dayStart(now, timezoneOffset) + d * DAY_MS;
		// Today from now on; later days at noon, when a learner might sit down to study.
		const at = d === 0 ? now : start + 12 * HOUR_MS;
		const tomorrow = start + DAY_MS;
		let budget = minutesPerDay * 60 - (d === 0 ? (input.spentToday ?? 0) : 0);
		const day: ExamDay = { day: shiftDayKey(today, d), cards: [], fresh: 0, seconds: 0 };
		const review = (id: string) => {
			states.set(id, scheduler.grade(states.get(id)!, 'good', at).state);
			day.cards.push(id);
			day.seconds += REVIEW_SECONDS;
			budget -= REVIEW_SECONDS;
		};
		const known = cardIds.filter((id) => {
			const state = states.get(id);
			return state !== undefined && state.phase !== 'new';
		});
		// Each known card's recall on exam day, once a day: the cards reviewed today leave the
		// lists below, so the others keep the value it had this morning.
		const atExam = new Map(
			known.map((id) => [id, scheduler.recallProbability(states.get(id)!, examAt)])
		);
		const weakestFirst = (ids: string[]) => ids.sort((a, b) => atExam.get(a)! - atExam.get(b)!);
		const required = known.filter((id) => {
			const state = states.get(id)!;
			return state.phase === 'review'
				? scheduler.recallProbability(state, tomorrow) < goal.target
				: isDue(state, at, tomorrow);
		});
		for (const id of weakestFirst(required)) {
			if (budget < REVIEW_SECONDS) break;
			review(id);
		}
		while (fresh.length && budget >= NEW_CARD_SECONDS) {
			const id = fresh.shift()!;
			states.set(id, learnNew(scheduler, states.get(id) ?? null, id, at));
			day.cards.push(id);
			day.fresh++;
			day.seconds += NEW_CARD_SECONDS;
			budget -= NEW_CARD_SECONDS;
		}
		const cram = d === left - 1;
		const seen = new Set(day.cards);
		const soon = start + (1 + PULL_AHEAD_DAYS) * DAY_MS;
		const extra = known.filter((id) => {
			if (seen.has(id)) return false;
			const state = states.get(id)!;
			// Pulled forward only a few days ahead of need: earlier, the review adds little.
			return (
				cram ||
				(atExam.get(id)! < goal.target &&
					state.phase === 'review' &&
					scheduler.recallProbability(state, soon) < goal.target)
			);
		});
		for (const id of weakestFirst(extra)) {
			if (budget < REVIEW_SECONDS) break;
			review(id);
		}
		days.push(day);
	}
	return { states, days };
}

/** A new card met at `at` and reviewed "good" through its learning steps. */
function learnNew(
	scheduler: Scheduler,
	state: CardState | null,
	cardId: string,
	at: EpochMs
): CardState {
	let current: CardState = state ?? newCardState(cardId, at);
	let time = at;
	for (let step = 0; step < 4 && (step === 0 || current.phase !== 'review'); step++) {
		current = scheduler.grade(current, 'good', time).state;
		time = Math.max(time, current.due);
	}
	return current;
}

/** How the cards stand on the morning of the exam, in the states `states`. */
function predict(input: ExamPlanInput, states: ReadonlyMap<string, CardState>) {
	const { goal, now, timezoneOffset = 0, scheduler } = input;
	const examAt = dayStart(now, timezoneOffset) + daysToExam(goal, now, timezoneOffset) * DAY_MS;
	let atTarget = 0;
	let sum = 0;
	for (const id of input.cardIds) {
		const state = states.get(id);
		const recall = state ? scheduler.recallProbability(state, examAt) : 0;
		sum += recall;
		if (recall >= goal.target) atTarget++;
	}
	const total = input.cardIds.length;
	return { total, atTarget, meanRecall: total ? sum / total : 0 };
}

/**
 * The plan from now to the exam. With the exam today or past, no days, and the cards as they are.
 */
export function planExam(input: ExamPlanInput, options: { findMinutes?: boolean } = {}): ExamPlan {
	const reaches = (minutes: number) => {
		const { states } = simulate(input, minutes);
		const predicted = predict(input, states);
		return predicted.atTarget === predicted.total;
	};
	const { states, days } = simulate(input, input.goal.minutesPerDay);
	const predicted = predict(input, states);
	const reachable = predicted.atTarget === predicted.total;
	let minutesNeeded: number | null = null;
	const searched = options.findMinutes !== false && !reachable && days.length > 0;
	if (searched && reaches(MAX_EXAM_MINUTES)) {
		let low = Math.max(MIN_EXAM_MINUTES, input.goal.minutesPerDay);
		let high = MAX_EXAM_MINUTES;
		while (low < high) {
			const middle = Math.floor((low + high) / 2);
			if (reaches(middle)) high = middle;
			else low = middle + 1;
		}
		minutesNeeded = low;
	}
	return { goal: input.goal, days, predicted, reachable, minutesNeeded, searched };
}
