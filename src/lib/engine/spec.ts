/** Checking a quiz spec before building, with messages that say how to fix it. */
import type { Difficulty, Topic } from '../content/models';
import { SpecError } from './errors';
import { QUESTION_TYPES, type QuestionType, type QuizSpec } from './models';

/** The most questions one quiz may ask. */
export const MAX_COUNT = 500;

const isDifficulty = (value: unknown): value is Difficulty =>
	value === 1 || value === 2 || value === 3;

/**
 * The spec with duplicates removed, or a {@link SpecError} naming what is wrong: an unknown
 * type, a topic that is not one of `knownTopics` (when given), a count that is not a positive whole
 * number, a reversed difficulty range.
 */
export function checkSpec(spec: QuizSpec, knownTopics?: readonly Topic[]): QuizSpec {
	if (!Number.isInteger(spec.count) || spec.count < 1 || spec.count > MAX_COUNT) {
		throw new SpecError(
			`The count must be a whole number from 1 to ${MAX_COUNT}, not ${spec.count}.`
		);
	}
	if (!spec.types.length) {
		throw new SpecError(`Choose at least one question type: ${QUESTION_TYPES.join(', ')}.`);
	}
	for (const type of spec.types) {
		if (!QUESTION_TYPES.includes(type)) {
			throw new SpecError(
				`Unknown question type "${type}"; the types are ${QUESTION_TYPES.join(', ')}.`
			);
		}
	}
	for (const topic of spec.topics ?? []) {
		if (knownTopics && !knownTopics.includes(topic)) {
			throw new SpecError(`Unknown topic "${topic}"; the topics are ${knownTopics.join(', ')}.`);
		}
	}
	const [min, max] = spec.difficulty;
	if (!isDifficulty(min) || !isDifficulty(max) || min > max) {
		throw new SpecError(
			`The difficulty range must run from 1, 2 or 3 up to 1, 2 or 3, not ${min}–${max}.`
		);
	}
	if (typeof spec.seed !== 'number' && typeof spec.seed !== 'string') {
		throw new SpecError('The seed must be a number or a string.');
	}
	const { topics, ...rest } = spec;
	const checked: QuizSpec = {
		...rest,
		types: [...new Set<QuestionType>(spec.types)],
		difficulty: [min, max]
	};
	return topics?.length ? { ...checked, topics: [...new Set<Topic>(topics)] } : checked;
}
