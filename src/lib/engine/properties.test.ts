/**
 * Properties of the engine over the real fact set, for thousands of seeds and specs. The fact set
 * grows; these hold for any valid one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Difficulty, Fact } from '../content/models';
import { searchKey } from '../content/text';
import { CLAIM_PREFIX } from '../content/models';
import { discoverPacks } from '../server/discover-packs';
import { acceptedKeys, answerKey, dateValue, leaksAnswer } from './answers';
import { distractorsFor } from './distractors';
import { SpecError } from './errors';
import { prepareFacts } from './fact-set';
import {
	asksAnswers,
	familyOf,
	hintTexts,
	isRecall,
	questionIdentity,
	shownTexts
} from './giveaways';
import { buildFlashcards } from './flashcards';
import { gradeTypedAnswer } from './match-answer';
import { QUESTION_TYPES, type Question, type QuizSpec } from './models';
import { buildQuiz } from './quiz';
import { difficultyOf, meanDifficulty } from './questions/common';
import { createRng } from './random';

const facts: Fact[] = (await discoverPacks('content')).flatMap((pack) => pack.facts);
const byId = new Map(facts.map((fact) => [fact.id, fact]));
const set = prepareFacts(facts);
const factOf = (id: string) => byId.get(id)!;
const topics = [...new Set(facts.map((fact) => fact.topic))];

/** Property tests run thousands of quizzes: generous time when the whole suite shares two cores. */
const SLOW = 60_000;

const difficulty = fc.constantFrom<Difficulty>(1, 2, 3);
const specArb: fc.Arbitrary<QuizSpec> = fc.record(
	{
		topics: fc.option(fc.subarray(topics, { minLength: 1 }), { nil: undefined }),
		types: fc.subarray([...QUESTION_TYPES], { minLength: 1 }),
		count: fc.integer({ min: 1, max: 30 }),
		difficulty: fc
			.tuple(difficulty, difficulty)
			.map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [Difficulty, Difficulty]),
		seed: fc.oneof(fc.integer(), fc.string({ maxLength: 8 }))
	},
	{ requiredKeys: ['types', 'count', 'difficulty', 'seed'] }
);

/** Builds a quiz, or undefined where the spec asks for more than the facts give (a SpecError). */
function tryQuiz(spec: QuizSpec) {
	try {
		return buildQuiz(facts, spec);
	} catch (error) {
		if (error instanceof SpecError) return undefined;
		throw error;
	}
}

function checkQuestion(question: Question): void {
	const asked = question.factIds.map(factOf);
	const [fact] = asked as [Fact];
	if (asked.some((f) => f.attribution === 'speaker')) {
		// Passages to put in order are the speech's own words, quoted, and the prompt says so.
		const quoted = question.type === 'order' && question.options.every((o) => o.startsWith('“'));
		if (quoted) expect(question.prompt).toContain('the order the speech makes them');
		else expect(question.prompt.startsWith(CLAIM_PREFIX)).toBe(true);
	}
	switch (question.type) {
		case 'mc': {
			expect(question.options).toHaveLength(4);
			expect(new Set(question.options.map(answerKey)).size).toBe(4);
			expect(question.options.filter((o) => o === question.answer)).toHaveLength(1);
			const keys = acceptedKeys(fact);
			for (const option of question.options) {
				if (option === question.answer) continue;
				expect(keys.has(answerKey(option))).toBe(false);
				expect(gradeTypedAnswer(option, fact).correct).toBe(false);
			}
			expect(gradeTypedAnswer(question.answer, fact).correct).toBe(true);
			expect(leaksAnswer(question.prompt, fact)).toBe(false);
			break;
		}
		case 'tf':
			if (question.answer === 'False') {
				expect(set.statementKeys.has(searchKey(question.prompt))).toBe(false);
				expect(leaksAnswer(question.prompt, fact)).toBe(false);
			} else {
				expect(question.prompt).toBe(fact.statement);
			}
			break;
		case 'typed':
		case 'numeric':
			expect(leaksAnswer(question.prompt, fact)).toBe(false);
			expect(gradeTypedAnswer(question.answer, question.expected).correct).toBe(true);
			break;
		case 'match':
			expect(question.left.length).toBeGreaterThanOrEqual(4);
			expect(question.left.length).toBeLessThanOrEqual(6);
			expect(new Set(question.left).size).toBe(question.left.length);
			expect(new Set(question.right).size).toBe(question.right.length);
			expect(Object.keys(question.answer).sort()).toEqual([...question.left].sort());
			for (const f of asked)
				for (const right of question.right) expect(leaksAnswer(right, f)).toBe(false);
			break;
		case 'order': {
			expect([...question.options].sort()).toEqual([...question.answer].sort());
			const dated = asked.every((f) => f.answer.kind === 'date');
			// Dated events earliest first, passages in the order of their paragraphs.
			const keys = question.factIds.map((id) => {
				const f = factOf(id);
				return dated && f.answer.kind === 'date'
					? dateValue(f.answer).start
					: String(f.source.paragraph).padStart(3, '0');
			});
			expect([...keys].sort()).toEqual(keys);
			// An event must not carry its date; a passage asks for its place, not its answer.
			if (dated)
				for (const f of asked)
					for (const item of question.options) expect(leaksAnswer(item, f)).toBe(false);
			break;
		}
	}
}

