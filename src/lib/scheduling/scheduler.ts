/**
 * FSRS scheduling through ts-fsrs: a thin, serialisable wrapper. ts-fsrs does the memory model;
 * this file only converts between its `Card` (with `Date`s and numeric enums) and our
 * {@link CardState} (epoch ms and string phases), and names grades as the UI does.
 */
import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating,
	State,
	type Card,
	type Grade as FsrsGrade
} from 'ts-fsrs';
import { SchedulingError } from './errors';
import {
	GRADES,
	type CardPhase,
	type CardState,
	type EpochMs,
	type Grade,
	type GradeResult,
	type IntervalPreview,
	type SchedulerOptions
} from './models';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time';

const RATINGS: Record<Grade, FsrsGrade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy
};

const PHASES: Record<State, CardPhase> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};

const STATES: Record<CardPhase, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};

/** A scheduler bound to one learner's settings. Pure: `now` is always passed in. */
export interface Scheduler {
	readonly desiredRetention: number;
	/** The card's next state and the log entry of grading it `grade` at `now`. */
	grade(state: CardState, grade: Grade, now: EpochMs): GradeResult;
	/** What each grade would give, for the grade buttons. */
	previewIntervals(state: CardState, now: EpochMs): Record<Grade, IntervalPreview>;
	/** The chance (0–1) that the learner recalls the card at `now`; 0 for a new card. */
	recallProbability(state: CardState, now: EpochMs): number;
}

/** A scheduler with FSRS's default parameters and the learner's desired retention. */
export function createScheduler(options: SchedulerOptions): Scheduler {
	const { desiredRetention, weights } = options;
	if (!(desiredRetention > 0 && desiredRetention < 1)) {
		throw new SchedulingError(
			`The desired retention must be between 0 and 1 (such as 0.9), not ${desiredRetention}.`
		);
	}
	// Default parameters otherwise: no fuzz (reproducible), short-term steps of 1m and 10m.
	const engine = fsrs(
		generatorParameters({
			request_retention: desiredRetention,
			...(weights ? { w: [...weights] } : {})
		})
	);

	return {
		desiredRetention,
		grade(state, grade, now) {
			checkTime(now);
			if (!GRADES.includes(grade)) throw new SchedulingError(`Unknown grade "${grade}".`);
			const { card } = engine.next(toCard(state), new Date(now), RATINGS[grade]);
			const next = fromCard(state.cardId, card);
			return {
				state: next,
				log: {
					cardId: state.cardId,
					grade,
					reviewedAt: now,
					phaseBefore: state.phase,
					elapsedDays: state.lastReview === null ? 0 : Math.max(0, now - state.lastReview) / DAY_MS,
					scheduledDays: next.scheduledDays,
					due: next.due,
					stability: next.stability,
					difficulty: next.difficulty
				}
			};
		},
		previewIntervals(state, now) {
			checkTime(now);
			const preview = engine.repeat(toCard(state), new Date(now));
			const result = {} as Record<Grade, IntervalPreview>;
			for (const grade of GRADES) {
				const due = preview[RATINGS[grade]].card.due.getTime();
				result[grade] = { due, intervalLabel: formatInterval(due - now) };
			}
			return result;
		},
		recallProbability(state, now) {
			checkTime(now);
			if (state.phase === 'new' || state.lastReview === null) return 0;
			return engine.get_retrievability(toCard(state), new Date(now), false);
		}
	};
}

/** The state of a card never reviewed, due from `now`. */
export function newCardState(cardId: string, now: EpochMs): CardState {
	checkTime(now);
	return fromCard(cardId, createEmptyCard(new Date(now)));
}

/**
 * The grade a quiz answer counts as: a correct answer is a successful review of the fact's card,
 * a wrong one a lapse. Quizzes do not tell hard from easy, so `good` is the neutral success.
 */
export function quizOutcomeToGrade(correct: boolean): 'good' | 'again' {
	return correct ? 'good' : 'again';
}

/**
 * A short label for a wait, as Anki shows it on grade buttons: minutes below an hour, hours below
 * a day, days below a month, then months and years with one decimal ("1.5mo", "2y").
 */
export function formatInterval(ms: number): string {
	const minutes = Math.round(ms / MINUTE_MS);
	if (minutes < 60) return `${Math.max(1, minutes)}m`;
	const hours = Math.round(ms / HOUR_MS);
	if (hours < 24) return `${hours}h`;
	const days = Math.round(ms / DAY_MS);
	if (days < 30) return `${days}d`;
	if (days < 365) return `${oneDecimal(days / 30)}mo`;
	return `${oneDecimal(days / 365)}y`;
}

function oneDecimal(value: number): string {
	return String(Math.round(value * 10) / 10);
}

function checkTime(now: EpochMs): void {
	if (!Number.isFinite(now)) throw new SchedulingError(`The time must be a number, not ${now}.`);
}

function toCard(state: CardState): Card {
	return {
		due: new Date(state.due),
		stability: state.stability,
		difficulty: state.difficulty,
		elapsed_days: state.elapsedDays,
		scheduled_days: state.scheduledDays,
		learning_steps: state.learningSteps,
		reps: state.reps,
		lapses: state.lapses,
		state: STATES[state.phase],
		...(state.lastReview === null ? {} : { last_review: new Date(state.lastReview) })
	};
}

function fromCard(cardId: string, card: Card): CardState {
	return {
		cardId,
		phase: PHASES[card.state],
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		lastReview: card.last_review ? card.last_review.getTime() : null
	};
}
