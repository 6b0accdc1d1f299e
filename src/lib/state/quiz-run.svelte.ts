/**
 * One sitting of a quiz: which question is shown, what was answered, how it was graded, the score
 * and the time. Knows nothing of storage: `answers()` gives what `recordQuizAttempt` stores.
 * The quiz screen and teacher assignments both drive a run through `QuizPlayer`.
 */
import type { QuizAnswer } from '$lib/db/models';
import { gradeQuestion, type FactLookup, type QuestionGrade } from '$lib/engine/grade-question';
import type { GivenAnswer, Question, Quiz, QuizSpec } from '$lib/engine/models';
import { percentOf } from '$lib/text/format';

/** What a learner asks for on the quiz setup: a spec without its seed (drawn later), and a title. */
export type QuizChoice = Omit<QuizSpec, 'seed'> & {
	/** A label for the history list, e.g. "Quick 10". */
	title: string;
};

export interface QuizRunOptions {
	/** `during`: the right answer after each question; `end`: only in the results (a test). */
	feedback: 'during' | 'end';
	/** The clock, passed in so that tests and assignments control time. */
	now: () => number;
	/** When set, the run finishes by itself once this many seconds have passed (see `tick`). */
	timeLimitSeconds?: number;
	/** The facts of the quiz, for per-fact results of matching questions. */
	facts?: FactLookup;
	/** Carries on a run saved by {@link QuizRun.snapshot} (before the app reloaded). */
	resume?: QuizRunSnapshot;
	/**
	 * Submit like an exam (an assignment): questions may be skipped, and after the last one the
	 * learner reviews every answer, reopens any (with `end` feedback; only unanswered ones with
	 * `during`, whose answers were already marked) and submits with {@link QuizRun.finish}.
	 */
	review?: boolean;
}

/** A run in progress as plain JSON: enough to carry it on after a reload. */
export interface QuizRunSnapshot {
	startedAt: number;
	/** Set once the run is over: a finished run kept for saving after a reload. */
	finishedAt?: number;
	index: number;
	results: (QuestionResult | null)[];
	/** On the review screen, before submitting (absent: false). */
	reviewing?: boolean;
}

/** A graded answer to one question. */
export interface QuestionResult extends QuestionGrade {
	given: GivenAnswer;
}

/** A question the learner got wrong (or left unanswered), for the results screen. */
export interface MissedQuestion {
	index: number;
	question: Question;
	result: QuestionResult;
}

export class QuizRun {
	readonly quiz: Quiz;
	readonly feedback: 'during' | 'end';
	readonly startedAt: number;
	readonly timeLimitSeconds: number | undefined;
	readonly review: boolean;
	readonly #now: () => number;
	readonly #facts: FactLookup | undefined;

	#index = $state(0);
	#results = $state<(QuestionResult | undefined)[]>([]);
	#finishedAt = $state<number | null>(null);
	#clock = $state(0);
	#reviewing = $state(false);
	/** The current question was reopened from the review: answering it goes back there. */
	#reopened = $state(false);

	readonly current: Question | undefined;
	/** The current question's result, once answered. */
	readonly currentResult: QuestionResult | undefined;
	readonly answeredCount: number;
	readonly score: number;
	/** The score as a whole percentage of every question. */
	readonly percent: number;
	/** How far through the quiz, 0 to 1, counting answered questions. */
	readonly progress: number;
	/** Wrong and unanswered questions, in the order asked. */
	readonly missed: MissedQuestion[];
	/** Milliseconds since the start, as of the last `tick` (or the finish). */
	readonly elapsed: number;
	/** Seconds left, or undefined without a time limit. */
	readonly remainingSeconds: number | undefined;

