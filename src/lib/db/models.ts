/**
 * The records the database stores, and the inputs of the repository functions.
 * Times are epoch milliseconds (UTC), as in the scheduling layer. Every id that leaves the device
 * (in a backup) is a UUID, so that two devices or two imports never collide.
 */
import type { AcceptedAnswers, Assignment, CollectedResult } from '../assignments/models';
import type { Quiz } from '../engine/models';
import type { GivenAnswer } from '../engine/models';
import type { ExamGoal } from '../scheduling/exam-goal';
import type { CardState, EpochMs, ReviewLogEntry } from '../scheduling/models';

/** One learner on this device: several may share one phone. */
export interface Learner {
	/** A UUID: stable across backups, so importing a backup twice adds the learner once. */
	id: string;
	/** As the learner typed it, trimmed; 1 to {@link MAX_NAME_LENGTH} characters. */
	name: string;
	createdAt: EpochMs;
	/**
	 * The profile's ECDSA P-256 key pair, as text (`StoredKeyPair` of `assignments/keys.ts`): made
	 * the first time the learner submits an assignment opened by its short join code, whose
	 * results it signs. Its public key is who the teacher sees; it goes into the learner's backup,
	 * so that a restored profile goes on signing as the same student.
	 */
	signingKeys?: { publicKey: string; privateKey: string };
}

/** The longest learner name accepted. */
export const MAX_NAME_LENGTH = 60;

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** One learner's preferences (schema v2; v1 kept them as rows of a key-value table). */
export interface LearnerSettings {
	learnerId: string;
	/** The chance of recall FSRS aims for, {@link MIN_RETENTION} to {@link MAX_RETENTION}. */
	desiredRetention: number;
	/** New cards introduced per day, 0 to {@link MAX_NEW_PER_DAY}. */
	newPerDay: number;
	theme: Theme;
	/**
	 * The exam this learner studies for (schema v5 records may hold it; absent: none). While it
	 * is ahead, the study queue follows the exam plan (`scheduling/exam.ts`); after it, FSRS as ever.
	 */
	exam?: ExamGoal;
}

/** The range of desired retention the settings accept: FSRS advises against going outside it. */
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.99;
export const MAX_NEW_PER_DAY = 500;

/** A card's state for one learner: the primary key is `[learnerId+cardId]`. */
export interface StoredCardState extends CardState {
	learnerId: string;
}

/** Where a review came from: the study screen, or an answer in a quiz. */
export type ReviewSource = 'study' | 'quiz';

/** One entry of the append-only review log. */
export interface StoredReview extends ReviewLogEntry {
	/**
	 * Auto-increment: the order reviews were written on this device, which breaks ties between
	 * reviews at the same millisecond (one quiz grades many cards at once). Not exported.
	 */
	seq?: number;
	/** A UUID, unique: importing a backup twice adds each review once. */
	id: string;
	learnerId: string;
	/** The fact of the card (schema v2, backfilled from `cardId`): per-fact history and stats. */
	factId: string;
	/**
	 * The learner's local date of the review, `YYYY-MM-DD`, by the time zone in effect then
	 * (schema v2; reviews written by v1 are dated in UTC). Undo uncounts the review from this day.
	 */
	day: string;
	source: ReviewSource;
	/** The quiz attempt an answer came from, for `source: 'quiz'`. */
	quizAttemptId?: string;
	/**
	 * The card's state before this review, or null if it had none: undo restores it exactly and
	 * the day's count of new cards is read from it.
	 */
	previous: CardState | null;
}

/** What the learner gave as an answer (the engine's type: the quiz grades it). */
export type { GivenAnswer };

/** One answered question of a quiz. */
export interface QuizAnswer {
	/** The question's id as the engine made it, e.g. `mc:khojaly-killed`. */
	questionId: string;
	/** The facts the question asked. */
	factIds: string[];
	given: GivenAnswer;
	correct: boolean;
	/**
	 * Per-fact outcome, for questions on several facts (match, order) where some parts can be
	 * right and others wrong; when absent, every fact counts as `correct`.
	 */
	factResults?: { factId: string; correct: boolean }[];
}

