/**
 * Storing a finished quiz run for the active learner: the attempt, and each fact's answer as a
 * review of its card (correct → good, wrong → again), in one transaction.
 */
import type { JsonValue, QuizAttempt, QuizMeta } from '$lib/db/models';
import type { QuizSpec } from '$lib/engine/models';
import { timezoneOffsetAt } from '$lib/scheduling/time';
import { learnerSession } from './learner-session.svelte';
import type { QuizRun } from './quiz-run.svelte';

/** A spec as plain JSON, as `QuizMeta.spec` stores it. */
export function specToJson(spec: QuizSpec): JsonValue {
	const json: { [key: string]: JsonValue } = {
		types: [...spec.types],
		count: spec.count,
		difficulty: [...spec.difficulty],
		seed: spec.seed
	};
	if (spec.topics?.length) json.topics = [...spec.topics];
	return json;
}

/**
 * Saves a finished run.
 * @throws {StorageError} with a message for the learner (out of space, app updated in another tab…).
 */
export async function saveQuizRun(
	run: QuizRun,
	quiz: QuizMeta,
	options: { endsRun?: string } = {}
): Promise<QuizAttempt> {
	const { db, api } = await learnerSession.open();
	const learnerId = await learnerSession.learnerId();
	const finishedAt = run.finishedAt ?? Date.now();
	const settings = await api.getLearnerSettings(db, learnerId);
	const { attempt } = await api.recordQuizAttempt(db, {
		learnerId,
		quiz,
		answers: run.answers(),
		startedAt: run.startedAt,
		finishedAt,
		now: finishedAt,
		scheduler: api.schedulerFor(settings),
		timezoneOffset: timezoneOffsetAt(finishedAt),
		...options
	});
	return attempt;
}

/** The storage layer's errors, whose messages are written for the learner. */
const STORAGE_ERRORS = new Set([
	'StorageError',
	'QuotaError',
	'NewerDatabaseError',
	'ReloadRequiredError',
	'NotFoundError',
	'InputError'
]);

/** The message to show for an error while saving: storage errors carry their own. */
export function saveErrorMessage(error: unknown): string {
	return error instanceof Error && STORAGE_ERRORS.has(error.name) && error.message
		? error.message
		: 'Your quiz could not be saved on this device. Your results are below; try again later.';
}
