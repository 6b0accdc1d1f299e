// `npm run --silent quiz:audit [-- --seeds N]`: builds quizzes for many seeds and mixes, audits
// each (src/lib/engine/audit.ts) and prints one JSON object: how many quizzes and questions were
// built, the count of each kind of finding, and the first few findings; the spread of facts over
// thirty ten-question quizzes (no fact in more than 30% of them); and how many seeds build a
// "hard only" quiz of twenty. Exit code 1 on any finding, a wider spread or a hard quiz refused:
// it is part of `npm test`. What it cannot judge, a person reads (`npm run quiz --
// --format text`).
import { FINDING_KINDS, auditQuiz, spreadOf, type Finding } from '../src/lib/engine/audit';
import { SpecError } from '../src/lib/engine/errors';
import { prepareFacts } from '../src/lib/engine/fact-set';
import { QUESTION_TYPES, type QuestionType, type QuizSpec } from '../src/lib/engine/models';
import { buildQuiz } from '../src/lib/engine/quiz';
import { packedFacts } from '../src/lib/server/discover-packs';
import { parseFlags, parseWhole, runTool } from './lib/cli';

const USAGE = 'Usage: npm run --silent quiz:audit [-- --seeds <n>]';

/** The mixes audited: every type alone, and mixed, at the lengths teachers set. */
/** The most quizzes of thirty, in percent, one fact may be in. */
const MAX_SPREAD_PERCENT = 30;

/** The ten-question mixes whose spread is measured: a learner's Quick 10 and a teacher's default. */
const SPREAD_MIXES: QuestionType[][] = [[...QUESTION_TYPES], ['mc', 'tf', 'typed', 'numeric']];

const MIXES: { types: QuestionType[]; count: number }[] = [
	{ types: [...QUESTION_TYPES], count: 30 },
	{ types: [...QUESTION_TYPES], count: 10 },
	{ types: ['mc'], count: 20 },
	{ types: ['tf'], count: 18 },
	{ types: ['typed'], count: 15 },
	{ types: ['match'], count: 3 },
	{ types: ['mc', 'tf', 'typed', 'numeric'], count: 20 }
];

await runTool(USAGE, [], async () => {
	const { values } = parseFlags({
		args: process.argv.slice(2),
		options: { seeds: { type: 'string' } }
	});
	const seeds = values.seeds === undefined ? 30 : parseWhole('seeds', values.seeds);
	const facts = await packedFacts('content');
	const byPack = new Map<string, typeof facts>();
	for (const fact of facts) byPack.set(fact.pack, [...(byPack.get(fact.pack) ?? []), fact]);
	const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<
		string,
		number
	>;
	const examples: (Finding & { seed: number; types: string })[] = [];
	let quizzes = 0;
	let questions = 0;
	const refused: string[] = [];
	for (const pack of byPack.values()) {
		const set = prepareFacts(pack);
		for (const mix of MIXES) {
			for (let seed = 0; seed < seeds; seed++) {
				const spec: QuizSpec = { ...mix, difficulty: [1, 3], seed };
				let quiz;
				try {
					quiz = buildQuiz(pack, spec);
				} catch (error) {
					if (!(error instanceof SpecError)) throw error;
					refused.push(`${mix.types.join(',')} × ${mix.count}, seed ${seed}: ${error.message}`);
					continue;
				}
				quizzes++;
				questions += quiz.questions.length;
				for (const finding of auditQuiz(set, quiz)) {
					counts[finding.kind]!++;
					if (examples.length < 12) examples.push({ ...finding, seed, types: mix.types.join(',') });
				}
			}
		}
	}
	const spread: Record<string, ReturnType<typeof spreadOf>> = {};
	const hardOnly: Record<string, { built: number; of: number }> = {};
	for (const [packId, pack] of byPack) {
		for (const types of SPREAD_MIXES) {
			const built = Array.from({ length: 30 }, (_, seed) =>
				buildQuiz(pack, { types, count: 10, difficulty: [1, 3], seed })
			);
			spread[`${packId}: ${types.join(',')} × 10`] = spreadOf(built);
		}
		// A pack of a few facts (a fixture) cannot fill twenty hard questions: only real speeches.
		if (pack.length < 60) continue;
		let made = 0;
		for (let seed = 0; seed < 30; seed++) {
			try {
				buildQuiz(pack, { types: [...QUESTION_TYPES], count: 20, difficulty: [3, 3], seed });
				made++;
			} catch (error) {
				if (!(error instanceof SpecError)) throw error;
			}
		}
		hardOnly[packId] = { built: made, of: 30 };
	}
	const tooNarrow = Object.values(spread).some((s) => s.percent > MAX_SPREAD_PERCENT);
	const hardRefused = Object.values(hardOnly).some((h) => h.built < h.of);
	const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
	console.log(
		JSON.stringify(
			{
				quizzes,
				questions,
				findings: total,
				counts,
				refused: refused.slice(0, 5),
				examples,
				spread,
				hardOnly20: hardOnly
			},
			null,
			2
		)
	);
	return total || refused.length || tooNarrow || hardRefused ? 1 : 0;
});
