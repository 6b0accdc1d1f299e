import { describe, expect, it } from 'vitest';
import type { Difficulty, Fact, Topic } from '../content/models';
import { datedFacts, khojalyFacts, makeFact, textAnswer } from '../../../tests/fixtures/facts';
import { SpecError } from './errors';
import type { QuestionType, QuizSpec } from './models';
import { buildQuiz } from './quiz';

/**
 * Four places per topic for the first four topics, each a possible MC, TF and typed question:
 * each in a sentence of its own, with near-misses of its own, so none gives another away.
 */
function topicFacts(): Fact[] {
	return ['meeting', 'humanitarian', 'khojaly', 'expo-2025'].flatMap((topic, t) =>
		[0, 1, 2, 3].map((i) => {
			const city = `City ${t}${i}`;
			return makeFact({
				id: `${topic}-${i}`,
				topic,
				difficulty: ((i % 3) + 1) as Difficulty,
				statement: `Event ${t}-${i} was held in ${city}.`,
				question: `Where was event ${t}-${i} held?`,
				answer: textAnswer('place', city, `the city where event ${t}-${i} was held`),
				nearMisses: ['a', 'b', 'c'].map((letter) => `Town ${t}${i}${letter}`),
				source: { quote: `the games in ${city}`, paragraph: 4 * t + i + 1 }
			});
		})
	);
}

const spec = (overrides: Partial<QuizSpec> = {}): QuizSpec => ({
	types: ['mc', 'tf', 'typed'],
	count: 8,
	difficulty: [1, 3],
	seed: 7,
	...overrides
});

describe('buildQuiz', () => {
	const facts = topicFacts();

	it('makes the number of questions asked for, of the types asked for', () => {
		const quiz = buildQuiz(facts, spec());
		expect(quiz.questions).toHaveLength(8);
		expect(new Set(quiz.questions.map((q) => q.type))).toEqual(new Set(['mc', 'tf', 'typed']));
	});

	it('gives the same quiz for the same seed and another for another seed', () => {
		expect(buildQuiz(facts, spec())).toEqual(buildQuiz(facts, spec()));
		expect(buildQuiz(facts, spec({ seed: 8 }))).not.toEqual(buildQuiz(facts, spec()));
	});

	it('asks no fact twice', () => {
		const ids = buildQuiz(facts, spec({ count: 16 })).questions.flatMap((q) => q.factIds);
		expect(new Set(ids).size).toBe(16);
	});

	it('balances topics', () => {
		const quiz = buildQuiz(facts, spec({ count: 8 }));
		const perTopic = new Map<string, number>();
		for (const q of quiz.questions) {
			const topic = q.factIds[0]!.replace(/-\d$/, '');
			perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
		}
		expect([...perTopic.values()]).toEqual([2, 2, 2, 2]);
	});

	it('keeps to the topics and to the difficulty range, judged by question', () => {
		const topics: Topic[] = ['meeting'];
		const quiz = buildQuiz(facts, spec({ topics, count: 3, difficulty: [2, 3] }));
		for (const q of quiz.questions) {
			expect(q.factIds[0]).toMatch(/^meeting-/);
			expect(q.difficulty).toBeGreaterThanOrEqual(2);
		}
		// An easy fact is a medium question typed (a medium one a hard question), and stays an easy
		// one in multiple choice.
		const typed = buildQuiz(
			facts,
			spec({ topics, types: ['typed'], count: 2, difficulty: [2, 2] })
		);
		expect(typed.questions.map((q) => q.factIds[0]).sort()).toEqual(['meeting-0', 'meeting-3']);
		expect(() =>
			buildQuiz(facts, spec({ topics, types: ['mc'], count: 2, difficulty: [2, 2] }))
		).toThrow(SpecError);
	});

	it('ids questions by type and facts', () => {
		for (const q of buildQuiz(facts, spec()).questions) {
			expect(q.id).toBe(`${q.type}:${q.factIds.join('+')}`);
		}
	});

	it('counts every fact of a matching or ordering question as asked', () => {
		// One sentence of figures, dates of one year, and a fact of its own for the typed answer.
		const mixed = [
			...khojalyFacts(),
			...datedFacts(),
			makeFact({
				statement: 'The games were held in Lakeside.',
				answer: textAnswer('place', 'Lakeside', 'the city where the games were held'),
				source: { quote: 'the games in Lakeside', paragraph: 9 }
			})
		];
		const quiz = buildQuiz(mixed, spec({ types: ['match', 'order', 'typed'], count: 3 }));
		const ids = quiz.questions.flatMap((q) => q.factIds);
		expect(new Set(ids).size).toBe(ids.length);
		expect(quiz.questions.find((q) => q.type === 'match')?.factIds.length).toBeGreaterThanOrEqual(
			4
		);
	});
});

describe('buildQuiz with a spec that cannot be met', () => {
	const facts = [...khojalyFacts(), ...datedFacts()];

	it('says how many ordering questions can be made', () => {
		expect(() => buildQuiz(facts, spec({ types: ['order'], count: 40 }))).toThrow(
			/^Only 1 ordering question can be made .*ask for at most 1\.$/
		);
	});

	it('says how many questions the mix can give', () => {
		try {
			buildQuiz(facts, spec({ types: ['numeric', 'typed'], count: 20 }));
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(SpecError);
			expect((error as SpecError).available).toBe(12);
			expect((error as Error).message).toMatch(/6 numeric, 12 typed-answer.*ask for at most 12/);
		}
	});

	it.each([
		[{ count: 0 }, /count must be a whole number/],
		[{ count: 2.5 }, /count must be a whole number/],
		[{ types: [] as QuestionType[] }, /at least one question type/],
		[{ types: ['essay' as QuestionType] }, /Unknown question type "essay"/],
		[{ topics: ['weather' as Topic] }, /Unknown topic "weather"/],
		[{ difficulty: [3, 1] as [Difficulty, Difficulty] }, /difficulty range/]
	])('rejects %o', (overrides, message) => {
		expect(() => buildQuiz(facts, spec(overrides))).toThrow(message);
	});
});
