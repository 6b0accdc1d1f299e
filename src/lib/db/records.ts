/**
 * Valibot schemas of every stored record, strict (unknown keys are refused): backups are checked
 * against them before anything is written, and card states are checked as they are read back.
 */
import * as v from 'valibot';
import { TIME_RANGE } from '../scheduling/time';
import { AssignmentSchema, quizFingerprint } from '../assignments/assignment';
import { LIMITS } from '../assignments/models';
import { QUESTION_TYPES, type Question, type Quiz } from '../engine/models';
import type { ExamGoal } from '../scheduling/exam-goal';
import { CARD_PHASES, GRADES, type CardState } from '../scheduling/models';
import { isExamGoal } from './settings-values';
import {
	MAX_NAME_LENGTH,
	MAX_NEW_PER_DAY,
	MAX_RETENTION,
	MIN_RETENTION,
	THEMES,
	type JsonValue,
	type Learner,
	type LearnerSettings,
	type QuizAnswer,
	type CollectedResult,
	type QuizAttempt,
	type StoredAssignment,
	type StoredCardState,
	type StoredReview,
	type StudentSubmission,
	type TeacherKeyRecord
} from './models';

const Id = v.pipe(v.string(), v.nonEmpty(), v.maxLength(200));

const Base64Url = (max: number) =>
	v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/), v.maxLength(max));

/** A P-256 key pair as text: the raw public point and the PKCS #8 private key, in base64url. */
const KeyPairEntries = {
	publicKey: v.pipe(Base64Url(87), v.length(87)),
	privateKey: Base64Url(2000)
};

/** A century: no interval or stability of a card is longer. */
const MAX_DAYS = 36_525;
/** More alternative answers to one question than a teacher accepts by hand. */
const MAX_ACCEPTED = 100;
/** More reviews, lapses or answers than anyone gives. */
const MAX_COUNT = 10_000_000;

export { TIME_RANGE };

/** Epoch milliseconds, within {@link TIME_RANGE}. */
const Time = v.pipe(
	v.number(),
	v.integer(),
	v.minValue(TIME_RANGE.min, 'a time before the year 2000'),
	v.maxValue(TIME_RANGE.max, 'a time after the year 2100')
);
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));
const Days = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_DAYS));
/**
 * FSRS stability, in days: the scheduler caps intervals at a century but not stability, which
 * a run of "Easy" answers can take past it; bounded only against a forged value.
 */
const Stability = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_DAYS * 1000));
/** FSRS difficulty: 1 to 10, 0 for a card never reviewed. */
const CardDifficulty = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10));
const Real = v.pipe(v.number(), v.finite());

const cardStateEntries = {
	cardId: Id,
	phase: v.picklist(CARD_PHASES),
	due: Time,
	stability: Stability,
	difficulty: CardDifficulty,
	elapsedDays: Days,
	scheduledDays: Days,
	learningSteps: Count,
	reps: Count,
	lapses: Count,
	lastReview: v.nullable(Time)
};

export const CardStateSchema: v.GenericSchema<CardState> = v.strictObject(cardStateEntries);

export const StoredCardStateSchema: v.GenericSchema<StoredCardState> = v.strictObject({
	...cardStateEntries,
	learnerId: Id
});

export const LearnerSchema: v.GenericSchema<Learner> = v.strictObject({
	id: Id,
	name: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(MAX_NAME_LENGTH)),
	createdAt: Time,
	signingKeys: v.optional(v.strictObject(KeyPairEntries))
});

export const LearnerSettingsSchema: v.GenericSchema<LearnerSettings> = v.strictObject({
	learnerId: Id,
	desiredRetention: v.pipe(v.number(), v.minValue(MIN_RETENTION), v.maxValue(MAX_RETENTION)),
	newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_NEW_PER_DAY)),
	theme: v.picklist(THEMES),
	exam: v.optional(v.custom<ExamGoal>(isExamGoal, 'an exam goal the planner can use'))
});

/** A review as exported: everything but the device-local `seq`. */
export const ReviewSchema: v.GenericSchema<StoredReview> = v.strictObject({
	id: Id,
	learnerId: Id,
	factId: Id,
	day: v.pipe(v.string(), v.isoDate()),
	source: v.picklist(['study', 'quiz']),
	quizAttemptId: v.optional(Id),
	previous: v.nullable(CardStateSchema),
	cardId: Id,
	grade: v.picklist(GRADES),
	reviewedAt: Time,
	phaseBefore: v.picklist(CARD_PHASES),
	elapsedDays: Days,
	scheduledDays: Days,
	due: Time,
	stability: Stability,
	difficulty: CardDifficulty
});

const JsonSchema: v.GenericSchema<JsonValue> = v.union([
	v.string(),
	Real,
	v.boolean(),
	v.null(),
	v.array(v.lazy(() => JsonSchema)),
	v.record(
		v.string(),
		v.lazy(() => JsonSchema)
	)
]);

