/**
 * The quiz specs that pin generation: what every runtime must build alike, and every later
 * version must keep building, for as long as the assignment format version stays the same.
 *
 * An assignment link carries a spec, not questions: a student's device rebuilds the teacher's
 * quiz and checks its {@link quizFingerprint}. The golden fixture (`golden.json`, written by
 * `npm run golden`) records what these specs build; `golden.test.ts` compares Node against it
 * and `tests/e2e/cross-runtime.spec.ts` compares Chromium against it.
 */
import type { Fact, PackedFact } from '../content/models';
import { EngineError } from '../engine/errors';
import { QUESTION_TYPES, type QuestionType, type QuizSpec } from '../engine/models';
import { buildQuiz } from '../engine/quiz';
import { createRng } from '../engine/random';
import { quizFingerprint } from './assignment';

/** The pack the golden specs are built from. */
export const GOLDEN_PACK = 'oic-acm-2017';

/** What one spec builds, as the fixture records it. */
export interface GoldenOutcome {
	/** {@link quizFingerprint}, or `error: <message>` for a spec the facts cannot meet. */
	fingerprint: string;
	/** The question ids in the quiz's order (empty for an error). */
	questionIds: string[];
}

/** A dozen specs a teacher would set, covering every type, topic filters and difficulty ranges. */
export const GOLDEN_SPECS: readonly QuizSpec[] = [
	{ types: [...QUESTION_TYPES], count: 10, difficulty: [1, 3], seed: 1 },
	{ types: [...QUESTION_TYPES], count: 35, difficulty: [1, 3], seed: 'term-1-final' },
	{ types: ['mc'], count: 10, difficulty: [1, 3], seed: 7 },
	{ types: ['tf'], count: 12, difficulty: [1, 2], seed: 42 },
	{ types: ['typed'], count: 8, difficulty: [2, 3], seed: 'week-3' },
	{ types: ['numeric'], count: 5, difficulty: [1, 3], seed: 2017 },
	{ types: ['match'], count: 2, difficulty: [1, 3], seed: 3 },
	{ types: ['order'], count: 1, difficulty: [1, 3], seed: 4 },
	{ topics: ['khojaly'], types: ['mc', 'tf', 'numeric'], count: 6, difficulty: [1, 3], seed: 5 },
	{
		topics: ['palestine-jerusalem', 'islamic-solidarity'],
		types: ['mc', 'typed', 'match'],
		count: 8,
		difficulty: [1, 3],
		seed: 'palestine'
	},
	{ types: ['mc', 'tf', 'typed'], count: 10, difficulty: [1, 1], seed: 11 },
	{ types: ['mc', 'tf', 'typed', 'numeric'], count: 6, difficulty: [3, 3], seed: 'hard' }
];

/** Type mixes a teacher picks, with a count each mix can usually fill. */
const MIXES: readonly { types: QuestionType[]; counts: readonly number[] }[] = [
	{ types: [...QUESTION_TYPES], counts: [10, 20, 5] },
	{ types: ['mc'], counts: [10, 15, 5] },
	{ types: ['tf'], counts: [10, 20] },
	{ types: ['typed'], counts: [10, 5] },
	{ types: ['numeric'], counts: [3, 5] },
	{ types: ['match'], counts: [1, 2] },
	{ types: ['mc', 'tf'], counts: [10, 20] },
	{ types: ['mc', 'match', 'order'], counts: [6, 10] },
	{ types: ['typed', 'numeric', 'tf'], counts: [8, 12] },
	{ types: ['mc', 'typed'], counts: [10, 4] }
];

const RANGES: readonly [1 | 2 | 3, 1 | 2 | 3][] = [
	[1, 3],
	[1, 3],
	[1, 2],
	[2, 3]
];

const TOPIC_FILTERS: readonly (string[] | undefined)[] = [
	undefined,
	undefined,
	undefined,
	['khojaly', 'armenia-azerbaijan'],
	['meeting', 'islamic-solidarity', 'humanitarian']
];

/**
 * `n` specs for the cross-runtime comparison: every mix, range and filter above, with numeric
 * and text seeds. Integer arithmetic only, so every runtime lists the same specs.
 */
export function crossRuntimeSpecs(n = 240): QuizSpec[] {
	const specs: QuizSpec[] = [];
	for (let i = 0; i < n; i++) {
		const mix = MIXES[i % MIXES.length]!;
		const count = mix.counts[Math.floor(i / MIXES.length) % mix.counts.length]!;
		const topics = TOPIC_FILTERS[(i * 7) % TOPIC_FILTERS.length];
		specs.push({
			...(topics ? { topics: topics as QuizSpec['topics'] } : {}),
			types: mix.types,
			count: topics ? Math.min(count, 6) : count,
			difficulty: RANGES[(i * 3) % RANGES.length]!,
			seed: i % 3 === 2 ? `class-${i}` : (i * 7919) % 100_003
		});
	}
	return specs;
}

/** What `spec` builds from `facts`: its fingerprint and question ids, or the engine's refusal. */
export function goldenOutcome(facts: readonly Fact[], spec: QuizSpec): GoldenOutcome {
	try {
		const quiz = buildQuiz(facts, spec);
		return {
			fingerprint: quizFingerprint(quiz),
			questionIds: quiz.questions.map((question) => question.id)
		};
	} catch (error) {
		if (!(error instanceof EngineError)) throw error;
		return { fingerprint: `error: ${error.message}`, questionIds: [] };
	}
}

/** The first outputs of the seeded generator, as 32-bit integers, for a few seeds. */
export function firstRandomOutputs(): Record<string, number[]> {
	const outputs: Record<string, number[]> = {};
	for (const seed of [0, 1, 7, 'term-1-final', 'class-2']) {
		const rng = createRng(seed);
		outputs[String(seed)] = Array.from({ length: 6 }, () => rng() * 4294967296);
	}
	return outputs;
}

/** Everything the fixture pins, computed on this runtime. */
export interface GoldenRecord {
	/** The assignment format version these outputs belong to. */
	formatVersion: number;
	random: Record<string, number[]>;
	golden: { spec: QuizSpec; outcome: GoldenOutcome }[];
	/** {@link crossRuntimeSpecs}, fingerprints only, in order. */
	crossRuntime: string[];
}

/** Computes the record the fixture must equal, from the facts of {@link GOLDEN_PACK}. */
export function goldenRecord(facts: readonly PackedFact[], formatVersion: number): GoldenRecord {
	facts = facts.filter((fact) => fact.pack === GOLDEN_PACK);
	return {
		formatVersion,
		random: firstRandomOutputs(),
		golden: GOLDEN_SPECS.map((spec) => ({ spec, outcome: goldenOutcome(facts, spec) })),
		crossRuntime: crossRuntimeSpecs().map((spec) => goldenOutcome(facts, spec).fingerprint)
	};
}
