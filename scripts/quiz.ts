// `npm run --silent quiz -- --seed 7 --count 20 [--topics a,b] [--types mc,tf] [--difficulty 1-3]
// [--format json|text]`: a quiz built from the content packs, as JSON or as a paper quiz with its
// answer key (for a class without devices). Errors go to stderr with exit code 1.
import { ContentError } from '../src/lib/content/errors';
import { EngineError } from '../src/lib/engine/errors';
import { formatPaperQuiz } from '../src/lib/engine/paper';
import { buildQuiz } from '../src/lib/engine/quiz';
import { discoverPacks } from '../src/lib/server/discover-packs';
import {
	parseFlags,
	runTool,
	SPEC_OPTIONS,
	SPEC_USAGE,
	specFromFlags,
	UsageError
} from './lib/cli';

const USAGE = `Usage: npm run --silent quiz -- ${SPEC_USAGE}
  [--format json|text] [--content <dir>]`;

await runTool(USAGE, [EngineError, ContentError], async () => {
	const { values } = parseFlags({
		args: process.argv.slice(2),
		options: {
			...SPEC_OPTIONS,
			format: { type: 'string', default: 'json' },
			content: { type: 'string', default: 'content' }
		}
	});
	if (values.format !== 'json' && values.format !== 'text') {
		throw new UsageError(`--format must be json or text, not "${values.format}".`);
	}
	const spec = specFromFlags(values, { numericSeed: true });
	const facts = (await discoverPacks(values.content)).flatMap((pack) => pack.facts);
	const quiz = buildQuiz(facts, spec);
	process.stdout.write(
		values.format === 'json' ? JSON.stringify(quiz, null, 2) + '\n' : formatPaperQuiz(quiz)
	);
});