describe('quizzes over the fact set', () => {
	it(
		'meet their spec: the count, the types, no fact twice',
		() => {
			fc.assert(
				fc.property(specArb, (spec) => {
					const quiz = tryQuiz(spec);
					if (!quiz) return;
					expect(quiz.questions).toHaveLength(spec.count);
					for (const q of quiz.questions) expect(spec.types).toContain(q.type);
					const ids = quiz.questions.flatMap((q) => q.factIds);
					expect(new Set(ids).size).toBe(ids.length);
					for (const q of quiz.questions) {
						// A question's difficulty is its facts', moved by its type, and within the range.
						const facts = q.factIds.map(factOf);
						expect(q.difficulty).toBe(difficultyOf(q.type, meanDifficulty(facts)));
						expect(q.difficulty).toBeGreaterThanOrEqual(spec.difficulty[0]);
						expect(q.difficulty).toBeLessThanOrEqual(spec.difficulty[1]);
						for (const fact of facts) if (spec.topics) expect(spec.topics).toContain(fact.topic);
					}
				}),
				{ numRuns: 1000 }
			);
		},
		SLOW
	);

	it(
		'ask well-formed questions that never give their answer away',
		() => {
			fc.assert(
				fc.property(specArb, (spec) => {
					tryQuiz(spec)?.questions.forEach(checkQuestion);
				}),
				{ numRuns: 1000 }
			);
		},
		SLOW
	);

	it(
		'are the same for the same seed',
		() => {
			fc.assert(
				fc.property(specArb, (spec) => {
					expect(tryQuiz(spec)).toEqual(tryQuiz({ ...spec }));
				}),
				{ numRuns: 300 }
			);
		},
		SLOW
	);

	it(
		'differ for different seeds',
		() => {
			fc.assert(
				fc.property(fc.integer(), fc.integer(), (a, b) => {
					fc.pre(a !== b);
					const spec: QuizSpec = {
						types: [...QUESTION_TYPES],
						count: 10,
						difficulty: [1, 3],
						seed: a
					};
					expect(buildQuiz(facts, spec)).not.toEqual(buildQuiz(facts, { ...spec, seed: b }));
				}),
				{ numRuns: 300 }
			);
		},
		SLOW
	);

	it('ask forms of address about one question in ten, before they are all that is left', () => {
		const wordsOfText = (id: string) => {
			const fact = facts.find((candidate) => candidate.id === id)!;
			return fact.attribution === 'text' && fact.answer.kind !== 'act';
		};
		for (let seed = 0; seed < 30; seed++) {
			const quiz = buildQuiz(facts, {
				types: [...QUESTION_TYPES],
				count: 10,
				difficulty: [1, 3],
				seed
			});
			const words = quiz.questions.filter((q) => q.factIds.every(wordsOfText));
			expect(words.length, `seed ${seed}`).toBeLessThanOrEqual(1);
		}
	});

	// One question a sentence, none giving another away: the speech's 53 sentences and lists make
	// a mixed quiz of 33 for every seed (a few more for some).
	it('can be as long as 33 mixed questions for any seed', () => {
		for (let seed = 0; seed < 20; seed++) {
			const quiz = buildQuiz(facts, {
				types: [...QUESTION_TYPES],
				count: 33,
				difficulty: [1, 3],
				seed
			});
			expect(quiz.questions).toHaveLength(33);
		}
	});

	it(
		'never let one question give another away: no answer shown twice, one question a sentence',
		() => {
			fc.assert(
				fc.property(specArb, (spec) => {
					const quiz = tryQuiz(spec);
					if (!quiz) return;
					const prompts = quiz.questions.map(questionIdentity);
					expect(new Set(prompts).size).toBe(prompts.length);
					const families = quiz.questions.map(
						(q) => new Set(q.factIds.map((id) => familyOf(set, factOf(id))))
					);
					for (const [i, question] of quiz.questions.entries()) {
						for (const [j, other] of quiz.questions.entries()) {
							if (i === j) continue;
							const texts = isRecall(other) ? hintTexts(question) : shownTexts(question);
							for (const id of other.factIds) {
								expect(families[i]!.has(familyOf(set, factOf(id)))).toBe(false);
								if (!asksAnswers(other)) continue;
								for (const text of texts) expect(leaksAnswer(text, factOf(id))).toBe(false);
							}
						}
					}
				}),
				{ numRuns: 300 }
			);
		},
		SLOW
	);

	it('can ask for 40 ordering questions only to be told what can be made', () => {
		expect(() =>
			buildQuiz(facts, { types: ['order'], count: 40, difficulty: [1, 3], seed: 1 })
		).toThrow(/^Only \d+ ordering questions? can be made .*; ask for at most \d+\.$/);
	});
});

