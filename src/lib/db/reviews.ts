/** Grading cards, undoing the last grade, and the study queue. */
import * as v from 'valibot';
import type { CardState, EpochMs, Grade } from '../scheduling/models';
import type { ExamPlan } from '../scheduling/exam';
import { examAhead, NEW_CARD_SECONDS, REVIEW_SECONDS } from '../scheduling/exam-goal';
import { buildStudyQueue, nextDueAfter } from '../scheduling/queue';
import { newCardState, type Scheduler } from '../scheduling/scheduler';
import { DAY_MS, dayKey, dayStart } from '../scheduling/time';
import { factIdOf } from './card-ids';
import { countReviews } from './daily';
import type { StudyDB } from './db';
import { guarded, NotFoundError, StorageError } from './errors';
import { randomId, type NewId } from './ids';
import type { ReviewSource, StoredCardState, StoredReview } from './models';
import { CardStateSchema } from './records';
import { readLearnerSettings, schedulerFor } from './settings';

export interface GradeCardInput {
	learnerId: string;
	cardId: string;
	grade: Grade;
	now: EpochMs;
	/** The learner's scheduler: `schedulerFor(await getLearnerSettings(db, learnerId))`. */
	scheduler: Scheduler;
	/**
	 * As `new Date(now).getTimezoneOffset()` gives it: dates the review by the learner's local day
	 * (streaks, reviews per day, the daily new-card limit). UTC when absent.
	 */
	timezoneOffset?: number;
	newId?: NewId;
}

/** What grading a card did. */
export interface GradeCardOutcome {
	/** The card's new state. */
	state: CardState;
	/** The log entry written; `review.previous` is what {@link undoLastReview} restores. */
	review: StoredReview;
}

/**
 * Grades a card: reads its state, schedules it, and writes the log entry and the new state in
 * one transaction, so that both are saved or neither is.
 * @throws {NotFoundError} if there is no such learner.
 * @throws {QuotaError} when the device is full: nothing was written.
 */
export async function gradeCard(db: StudyDB, input: GradeCardInput): Promise<GradeCardOutcome> {
	return guarded(() =>
		db.transaction('rw', [db.learners, db.cardStates, db.reviewLog, db.dailyStats], async () => {
			await requireLearner(db, input.learnerId);
			return applyReview(db, { ...input, source: 'study' });
		})
	);
}

/**
 * Reviews one card inside the caller's transaction (which must cover cardStates, reviewLog and
 * dailyStats): the log entry first, then the state, so that a failure on the state also undoes
 * the entry.
 */
export async function applyReview(
	db: StudyDB,
	input: GradeCardInput & { source: ReviewSource; quizAttemptId?: string }
): Promise<GradeCardOutcome> {
	const { learnerId, cardId, grade, now, scheduler, source, quizAttemptId } = input;
	const previous = await readCardState(db, learnerId, cardId);
	const { state, log } = scheduler.grade(previous ?? newCardState(cardId, now), grade, now);
	const review: StoredReview = {
		...log,
		id: (input.newId ?? randomId)(),
		learnerId,
		factId: factIdOf(cardId),
		day: dayKey(now, input.timezoneOffset),
		source,
		...(quizAttemptId === undefined ? {} : { quizAttemptId }),
		previous
	};
	review.seq = await db.reviewLog.add(review);
	await db.cardStates.put({ ...state, learnerId });
	await countReviews(db, [review], 1);
	return { state, review };
}

/**
 * Undoes the learner's last review from the study screen: restores the card's state exactly as
 * it was (or removes it, for a card seen for the first time) and deletes the log entry, in one
 * transaction. Returns the entry undone, or null when there is nothing to undo: no review, the
 * last one came from a quiz (part of a saved attempt), or it is not `expectedId`.
 */
export async function undoLastReview(
	db: StudyDB,
	learnerId: string,
	expectedId?: string
): Promise<StoredReview | null> {
	return guarded(() =>
		db.transaction('rw', [db.cardStates, db.reviewLog, db.dailyStats], async () => {
			const last = await learnerReviews(db, learnerId, -Infinity).last();
			if (!last || last.seq === undefined || last.source !== 'study') return null;
			if (expectedId !== undefined && last.id !== expectedId) return null;
			const current = await db.cardStates.get([learnerId, last.cardId]);
			// The card must still be in the state this review left it in, or undo would lose a later one.
			if (!current || current.lastReview !== last.reviewedAt || current.due !== last.due) {
				return null;
			}
			await db.reviewLog.delete(last.seq);
			if (last.previous) await db.cardStates.put({ ...last.previous, learnerId });
			else await db.cardStates.delete([learnerId, last.cardId]);
			await countReviews(db, [last], -1);
			return last;
		})
	);
}

/** A card's state for a learner, or null if it was never reviewed. */
export async function getCardState(
	db: StudyDB,
	learnerId: string,
	cardId: string
): Promise<CardState | null> {
	return guarded(() => readCardState(db, learnerId, cardId));
}

export interface StudyQueueRequest {
	learnerId: string;
	/** Every card the learner may study (from the engine), in the order new cards come. */
	cardIds: readonly string[];
	now: EpochMs;
	/** As `new Date(now).getTimezoneOffset()` gives it: where "today" starts. UTC when absent. */
	timezoneOffset?: number;
	/** Overrides the learner's new-cards-per-day setting. */
	newLimit?: number;
	/** New cards beyond the day's limit the learner asked for ("10 more today"). */
	extraNew?: number;
	/**
	 * With an exam ahead that the minutes given cannot reach, also find the minutes a day that
	 * would (`ExamPlan.minutesNeeded`): a dozen plans, so ask for it after the queue is shown.
	 */
	findExamMinutes?: boolean;
}