/** What quiz was taken: enough to show it in a history and to take it again. */
export interface QuizMeta {
	/** The content pack the quiz was drawn from. */
	packId: string;
	/** A label for history lists, e.g. "Khojaly — 10 questions". */
	title: string;
	/** The quiz spec (plain JSON), so the same quiz can be rebuilt from its seed. */
	spec?: JsonValue;
	/** The teacher's assignment it answered, if any. */
	assignmentId?: string;
}

/** A JSON value. */
export type JsonValue =
	string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A finished quiz with every answer given. */
export interface QuizAttempt {
	/** A UUID. */
	id: string;
	learnerId: string;
	quiz: QuizMeta;
	startedAt: EpochMs;
	finishedAt: EpochMs;
	answers: QuizAnswer[];
	/** How many answers were correct (stored so history lists need not recount). */
	correctCount: number;
}

/**
 * One learner's review counts on one local day (schema v2), kept up to date in the transaction
 * that writes or undoes each review: the dashboard and the daily new-card limit read these few
 * rows instead of a long review log. Derived data: not exported, rebuilt on import.
 */
export interface DailyStats {
	learnerId: string;
	/** `YYYY-MM-DD`, as {@link StoredReview.day}. */
	day: string;
	reviews: number;
	/** Reviews of cards that were in long-term review: the base of true retention. */
	reviewsOfMature: number;
	/** Of those, the ones not forgotten (graded other than again). */
	remembered: number;
	/** Cards seen for the first time from the study screen: counts against the new-card limit. */
	newStudied: number;
}

/** App-wide (not per-learner) key-value settings. */
export interface AppSetting {
	key: 'activeLearnerId';
	value: string;
}

/**
 * The teacher's key pair on this device (schema v3): results are encrypted to its public key and
 * read with its private key. The one in use has id `'teacher'`; a key restored from a backup of
 * another device is kept beside it under another id, so its assignments stay readable.
 */
export interface TeacherKeyRecord {
	/** `'teacher'` for this device's key; `teacher:<start of the public key>` for restored ones. */
	id: string;
	/** The raw public point in base64url, as assignment links carry it. */
	publicKey: string;
	/** PKCS #8 in base64url. Secret: never in a link, a log or a result. */
	privateKey: string;
	createdAt: EpochMs;
}

/** The id of the teacher key this device makes assignments with. */
export const TEACHER_KEY_ID = 'teacher';

/**
 * An assignment as the teacher's device keeps it (schema v3): with the quiz it built, which
 * reading results and the class report need, and the share link.
 */
export interface StoredAssignment {
	/** The assignment's id (10 base32 characters). */
	id: string;
	createdAt: EpochMs;
	assignment: Assignment;
	/** The quiz this device built from the assignment's spec when making it. */
	quiz: Quiz;
	/** The share link, `<page>#SSA-…`. */
	link: string;
	/** Typed answers the teacher accepted after reading the class's answers (by question id). */
	accepted?: AcceptedAnswers;
}

/**
 * A result code a student submitted on this device (schema v3), so that reopening the link shows
 * the same code again instead of a second attempt. Keyed by assignment and name (with the
 * learner profile's token, from format 6 on).
 */
export interface StudentSubmission {
	assignmentId: string;
	/** The name cleaned and lower-cased: "Leyla" and " leyla " are one student. */
	nameKey: string;
	/** As the student typed it, cleaned. */
	name: string;
	/** The result code, `SSR-…`: each encoding differs, so the first one is kept. */
	code: string;
	submittedAt: EpochMs;
	durationSeconds: number;
	correct: number;
	total: number;
	/**
	 * The learner profile that submitted it (its result-code token): on a shared phone, another
	 * profile typing the same name neither sees this submission nor replaces it. Absent before.
	 */
	student?: string;
}

/**
 * A quiz or an assignment in progress (schema v5), saved after every answer. `key` names the
 * screen (`quiz`, `assignment:<id>`); `value` is what that screen needs to carry on, as JSON,
 * checked by the screen when it is read back.
 */
export interface RunInProgress {
	learnerId: string;
	key: string;
	savedAt: EpochMs;
	value: JsonValue;
}

export type { CollectedResult };
