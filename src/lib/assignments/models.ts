/**
 * The types of teacher assignments and student results. An assignment carries a quiz spec and a
 * seed, not questions: every device rebuilds the same quiz from the same facts.
 */
import type { Fact } from '../content/models';
import type { GivenAnswer, QuizSpec } from '../engine/models';

/** Milliseconds since the epoch, as the rest of the app keeps time. */
export type EpochMs = number;

export const FEEDBACK_MODES = ['during', 'end', 'none'] as const;
/**
 * When a student sees how they did:
 * - `during`: right or wrong after each answer, and the score at the end;
 * - `end`: the score and corrections only after submitting;
 * - `none`: only the result code; the teacher shares the marks.
 */
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

/** Limits on what an assignment or a result may hold; codes beyond them are refused. */
export const LIMITS = {
	title: 120,
	name: 80,
	typedAnswer: 200,
	seed: 64,
	/** Topics a spec may name, and the length of any id (a topic, a pack). */
	topics: 32,
	id: 64,
	/** A day at most: a longer limit is no limit. */
	timeLimitMinutes: 24 * 60,
	/** A week: a longer quiz is not one sitting. */
	durationSeconds: 7 * 24 * 60 * 60
} as const;

/** What the teacher chooses when composing an assignment. */
export interface AssignmentDraft {
	/** Shown to students above the quiz; 1 to {@link LIMITS.title} characters. */
	title: string;
	/** The content pack the facts come from (its kebab-case id). */
	pack: string;
	spec: QuizSpec;
	/** Whole minutes, absent for no limit. */
	timeLimitMinutes?: number;
	/** The last day to submit, `YYYY-MM-DD`, absent for none. */
	due?: string;
	/** The score, in percent (0 to 100), at or above which a student passes. */
	passMark: number;
	feedback: FeedbackMode;
	/**
	 * Each student may submit again (absent: once). The report lists every attempt, and the
	 * teacher chooses which one counts.
	 */
	retries?: true;
}

/** An assignment as made on the teacher's device and carried, whole, by its link. */
export interface Assignment extends AssignmentDraft {
	/** 10 characters of base32 from 6 random bytes; results name their assignment by it. */
	id: string;
	/** The teacher's ECDH P-256 public key, raw, in base64url: results are encrypted to it. */
	teacherKey: string;
	/**
	 * {@link quizFingerprint} of the quiz the teacher's device built. A student's device that
	 * builds another quiz (other content) says so instead of collecting unreadable answers.
	 * Opened by a join code, its first character only.
	 */
	quizHash: string;
	/** When the teacher made it (whole seconds); 0 where opened by a join code (unknown there). */
	createdAt: EpochMs;
	/**
	 * The format version of the app that made the link (`FORMAT_VERSION` in `frame.ts`); its
	 * quiz generator is that version's. Absent in assignments stored before version 2: 1.
	 */
	formatVersion?: number;
}

/**
 * An assignment as a student's device opened it: by its link, whole, or by its join code (see
 * `join-code.ts`), which has no room for the teacher's key: results of such an assignment are
 * signed by the student's profile instead of encrypted to the teacher.
 */
export type OpenedAssignment = Omit<Assignment, 'teacherKey'> & {
	teacherKey?: string;
	/** The join code (`K7M2-9QXD-4HTR`) it was opened by; absent when opened by the link. */
	joinCode?: string;
};

/**
 * An answer as given (the engine's type): multiple choice and true/false by the option's text,
 * not its position, so shuffling options per student does not change grading.
 */
export type { GivenAnswer };

/** A student's submission, as the student's device encodes it and the teacher's decodes it. */
export interface StudentResult {
	assignmentId: string;
	/** As the student typed it, trimmed and with single spaces; 1 to {@link LIMITS.name}. */
	name: string;
	/** One per question, in the quiz's order. */
	answers: GivenAnswer[];
	/** When it was submitted (whole seconds). */
	submittedAt: EpochMs;
	/** Time from opening the quiz to submitting, in whole seconds. */
	durationSeconds: number;
	/**
	 * The learner profile that took it, as `studentToken` in `result.ts` makes it: two students who typed the same
	 * name have different ones. Absent in codes of format 5 and earlier.
	 */
	student?: string;
}

/**
 * Answers to typed and numeric questions that the teacher accepted after reading the class's
 * answers, by question id: each is graded right for every student, as the key's own answer is.
 * Kept as typed; compared as {@link answerKey} keys.
 */
export type AcceptedAnswers = Readonly<Record<string, readonly string[]>>;

/** A result as the teacher's device keeps it, under a stable id so it is imported once. */
export interface CollectedResult extends StudentResult {
	/** {@link resultId}: the same result always gets the same id, however often it is encoded. */
	id: string;
}

/** A fact, with the pack it belongs to where known, for links to its place in the speech. */
export type ReportFact = Fact & { pack?: string };