/** The study queue and what the study screen shows around it. */
export interface StudyQueue {
	/** Card ids to study now: due cards, most overdue first, then new cards. */
	cardIds: string[];
	/** How many of them are due reviews (the rest are new). */
	dueCount: number;
	newCount: number;
	/** New cards already introduced today from the study screen. */
	newIntroducedToday: number;
	newLimit: number;
	/** When the next card not yet due comes due (a learning step), or null. */
	nextDueAt: EpochMs | null;
	/** The stored states of the learner's cards, for the grade buttons' previews. */
	states: Map<string, CardState>;
	/** The exam plan the queue follows, while the learner's exam is ahead. */
	exam?: ExamPlan;
}

/**
 * The study queue of a learner at `now`. Reads the learner's card states and today's counts
 * only, so it stays fast with a long history.
 * New cards introduced by a quiz do not count against the daily limit: it limits study only.
 */
export async function loadStudyQueue(db: StudyDB, request: StudyQueueRequest): Promise<StudyQueue> {
	const { learnerId, cardIds, now } = request;
	const read = await guarded(() =>
		db.transaction('r', [db.cardStates, db.dailyStats, db.learnerSettings], async () => {
			const settings = await readLearnerSettings(db, learnerId);
			const stored = await db.cardStates.where('learnerId').equals(learnerId).toArray();
			const todayStats = await db.dailyStats.get([learnerId, dayKey(now, request.timezoneOffset)]);
			return { settings, stored, todayStats };
		})
	);
	const { settings, stored, todayStats } = read;
	const newLimit = (request.newLimit ?? settings.newPerDay) + (request.extraNew ?? 0);
	const today = todayStats?.newStudied ?? 0;
	const states = new Map(stored.map((state) => [state.cardId, withoutLearner(state)]));
	const endOfToday = dayStart(now, request.timezoneOffset) + DAY_MS;
	const offered = new Set(cardIds);
	const nextDueAt = nextDueAfter(
		[...states.values()].filter((state) => offered.has(state.cardId)),
		now,
		endOfToday
	);
	// An exam ahead plans the whole deck; a focused session (its own new limit) stays as it is.
	const todayKey = dayKey(now, request.timezoneOffset);
	if (request.newLimit === undefined && examAhead(settings.exam, todayKey)) {
		// Loaded only while an exam is ahead: the planner stays out of the study page's first load.
		const { planExam } = await import('../scheduling/exam');
		const exam = planExam(
			{
				cardIds,
				states,
				scheduler: schedulerFor(settings),
				goal: settings.exam!,
				now,
				...(request.timezoneOffset === undefined ? {} : { timezoneOffset: request.timezoneOffset }),
				spentToday: secondsStudied(todayStats)
			},
			{ findMinutes: request.findExamMinutes === true }
		);
		const day = exam.days[0]!;
		return {
			cardIds: day.cards,
			dueCount: day.cards.length - day.fresh,
			newCount: day.fresh,
			newIntroducedToday: today,
			newLimit,
			nextDueAt,
			states,
			exam
		};
	}
	const queue = buildStudyQueue({
		endOfToday,
		cardIds,
		states: states.values(),
		now,
		newLimit,
		newIntroducedToday: today
	});
	const dueCount = queue.filter((id) => {
		const state = states.get(id);
		return state !== undefined && state.phase !== 'new';
	}).length;
	return {
		cardIds: queue,
		dueCount,
		newCount: queue.length - dueCount,
		newIntroducedToday: today,
		newLimit,
		nextDueAt,
		states
	};
}

/** Today's study so far in seconds, at the exam plan's rates: what is left of the day's minutes. */
function secondsStudied(stats: { reviews: number; newStudied: number } | undefined): number {
	if (!stats) return 0;
	return stats.reviews * REVIEW_SECONDS + stats.newStudied * (NEW_CARD_SECONDS - REVIEW_SECONDS);
}

/** The learner's reviews from `from` on, in time order (ties in the order written). */
export function learnerReviews(db: StudyDB, learnerId: string, from: EpochMs, to = Infinity) {
	return db.reviewLog
		.where('[learnerId+reviewedAt]')
		.between([learnerId, from], [learnerId, to], true, false);
}

export async function requireLearner(db: StudyDB, learnerId: string): Promise<void> {
	if (!(await db.learners.get(learnerId))) {
		throw new NotFoundError('This learner no longer exists.');
	}
}

async function readCardState(
	db: StudyDB,
	learnerId: string,
	cardId: string
): Promise<CardState | null> {
	const stored = await db.cardStates.get([learnerId, cardId]);
	if (!stored) return null;
	const checked = v.safeParse(CardStateSchema, withoutLearner(stored));
	if (!checked.success) {
		throw new StorageError(
			`The saved progress of card "${cardId}" is damaged (${v.summarize(checked.issues)}).`
		);
	}
	return checked.output;
}

/** The card state of a stored record, without the learner it belongs to. */
export function withoutLearner(stored: StoredCardState): CardState {
	const state: Partial<StoredCardState> = { ...stored };
	delete state.learnerId;
	return state as CardState;
}
