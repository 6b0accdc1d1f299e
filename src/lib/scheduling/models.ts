/**
 * The types of the scheduling layer: card states, grades and review-log entries.
 * Every value here is plain JSON, with times as epoch milliseconds (UTC): they are stored in
 * IndexedDB, indexed, compared and exported as they are, and never depend on the device's clock.
 */

/** How well the learner recalled a card, from forgot to effortless. */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
/**
 * - `again`: forgotten (a lapse).
 * - `hard`: recalled with serious difficulty.
 * - `good`: recalled after a hesitation.
 * - `easy`: recalled at once.
 */
export type Grade = (typeof GRADES)[number];

/** Where a card stands in FSRS's life cycle. */
export const CARD_PHASES = ['new', 'learning', 'review', 'relearning'] as const;
/**
 * - `new`: never reviewed.
 * - `learning`: on its first short steps (minutes apart).
 * - `review`: in long-term review, days apart.
 * - `relearning`: forgotten in review, back on short steps.
 */
export type CardPhase = (typeof CARD_PHASES)[number];

/** Milliseconds since 1970-01-01T00:00:00Z. */
export type EpochMs = number;

/** The memory state of one card for one learner: a serialisable FSRS card. */
export interface CardState {
	/** The flashcard's id, `${factId}:${kind}`. */
	cardId: string;
	phase: CardPhase;
	/** When the card is next due. A new card is due from its creation. */
	due: EpochMs;
	/** FSRS stability: days until the chance of recall falls to 90%. 0 for a new card. */
	stability: number;
	/** FSRS difficulty, 1 (easy) to 10 (hard). 0 for a new card. */
	difficulty: number;
	/** Whole days between the last two reviews, as ts-fsrs counts them. */
	elapsedDays: number;
	/** The interval, in whole days, the last review gave (0 while on short steps). */
	scheduledDays: number;
	/** The index of the current (re)learning step. */
	learningSteps: number;
	/** How many times the card was reviewed. */
	reps: number;
	/** How many times it was forgotten after reaching review. */
	lapses: number;
	/** When it was last reviewed, or null if never. */
	lastReview: EpochMs | null;
}

/** What one review did: enough to chart, audit, or replay the history through FSRS. */
export interface ReviewLogEntry {
	cardId: string;
	grade: Grade;
	reviewedAt: EpochMs;
	/** The card's phase before this review: retention counts only reviews of `review` cards. */
	phaseBefore: CardPhase;
	/** Days since the previous review (fractional), 0 for a card's first review. */
	elapsedDays: number;
	/** The interval this review gave, in whole days (0 for a step of minutes). */
	scheduledDays: number;
	/** When the card is due after this review. */
	due: EpochMs;
	/** Stability after this review. */
	stability: number;
	/** Difficulty after this review. */
	difficulty: number;
}

/** The result of grading a card: its new state and the log entry to append. */
export interface GradeResult {
	state: CardState;
	log: ReviewLogEntry;
}

/** What one grade would do to a card, as the grade buttons show it. */
export interface IntervalPreview {
	due: EpochMs;
	/** A short label of the wait until `due`: "1m", "10m", "3h", "1d", "12d", "1.5mo", "2.1y". */
	intervalLabel: string;
}

export interface SchedulerOptions {
	/** The chance of recall to aim for when a card comes due, strictly between 0 and 1. */
	desiredRetention: number;
	/** FSRS's parameters (its 21 weights); its defaults when absent. */
	weights?: readonly number[];
}

/** The default desired retention: FSRS's own. */
export const DEFAULT_DESIRED_RETENTION = 0.9;
/** The default number of new cards a learner meets per day. */
export const DEFAULT_NEW_PER_DAY = 20;

/** What {@link buildStudyQueue} orders. */
export interface StudyQueueInput {
	/** Every card the learner may study, in the order new cards are introduced. */
	cardIds: readonly string[];
	/** The stored states of the learner's cards; cards without one are new. */
	states: Iterable<CardState>;
	now: EpochMs;
	/** New cards allowed per day. */
	newLimit: number;
	/** New cards already introduced today (reviewed for the first time since the day began). */
	newIntroducedToday: number;
	/** When the learner's day ends: cards in review due before then are due ({@link isDue}). */
	endOfToday: EpochMs;
}