const QuizAnswerSchema: v.GenericSchema<QuizAnswer> = v.strictObject({
	questionId: Id,
	factIds: v.pipe(v.array(Id), v.minLength(1)),
	given: v.union([
		v.pipe(v.string(), v.maxLength(2000)),
		v.array(v.string()),
		v.array(v.tuple([v.string(), v.string()])),
		v.null()
	]),
	correct: v.boolean(),
	factResults: v.optional(v.array(v.strictObject({ factId: Id, correct: v.boolean() })))
});

export const QuizAttemptSchema: v.GenericSchema<QuizAttempt> = v.pipe(
	v.strictObject({
		id: Id,
		learnerId: Id,
		quiz: v.strictObject({
			packId: Id,
			title: v.pipe(v.string(), v.maxLength(500)),
			spec: v.optional(JsonSchema),
			assignmentId: v.optional(Id)
		}),
		startedAt: Time,
		finishedAt: Time,
		answers: v.pipe(v.array(QuizAnswerSchema), v.maxLength(1000)),
		correctCount: Count
	}),
	v.check(
		(attempt) => attempt.correctCount === attempt.answers.filter((answer) => answer.correct).length,
		'correctCount must be the number of correct answers'
	),
	v.check(
		(attempt) => attempt.startedAt <= attempt.finishedAt,
		'a quiz cannot end before it starts'
	)
);

// --- Teacher assignments (schema v3) ------------------------------------------------------

export const TeacherKeyRecordSchema: v.GenericSchema<TeacherKeyRecord> = v.strictObject({
	id: Id,
	...KeyPairEntries,
	createdAt: Time
});

/**
 * A stored question, loosely: the fingerprint check below (the assignment's `quizHash`) is what
 * tells that it is the very quiz the assignment was made with. `custom`, not an object schema,
 * because an object schema rebuilds the object with its keys reordered, which changes the
 * fingerprint.
 */
const QuestionSchema = v.custom<Question>((value) => {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const question = value as Record<string, unknown>;
	return (
		v.is(Id, question.id) &&
		v.is(v.picklist(QUESTION_TYPES), question.type) &&
		typeof question.prompt === 'string' &&
		v.is(v.pipe(v.array(Id), v.minLength(1)), question.factIds)
	);
}, 'a question of the quiz is damaged');

const QuizSchema = v.custom<Quiz>((value) => {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const quiz = value as Record<string, unknown>;
	return (
		Object.keys(quiz).every((key) => key === 'spec' || key === 'questions') &&
		typeof quiz.spec === 'object' &&
		quiz.spec !== null &&
		v.is(v.pipe(v.array(QuestionSchema), v.minLength(1)), quiz.questions)
	);
}, 'the quiz is damaged');

export const StoredAssignmentSchema: v.GenericSchema<StoredAssignment> = v.pipe(
	v.strictObject({
		id: Id,
		createdAt: Time,
		assignment: AssignmentSchema,
		quiz: QuizSchema,
		link: v.pipe(v.string(), v.maxLength(10_000), v.regex(/^https?:\/\/[^\s#]+#SSA-[\w-]+$/)),
		accepted: v.optional(
			v.record(
				Id,
				v.pipe(
					v.array(v.pipe(v.string(), v.nonEmpty(), v.maxLength(LIMITS.typedAnswer))),
					v.maxLength(MAX_ACCEPTED)
				)
			)
		)
	}),
	v.check((record) => record.id === record.assignment.id, 'the id must be the assignment’s'),
	v.check(
		(record) => quizFingerprint(record.quiz) === record.assignment.quizHash,
		'the quiz is not the one the assignment was made with'
	),
	v.check(
		(record) =>
			Object.keys(record.accepted ?? {}).every((id) =>
				record.quiz.questions.some(
					(question) =>
						question.id === id && (question.type === 'typed' || question.type === 'numeric')
				)
			),
		'accepted answers must be for typed questions of the quiz'
	)
);

const GivenAnswerSchema = v.union([
	v.string(),
	v.array(v.string()),
	v.array(v.tuple([v.string(), v.string()])),
	v.null()
]);

/** A learner profile's token in result codes (`studentToken`): 8 base64url characters. */
const StudentToken = v.pipe(v.string(), v.regex(/^[\w-]{8}$/));

export const CollectedResultSchema: v.GenericSchema<CollectedResult> = v.strictObject({
	id: Id,
	assignmentId: Id,
	name: v.pipe(v.string(), v.nonEmpty(), v.maxLength(LIMITS.name)),
	answers: v.array(GivenAnswerSchema),
	submittedAt: Time,
	durationSeconds: Count,
	student: v.optional(StudentToken)
});

export const StudentSubmissionSchema: v.GenericSchema<StudentSubmission> = v.strictObject({
	assignmentId: Id,
	// The name, and after a line break the profile's 8-character token when there is one.
	nameKey: v.pipe(v.string(), v.nonEmpty(), v.maxLength(LIMITS.name + 9)),
	name: v.pipe(v.string(), v.nonEmpty(), v.maxLength(LIMITS.name)),
	code: v.pipe(v.string(), v.maxLength(20_000), v.regex(/^SSR-[\w-]+$/)),
	submittedAt: Time,
	durationSeconds: Count,
	correct: Count,
	total: Count,
	student: v.optional(StudentToken)
});