describe('distractors over the fact set', () => {
	it(
		'are distinct, never the answer, an alias or accepted by the matcher',
		() => {
			fc.assert(
				fc.property(fc.constantFrom(...facts), fc.integer(), (fact, seed) => {
					const wrong = distractorsFor(fact, set, createRng(seed), 6);
					expect(new Set(wrong.map(answerKey)).size).toBe(wrong.length);
					const keys = acceptedKeys(fact);
					for (const option of wrong) {
						expect(keys.has(answerKey(option))).toBe(false);
						expect(gradeTypedAnswer(option, fact).correct).toBe(false);
					}
				}),
				{ numRuns: 2000 }
			);
		},
		SLOW
	);
});

describe('flashcards over the fact set', () => {
	const cards = buildFlashcards(facts);

	it('have unique, stable ids', () => {
		expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
		expect(buildFlashcards(facts).map((card) => card.id)).toEqual(cards.map((card) => card.id));
	});

	it('give every fact a question card', () => {
		expect(cards.filter((card) => card.kind === 'qa')).toHaveLength(facts.length);
	});

	it('attribute speaker claims and hide the answer on the front of cloze cards', () => {
		for (const card of cards) {
			const fact = factOf(card.factId);
			if (card.kind === 'reverse' && fact.attribution === 'speaker') {
				expect(card.back).toMatch(/according to the speech/i);
			}
			if (card.kind === 'cloze') expect(leaksAnswer(card.front, fact)).toBe(false);
			if (card.kind === 'qa') expect(leaksAnswer(card.front, fact)).toBe(false);
		}
	});

	it('accept every spelling of every answer when typed', () => {
		for (const fact of facts) {
			for (const spelling of [fact.answer.text, ...fact.aliases]) {
				expect(gradeTypedAnswer(spelling, fact).correct, `${fact.id}: ${spelling}`).toBe(true);
			}
		}
	});
});
