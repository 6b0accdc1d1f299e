// `npm run --silent answer -- <fact-id> <answer>…`: grades each answer as a typed answer to the
// fact, with the app's own matcher, and prints one JSON line per answer: the answer, `correct`,
// `exact` and, where the matcher was lenient, a `note` saying why. For content authors checking
// which spellings a fact accepts. Unknown fact: exit 1 with the ids that come closest.
import { ContentError } from '../src/lib/content/errors';
import { searchKey } from '../src/lib/content/text';
import { gradeTypedAnswer } from '../src/lib/engine/match-answer';
import { packedFacts } from '../src/lib/server/discover-packs';
import { parseFlags, runTool, UsageError } from './lib/cli';

const USAGE = 'Usage: npm run --silent answer -- <fact-id> <answer> [<answer>…]';

await runTool(USAGE, [ContentError], async () => {
	const { positionals } = parseFlags({
		args: process.argv.slice(2),
		allowPositionals: true,
		options: {}
	});
	const [id, ...answers] = positionals;
	if (!id || !answers.length) throw new UsageError('Give a fact id and at least one answer.');
	const facts = await packedFacts('content');
	const fact = facts.find((candidate) => candidate.id === id);
	if (!fact) {
		const words = searchKey(id).split(' ');
		const near = facts
			.filter((candidate) => words.some((word) => candidate.id.includes(word)))
			.map((candidate) => candidate.id)
			.slice(0, 8);
		throw new UsageError(
			`No fact has the id "${id}".${near.length ? ` Did you mean: ${near.join(', ')}?` : ''}`
		);
	}
	for (const answer of answers) {
		const grade = gradeTypedAnswer(answer, fact);
		console.log(
			JSON.stringify({
				answer,
				correct: grade.correct,
				exact: grade.exact,
				...(grade.note ? { note: grade.note } : {})
			})
		);
	}
});
