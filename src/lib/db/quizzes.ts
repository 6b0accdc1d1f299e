/** Quiz attempts: stored with every answer, and fed into the same memory model as study. */
import * as v from 'valibot';
import type { EpochMs } from '../scheduling/models';
import { quizOutcomeToGrade, type Scheduler } from '../scheduling/scheduler';
import { quizCardId } from './card-ids';
import type { StudyDB } from './db';
import { guarded, InputError } from './errors';
import { randomId, type NewId } from './ids';
import type { QuizAnswer, QuizAttempt, QuizMeta, StoredReview } from './models';
import { QuizAttemptSchema } from './records';
import { applyReview, requireLearner } from './reviews';

export interface RecordQuizInput {
	learnerId: string;
	quiz: QuizMeta;
	/** Every answered question, in the order asked. */
	answers: QuizAnswer[];
	startedAt: EpochMs;
	finishedAt: EpochMs;
	/** When the answers count as reviews (usually `finishedAt`). */
	now: EpochMs;
	scheduler: Scheduler;
	/** As `new Date(now).getTimezoneOffset()` gives it: the local day of the reviews. UTC when absent. */
	timezoneOffset?: number;
	newId?: NewId;
	/**
	 * The screen whose run in progress this attempt ends (`quiz`): forgotten in the same
	 * transaction, so that no reload can find the run again and save it twice.
	 */
	endsRun?: string;
}

export interface RecordQuizOutcome {
	attempt: QuizAttempt;
	/** One review per fact asked, of the fact's `qa` card. */
	reviews: StoredReview[];
}

/**
 * Saves a finished quiz and counts each fact it asked as a review of the fact's `qa` card:
 * correct → good, wrong → again. A fact asked by several questions counts once, as correct only
 * if every answer on it was. All of it is one transaction: the attempt and every review, or nothing.
 * @throws {InputError} for a malformed attempt, naming what is wrong.
 */
export async function recordQuizAttempt(
	db: StudyDB,
	input: RecordQuizInput
): Promise<RecordQuizOutcome> {
	const newId = input.newId ?? randomId;
	const checked = v.safeParse(QuizAttemptSchema, {
		id: newId(),
		learnerId: input.learnerId,
		quiz: input.quiz,
		startedAt: input.startedAt,
		finishedAt: input.finishedAt,
		answers: input.answers,
		correctCount: input.answers.filter((answer) => answer.correct).length
	});
	if (!checked.success) {
		throw new InputError(`This quiz attempt cannot be saved: ${v.summarize(checked.issues)}`);
	}
	const attempt = checked.output;
	return guarded(() =>
		db.transaction(
			'rw',
			[db.learners, db.quizAttempts, db.cardStates, db.reviewLog, db.dailyStats, db.runsInProgress],
			async () => {
				await requireLearner(db, attempt.learnerId);
				await db.quizAttempts.add(attempt);
				if (input.endsRun) await db.runsInProgress.delete([attempt.learnerId, input.endsRun]);
				const reviews: StoredReview[] = [];
				for (const [factId, correct] of factOutcomes(attempt.answers)) {
					const { review } = await applyReview(db, {
						learnerId: attempt.learnerId,
						cardId: quizCardId(factId),
						grade: quizOutcomeToGrade(correct),
						now: input.now,
						scheduler: input.scheduler,
						...(input.timezoneOffset === undefined ? {} : { timezoneOffset: input.timezoneOffset }),
						newId,
						source: 'quiz',
						quizAttemptId: attempt.id
					});
					reviews.push(review);
				}
				return { attempt, reviews };
			}
		)
	);
}

/** Each fact asked, in the order first asked, with whether every answer on it was right. */
export function factOutcomes(answers: readonly QuizAnswer[]): Map<string, boolean> {
	const outcomes = new Map<string, boolean>();
	for (const answer of answers) {
		const results = new Map(answer.factResults?.map((result) => [result.factId, result.correct]));
		for (const factId of answer.factIds) {
			const correct = results.get(factId) ?? answer.correct;
			outcomes.set(factId, (outcomes.get(factId) ?? true) && correct);
		}
	}
	return outcomes;
}

/** A learner's quiz attempts, the latest first. */
export async function listQuizAttempts(
	db: StudyDB,
	learnerId: string,
	limit = Infinity
): Promise<QuizAttempt[]> {
	return guarded(() => {
		const attempts = db.quizAttempts
			.where('[learnerId+finishedAt]')
			.between([learnerId, -Infinity], [learnerId, Infinity], true, true)
			.reverse();
		return (Number.isFinite(limit) ? attempts.limit(limit) : attempts).toArray();
	});
}
