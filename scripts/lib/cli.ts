/**
 * What the command-line tools share: reading a quiz spec from flags the same way in every tool,
 * and failing with a usage line and exit code 1, having written nothing.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Difficulty, Topic } from '../../src/lib/content/models';
import { QUESTION_TYPES, type QuestionType, type QuizSpec } from '../../src/lib/engine/models';

/** A mistake in the command line: the tool prints it with its usage and exits 1. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** The flags of a quiz spec, as every tool that builds a quiz takes them. */
export const SPEC_OPTIONS = {
	seed: { type: 'string' },
	count: { type: 'string' },
	topics: { type: 'string' },
	types: { type: 'string' },
	difficulty: { type: 'string' }
} as const satisfies ParseArgsConfig['options'];

/** The spec flags in a usage line. */
export const SPEC_USAGE = `--seed <seed> --count <n> [--types ${QUESTION_TYPES.join(',')}]
  [--topics <topic>,… (ids from the pack's vocabulary.ts)] [--difficulty 1-3]`;

const list = (value: string | undefined) =>
	value
		?.split(',')
		.map((item) => item.trim())
		.filter(Boolean) ?? [];

/** Reads "2", "1-3" or "1..3" as a difficulty range. */
export function parseDifficulty(value: string | undefined): [Difficulty, Difficulty] {
	if (value === undefined) return [1, 3];
	const match = /^([1-3])(?:\s*(?:-|\.\.|–)\s*([1-3]))?$/.exec(value.trim());
	if (!match)
		throw new UsageError(`--difficulty must be 1, 2, 3 or a range such as 1-3, not "${value}".`);
	const min = Number(match[1]) as Difficulty;
	return [min, Number(match[2] ?? match[1]) as Difficulty];
}

/** A whole number from a flag, or a {@link UsageError} naming the flag. */
export function parseWhole(name: string, value: string): number {
	if (!/^\d+$/.test(value))
		throw new UsageError(`--${name} must be a whole number, not "${value}".`);
	return Number(value);
}

/**
 * The spec the flags ask for. `numericSeed`: a seed of digits becomes a number (the quiz tool
 * prints it so); the assignment tool keeps it as text, as the app's form does. Either way the
 * same seed gives the same quiz.
 */
export function specFromFlags(
	values: { [K in keyof typeof SPEC_OPTIONS]?: string },
	{ numericSeed }: { numericSeed: boolean }
): QuizSpec {
	if (values.seed === undefined || values.count === undefined) {
		throw new UsageError('--seed and --count are required.');
	}
	if (!values.seed.trim()) throw new UsageError('--seed must not be empty.');
	const types = list(values.types);
	const topics = list(values.topics);
	for (const type of types) {
		if (!(QUESTION_TYPES as readonly string[]).includes(type)) {
			throw new UsageError(
				`Unknown question type "${type}"; the types are ${QUESTION_TYPES.join(', ')}.`
			);
		}
	}
	// Topics are the pack's: building the quiz refuses one the pack does not have, naming them.
	const seed =
		numericSeed && /^-?\d+$/.test(values.seed) ? Number(values.seed) : values.seed.trim();
	return {
		...(topics.length ? { topics: topics as Topic[] } : {}),
		types: (types.length ? types : [...QUESTION_TYPES]) as QuestionType[],
		count: parseWhole('count', values.count),
		difficulty: parseDifficulty(values.difficulty),
		seed
	};
}

/** `parseArgs`, strict, with its errors as {@link UsageError}s. */
export function parseFlags<T extends ParseArgsConfig>(config: T) {
	try {
		return parseArgs({ strict: true, ...config });
	} catch (error) {
		if (
			error instanceof TypeError &&
			'code' in error &&
			String(error.code).startsWith('ERR_PARSE_ARGS')
		) {
			throw new UsageError(error.message);
		}
		throw error;
	}
}

/**
 * Runs a tool's main function: a {@link UsageError} prints its message and `usage`; an error of
 * one of the `known` kinds prints its message; anything else prints in full. All exit 1.
 */
export async function runTool(
	usage: string,
	known: readonly (abstract new (...args: never[]) => Error)[],
	main: () => Promise<number | void>
): Promise<void> {
	try {
		const code = await main();
		process.exitCode = code ?? 0;
	} catch (error) {
		if (error instanceof UsageError) console.error(`${error.message}\n${usage}`);
		else if (known.some((kind) => error instanceof kind)) console.error((error as Error).message);
		else console.error(error);
		process.exitCode = 1;
	}
}
