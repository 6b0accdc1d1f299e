// `npm run --silent quiz -- --seed 7 --count 20 [--topics a,b] [--types mc,tf] [--difficulty 1-3]
// [--format json|text]`: a quiz built from the content packs, as JSON or as a paper quiz with its
// answer key (for a class without devices). Errors go to stderr with exit code 1.
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/content/errors';
import { TOPICS, type Difficulty, type Topic } from '../src/lib/content/models';
import { EngineError, SpecError } from '../src/lib/engine/errors';
import { QUESTION_TYPES, type QuestionType, type QuizSpec } from '../src/lib/engine/models';
import { formatPaperQuiz } from '../src/lib/engine/paper';
import { buildQuiz } from '../src/lib/engine/quiz';
import { discoverPacks } from '../src/lib/server/discover-packs';

const USAGE = `Usage: npm run --silent quiz -- --seed <seed> --count <n> [--topics ${TOPICS.slice(0, 2).join(',')},…]
  [--types ${QUESTION_TYPES.join(',')}] [--difficulty 1-3] [--format json|text] [--content <dir>]`;

const list = (value: string | undefined) =>
	value
		?.split(',')
		.map((item) => item.trim())
		.filter(Boolean) ?? [];

/** Reads "2", "1-3" or "1..3" as a difficulty range. */
function parseDifficulty(value: string | undefined): [Difficulty, Difficulty] {
	if (value === undefined) return [1, 3];
	const match = /^([1-3])(?:\s*(?:-|\.\.|–)\s*([1-3]))?$/.exec(value.trim());
	if (!match)
		throw new SpecError(`--difficulty must be 1, 2, 3 or a range such as 1-3, not "${value}".`);
	const min = Number(match[1]) as Difficulty;
	return [min, Number(match[2] ?? match[1]) as Difficulty];
}

function parseSpec(argv: string[]): { spec: QuizSpec; format: 'json' | 'text'; content: string } {
	const { values } = parseArgs({
		args: argv,
		options: {
			seed: { type: 'string' },
			count: { type: 'string' },
			topics: { type: 'string' },
			types: { type: 'string' },
			difficulty: { type: 'string' },
			format: { type: 'string', default: 'json' },
			content: { type: 'string', default: 'content' }
		},
		strict: true
	});
	if (values.seed === undefined || values.count === undefined) {
		throw new SpecError(`--seed and --count are required.\n${USAGE}`);
	}
	if (values.format !== 'json' && values.format !== 'text') {
		throw new SpecError(`--format must be json or text, not "${values.format}".`);
	}
	if (!/^\d+$/.test(values.count))
		throw new SpecError(`--count must be a whole number, not "${values.count}".`);
	// A numeric seed stays a number in the printed spec; any other text is a seed too.
	const seed = /^-?\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
	const types = list(values.types);
	const topics = list(values.topics);
	return {
		spec: {
			...(topics.length ? { topics: topics as Topic[] } : {}),
			types: (types.length ? types : [...QUESTION_TYPES]) as QuestionType[],
			count: Number(values.count),
			difficulty: parseDifficulty(values.difficulty),
			seed
		},
		format: values.format,
		content: values.content
	};
}

try {
	const { spec, format, content } = parseSpec(process.argv.slice(2));
	const facts = (await discoverPacks(content)).flatMap((pack) => pack.facts);
	const quiz = buildQuiz(facts, spec);
	process.stdout.write(
		format === 'json' ? JSON.stringify(quiz, null, 2) + '\n' : formatPaperQuiz(quiz)
	);
} catch (error) {
	if (error instanceof EngineError || error instanceof ContentError) {
		console.error(error.message);
	} else if (
		error instanceof TypeError &&
		'code' in error &&
		String(error.code).startsWith('ERR_PARSE_ARGS')
	) {
		console.error(`${error.message}\n${USAGE}`);
	} else {
		console.error(error);
	}
	process.exit(1);
}