	constructor(quiz: Quiz, options: QuizRunOptions) {
		this.quiz = quiz;
		this.feedback = options.feedback;
		this.timeLimitSeconds = options.timeLimitSeconds;
		this.review = options.review ?? false;
		this.#now = options.now;
		this.#facts = options.facts;
		const { resume } = options;
		this.startedAt = resume?.startedAt ?? options.now();
		this.#clock = options.now();
		this.#results = quiz.questions.map((_, index) => resume?.results[index] ?? undefined);
		this.#index = Math.min(resume?.index ?? 0, Math.max(0, quiz.questions.length - 1));
		this.#finishedAt = resume?.finishedAt ?? null;
		this.#reviewing = this.review && (resume?.reviewing ?? false);
		this.current = $derived(this.quiz.questions[this.#index]);
		this.currentResult = $derived(this.#results[this.#index]);
		this.answeredCount = $derived(this.#results.filter(Boolean).length);
		this.score = $derived(this.#results.filter((result) => result?.correct).length);
		this.percent = $derived(percentOf(this.score, this.total));
		this.progress = $derived(this.total ? this.answeredCount / this.total : 1);
		this.missed = $derived(
			this.quiz.questions.flatMap((question, index) => {
				const result = this.#results[index] ?? this.#unanswered(question);
				return result.correct ? [] : [{ index, question, result }];
			})
		);
		this.elapsed = $derived((this.#finishedAt ?? this.#clock) - this.startedAt);
		this.remainingSeconds = $derived(
			this.timeLimitSeconds === undefined
				? undefined
				: Math.max(0, Math.ceil(this.timeLimitSeconds - this.elapsed / 1000))
		);
	}

	/** Position of the current question, from 0. */
	get index(): number {
		return this.#index;
	}

	get total(): number {
		return this.quiz.questions.length;
	}

	get isLast(): boolean {
		return this.#index >= this.total - 1;
	}

	get finished(): boolean {
		return this.#finishedAt !== null;
	}

	get finishedAt(): number | null {
		return this.#finishedAt;
	}

	/** On the review screen: every answer shown, none yet submitted. */
	get reviewing(): boolean {
		return this.#reviewing && !this.finished;
	}

	/** Moving on from the current question leads to the review screen, not another question. */
	get returnsToReview(): boolean {
		return this.review && (this.isLast || this.#reopened);
	}

	/**
	 * Whether question `index` may be (re)answered from the review: an unanswered one always; an
	 * answered one only when no feedback was shown for it.
	 */
	canReopen(index: number): boolean {
		return (
			this.review &&
			!this.finished &&
			index >= 0 &&
			index < this.total &&
			(this.#results[index] === undefined || this.feedback === 'end')
		);
	}

	/** Leaves the review for question `index`; answering it comes back to the review. */
	reopen(index: number): void {
		if (!this.canReopen(index)) throw new Error('This question cannot be changed now.');
		this.#index = index;
		this.#reviewing = false;
		this.#reopened = true;
	}

	/** Leaves the current question unanswered for now (a run with review only). */
	skip(): void {
		if (!this.review || this.finished) return;
		this.next();
	}

	/** Every question's result, undefined where not answered. */
	get results(): readonly (QuestionResult | undefined)[] {
		return this.#results;
	}

	/**
	 * Grades the current question. Each question is answered once.
	 * @throws {Error} when the run is finished or the question already answered.
	 */
	answer(given: GivenAnswer): QuestionResult {
		const question = this.current;
		if (this.finished || !question) throw new Error('This quiz is finished.');
		if (this.currentResult && !(this.review && this.feedback === 'end')) {
			throw new Error('This question is already answered.');
		}
		const result: QuestionResult = { ...gradeQuestion(question, given, this.#facts), given };
		this.#results[this.#index] = result;
		this.tick();
		return result;
	}

	/** The run as plain JSON, to carry it on after a reload (`resume`). */
	snapshot(): QuizRunSnapshot {
		return {
			startedAt: this.startedAt,
			...(this.#finishedAt === null ? {} : { finishedAt: this.#finishedAt }),
			index: this.#index,
			results: $state.snapshot(this.#results).map((result) => result ?? null),
			...(this.#reviewing ? { reviewing: true } : {})
		};
	}

	/**
	 * Moves on to the next question; after the last, finishes (or, with review, goes to the review
	 * screen). Returns false when there is no next question.
	 */
	next(): boolean {
		if (this.finished) return false;
		if (this.returnsToReview) {
			this.#reviewing = true;
			this.#reopened = false;
			return false;
		}
		if (this.isLast) {
			this.finish();
			return false;
		}
		this.#index++;
		return true;
	}

	/** Ends the run; unanswered questions count as missed. Does nothing the second time. */
	finish(): void {
		if (this.finished) return;
		this.#clock = this.#now();
		this.#finishedAt = this.#clock;
	}

	/** Reads the clock: updates `elapsed`, and finishes the run when its time is up. */
	tick(): void {
		if (this.finished) return;
		this.#clock = this.#now();
		if (this.remainingSeconds === 0) this.finish();
	}

	/**
	 * Every question in the order asked, as the storage layer records it. An unanswered question
	 * (the time ran out) counts as wrong, as it would on paper.
	 */
	answers(): QuizAnswer[] {
		return this.quiz.questions.map((question, index) => {
			const result = this.#results[index] ?? this.#unanswered(question);
			const answer: QuizAnswer = {
				questionId: question.id,
				factIds: [...question.factIds],
				given: $state.snapshot(result.given) as GivenAnswer,
				correct: result.correct
			};
			if (result.factResults) answer.factResults = result.factResults.map((part) => ({ ...part }));
			return answer;
		});
	}

	#unanswered(question: Question): QuestionResult {
		return { ...gradeQuestion(question, null), given: null };
	}
}
