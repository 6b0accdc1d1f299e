/**
 * Work in progress survives the reload into a new version of the app: a quiz run (on the quiz
 * screen or an assignment) is saved to this tab's session storage before the reload and carried
 * on after it. What is read back is checked; a damaged or foreign entry is dropped, never trusted.
 */
import * as v from 'valibot';
import type { StudentSubmission } from '$lib/db/models';
import type { Quiz } from '$lib/engine/models';
import { TIME_RANGE } from '$lib/scheduling/time';
import type { QuizRunSnapshot } from './quiz-run.svelte';

const PREFIX = 'speech-study:in-progress:';

/** A time a run can have: one the pages can format (a start of 9e15 would throw). */
const Time = v.pipe(
	v.number(),
	v.integer(),
	v.minValue(TIME_RANGE.min),
	v.maxValue(TIME_RANGE.max)
);

/** The most questions a run holds: more is not a run this app made. */
const MAX_QUESTIONS = 500;

const RunSnapshotSchema = v.pipe(
	v.looseObject({
		startedAt: Time,
		finishedAt: v.optional(Time),
		index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_QUESTIONS)),
		reviewing: v.optional(v.boolean()),
		results: v.pipe(
			v.array(v.nullable(v.looseObject({ correct: v.boolean() }))),
			v.maxLength(MAX_QUESTIONS)
		)
	}),
	v.check(
		(run) =>
			run.index < Math.max(1, run.results.length) &&
			(run.finishedAt ?? run.startedAt) >= run.startedAt
	)
);

/** A quiz screen's run: the quiz itself (its questions, not only its spec), its title and the run. */
export interface SavedQuiz {
	title: string;
	quiz: Quiz;
	run: QuizRunSnapshot;
}

export const SavedQuizSchema = v.pipe(
	v.looseObject({
		title: v.string(),
		quiz: v.looseObject({
			spec: v.looseObject({}),
			questions: v.array(v.looseObject({ id: v.string() }))
		}),
		run: RunSnapshotSchema
	}),
	v.check((saved) => saved.run.results.length === saved.quiz.questions.length)
);

/** An assignment's run: the quiz comes again from the link, so the student's name and the run. */
export interface SavedAssignmentRun {
	name: string;
	run: QuizRunSnapshot;
}

export const SavedAssignmentRunSchema = v.looseObject({ name: v.string(), run: RunSnapshotSchema });

/** A submitted run not yet stored (the database closed under it): its run and its result code. */
export interface UnsavedSubmission extends SavedAssignmentRun {
	submission: Omit<StudentSubmission, 'nameKey'>;
}

const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));

export const UnsavedSubmissionSchema = v.looseObject({
	name: v.string(),
	run: RunSnapshotSchema,
	submission: v.looseObject({
		assignmentId: v.string(),
		name: v.string(),
		code: v.pipe(v.string(), v.regex(/^SSR-[\w-]+$/)),
		submittedAt: Time,
		durationSeconds: Count,
		correct: Count,
		total: Count
	})
});

export function saveInProgress(key: string, value: unknown, storage: Storage = sessionStorage) {
	storage.setItem(PREFIX + key, JSON.stringify(value));
}

/** What was saved under `key`, once: reading it removes it. Null when none, or when damaged. */
export function takeInProgress<T>(
	key: string,
	schema: v.GenericSchema<unknown, unknown>,
	storage: Storage = sessionStorage
): T | null {
	const text = storage.getItem(PREFIX + key);
	storage.removeItem(PREFIX + key);
	if (!text) return null;
	try {
		const parsed = v.safeParse(schema, JSON.parse(text));
		return parsed.success ? (parsed.output as T) : null;
	} catch {
		return null;
	}
}
