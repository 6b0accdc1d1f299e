/**
 * The exam a learner studies for, and when it is ahead: what every page may need to know about
 * exam mode. The planner itself (`exam.ts`) loads only where a plan is made.
 */
/** What the learner sets: the exam day, the minutes a day they can give, the recall to reach. */
export interface ExamGoal {
	/** `YYYY-MM-DD`, in the learner's time zone. */
	day: string;
	minutesPerDay: number;
	/** The recall (0–1) every card should have on the exam day, 0.90 by default. */
	target: number;
}

export const DEFAULT_EXAM_TARGET = 0.9;
export const MIN_EXAM_MINUTES = 1;
export const MAX_EXAM_MINUTES = 600;

/**
 * How long a review and a first look at a new card take, in seconds: a new card is read, then
 * reviewed through its learning steps.
 */
export const REVIEW_SECONDS = 15;
export const NEW_CARD_SECONDS = 45;

/** How many days ahead of need a review may be pulled forward into spare time. */
export const PULL_AHEAD_DAYS = 3;

/**
 * True while the exam is ahead: from the day before it back. `today` is the learner's day as
 * `YYYY-MM-DD` (`dayKey`): day keys compare as text, so no clock or time zone is involved here.
 */
export function examAhead(goal: ExamGoal | undefined, today: string): boolean {
	return goal !== undefined && goal.day > today;
}
