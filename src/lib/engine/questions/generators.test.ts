import { describe, expect, it } from 'vitest';
import {
	claim,
	datedFacts,
	khojalyFacts,
	makeFact,
	numberAnswer,
	textAnswer
} from '../../../../tests/fixtures/facts';
import { searchKey } from '../../content/text';
import { prepareFacts } from '../fact-set';
import { gradeTypedAnswer } from '../match-answer';
import { createRng } from '../random';
import { BLANK } from '../spans';
import type { Fact } from '../../content/models';
import { makeMatch, pickMatchFacts } from './match';
import { makeMultipleChoice } from './multiple-choice';
import { makeNumeric } from './numeric';
import { makeOrder, pickOrderFacts, pickPassages } from './order';
import { falsify, makeTrueFalse } from './true-false';
import { makeTyped } from './typed';
import { difficultyOf, meanDifficulty } from './common';

const context = (facts: readonly Fact[], seed = 1) => ({
	set: prepareFacts(facts),
	rng: createRng(seed)
});
const facts = khojalyFacts();
const killed = facts[0]!;

describe('makeMultipleChoice', () => {
	it('offers four distinct options with the answer exactly once', () => {
		const question = makeMultipleChoice(killed, context(facts));
		expect(question?.options).toHaveLength(4);
		expect(new Set(question?.options).size).toBe(4);
		expect(question?.options.filter((option) => option === question.answer)).toEqual(['613']);
		expect(question).toMatchObject({
			id: 'mc:killed',
			prompt: killed.question,
			factIds: ['killed']
		});
	});

	it('gives up where there are fewer than three distractors', () => {
		const lonely = makeFact({ answer: textAnswer('phrase', 'solo candidate', 'a standing') });
		expect(makeMultipleChoice(lonely, context([lonely]))).toBeUndefined();
	});

	it('asks a speaker claim as "According to the speech, …"', () => {
		expect(makeMultipleChoice(killed, context(facts))?.prompt).toMatch(
			/^According to the speech, /
		);
	});
});

describe('makeTrueFalse', () => {
	it('is true or false from the seed, with both outcomes', () => {
		const answers = new Set(
			Array.from({ length: 20 }, (_, seed) => makeTrueFalse(killed, context(facts, seed))?.answer)
		);
		expect(answers).toEqual(new Set(['True', 'False']));
	});

	it('keeps a true statement as the fact gives it', () => {
		for (let seed = 0; seed < 20; seed++) {
			const question = makeTrueFalse(killed, context(facts, seed));
			if (question?.answer === 'True') expect(question.prompt).toBe(killed.statement);
		}
	});

	it('falsifies by changing the answer to a same-kind value, never to a true statement', () => {
		const set = prepareFacts(facts);
		for (let seed = 0; seed < 20; seed++) {
			const statement = falsify(killed, set, createRng(seed));
			expect(statement).toMatch(
				/^According to the speech, \d+ civilians were killed at Khojaly\.$/
			);
			expect(statement).not.toBe(killed.statement);
			expect(set.statementKeys.has(searchKey(statement!))).toBe(false);
		}
	});

	it('does not falsify a phrase, which would give nonsense', () => {
		const phrase = makeFact({ answer: textAnswer('phrase', 'a successful year', 'how 2017 went') });
		expect(makeTrueFalse(phrase, context([phrase]))).toBeUndefined();
	});

	it('does not falsify a statement that holds the answer twice', () => {
		const twice = makeFact({
			statement: 'Baku hosted the games, and Baku hosted the forum.',
			answer: textAnswer('place', 'Baku', 'the city of the games')
		});
		expect(falsify(twice, prepareFacts([twice]), createRng(1))).toBeUndefined();
	});
});

describe('makeTyped', () => {
	it('blanks the answer in the statement', () => {
		const question = makeTyped(killed);
		expect(question?.prompt).toBe(
			`According to the speech, ${BLANK} civilians were killed at Khojaly.`
		);
		expect(gradeTypedAnswer('six hundred and thirteen', question!.expected).correct).toBe(true);
	});

	it('falls back on the question where the blanked statement still names the answer', () => {
		const fact = makeFact({
			statement: 'Elmar Mammadyarov (Mammadyarov) spoke.',
			question: 'Who spoke?',
			answer: textAnswer('person', 'Elmar Mammadyarov (Mammadyarov)', 'the speaker'),
			aliases: ['Mammadyarov']
		});
		expect(makeTyped(fact)?.prompt).not.toContain('Mammadyarov');
	});
});

describe('makeNumeric', () => {
	it('asks a number exactly where the speech gives it exactly', () => {
		expect(makeNumeric(killed)).toMatchObject({ value: 613, tolerance: 0, unit: 'people' });
	});

	it('gives a round figure a 5% tolerance', () => {
		const round = claim({
			statement: '1 million Azerbaijanis were ethnically cleansed.',
			question: 'how many Azerbaijanis were ethnically cleansed?',
			answer: numberAnswer(1_000_000, { text: '1 million', approximate: true })
		});
		expect(makeNumeric(round)?.tolerance).toBe(50_000);
	});

	it('asks only numbers', () => {
		expect(makeNumeric(makeFact())).toBeUndefined();
	});
});

describe('matching', () => {
	it('pairs numbers with what they count, 4 to 6 of them', () => {
		const picked = pickMatchFacts(facts, 5, context(facts));
		expect(picked).toHaveLength(5);
		const question = makeMatch(picked, context(facts));
		expect(question?.left).toHaveLength(5);
		expect(Object.keys(question!.answer).sort()).toEqual([...question!.left].sort());
		expect(Object.values(question!.answer).sort()).toEqual([...question!.right].sort());
		expect(question?.answer['613']).toBe('Civilians were killed at Khojaly');
	});

	it('attributes the prompt when a claim is among the pairs', () => {
		const question = makeMatch(facts.slice(0, 4), context(facts));
		expect(question?.prompt).toBe('According to the speech, match each number to what it counts.');
	});

	it('refuses fewer than four pairs', () => {
		expect(makeMatch(facts.slice(0, 3), context(facts))).toBeUndefined();
	});
});

describe('ordering', () => {
	const dated = datedFacts();

	it('skips dates that overlap an item already picked', () => {
		const picked = pickOrderFacts([dated[5]!, ...dated.slice(0, 5)], 5);
		// 2017 as a whole overlaps every 2017 date: the earliest-ending set wins instead. The
		// speech's own date is left out: it comes after everything the speech tells of.
		expect(picked.map((fact) => fact.id)).toEqual(['night', 'cfm', 'conference', 'contact-group']);
	});

	it('puts passages in the order the speech makes them where the dates run out', () => {
		const passages = [7, 2, 5].map((paragraph) =>
			makeFact({
				id: `p${paragraph}`,
				statement: `The games were held in City ${paragraph}.`,
				answer: textAnswer('place', `City ${paragraph}`, `the city of paragraph ${paragraph}`),
				source: { quote: `the games in City ${paragraph}`, paragraph }
			})
		);
		const question = makeOrder(passages, context(passages));
		expect(question).toMatchObject({
			by: 'speech',
			prompt: 'Put these passages in the order the speech makes them, first to last.',
			answer: ['“the games in City 2”', '“the games in City 5”', '“the games in City 7”']
		});
		const sameParagraph = passages.map((fact) => ({
			...fact,
			source: { ...fact.source, paragraph: 1 }
		}));
		expect(makeOrder(sameParagraph, context(sameParagraph))).toBeUndefined();
	});

	/** A claim quoted from paragraph `paragraph`, a passage to put in order. */
	const passageOf = (paragraph: number) =>
		makeFact({
			id: `p${paragraph}`,
			statement: `The games were held in City ${paragraph}.`,
			answer: textAnswer('place', `City ${paragraph}`, `the city of paragraph ${paragraph}`),
			attribution: 'speaker',
			source: { quote: `the games in City ${paragraph}`, paragraph }
		});

	it('leaves out the closing words of the speech: plainly last, they leave no order to find', () => {
		const passages = [2, 5, 7, 9].map(passageOf);
		const picked = pickPassages(passages, 4, prepareFacts(passages));
		expect(picked.map((fact) => fact.source.paragraph)).toEqual([2, 5, 7]);
	});

	it('leaves out words that are their own answer: a form of address says nothing to place', () => {
		const address = makeFact({
			id: 'address',
			statement: 'The speaker turns to Khojaly with “Dear friends and brothers”.',
			answer: textAnswer('phrase', 'Dear friends and brothers', 'the address before Khojaly'),
			attribution: 'text',
			source: { quote: 'Dear friends and brothers,', paragraph: 4 }
		});
		const passages = [2, 5, 9].map(passageOf);
		const all = [address, ...passages];
		expect(pickPassages(all, 4, prepareFacts(all)).map((fact) => fact.id)).toEqual(['p2', 'p5']);
	});

	it('asks for the events earliest first, shuffled', () => {
		const question = makeOrder(dated.slice(0, 4).reverse(), context(dated));
		expect(question?.answer).toEqual([
			'The assault',
			'The session in Abidjan',
			'The conference in Baku',
			'The contact group meeting'
		]);
		expect([...question!.options].sort()).toEqual([...question!.answer].sort());
	});
});

describe('difficulty by question', () => {
	it('moves a fact’s difficulty by its type: recalling is harder than recognising', () => {
		expect(difficultyOf('mc', 2)).toBe(2);
		expect(difficultyOf('tf', 2)).toBe(2);
		expect(difficultyOf('typed', 2)).toBe(3);
		expect(difficultyOf('numeric', 3)).toBe(3);
		expect(difficultyOf('typed', 1)).toBe(2);
	});

	it('rates a matching set by the mean of its facts, so a set of easy facts is not hard', () => {
		const easy = facts.slice(0, 3).map((fact) => ({ ...fact, difficulty: 1 as const }));
		const oneHard = [...easy, { ...facts[3]!, difficulty: 3 as const }];
		expect(meanDifficulty(oneHard)).toBe(2);
		expect(meanDifficulty(easy)).toBe(1);
		expect(makeMatch(oneHard, context(oneHard))?.difficulty).toBe(2);
	});
});

describe('speech acts', () => {
	const act = (id: string, quote: string, label: string, paragraph: number) =>
		makeFact({
			id,
			statement: `In the words “${quote}”, the speaker is ${label}.`,
			question: `In the words “${quote}”, what is the speaker doing?`,
			answer: {
				kind: 'act',
				text: label,
				describes: `what the speaker is doing in the words “${quote}”`
			},
			category: 'speech-act',
			nearMisses: ['making a request', 'welcoming', 'commemorating a tragedy'].filter(
				(other) => other !== label
			),
			attribution: 'text',
			source: { quote, paragraph }
		});
	const acts = [
		act('a1', 'I would like to thank you for organizing this meeting.', 'expressing gratitude', 3),
		act('a2', 'I have circulated letter asking for kind support', 'making a request', 5),
		act('a3', 'we marked the 25th anniversary with a heavy heart', 'commemorating a tragedy', 7),
		act('a4', 'all our efforts will help to reinforce the bonds', 'expressing hope', 9)
	];

	it('are asked as multiple choice, never as true/false (the words show their act) or typed', () => {
		const ctx = context(acts);
		expect(makeMultipleChoice(acts[0]!, ctx)?.options).toContain('expressing gratitude');
		for (const act of acts) expect(falsify(act, ctx.set, ctx.rng)).toBeUndefined();
		expect(makeTyped(acts[0]!, ctx)).toBeUndefined();
	});

	it('are matched to the words that perform them, with a prompt that says so', () => {
		const question = makeMatch(acts, context(acts));
		expect(question?.prompt).toBe(
			'Match each speech act to the words of the speech that perform it.'
		);
		expect(question?.answer['making a request']).toBe(
			'What the speaker is doing in the words “I have circulated letter asking for kind support”'
		);
	});
});

describe('a fact whose wrong values are all false at a glance', () => {
	it('is not asked as true or false when the pack says so, and still as multiple choice', () => {
		const regiment = makeFact({
			id: 'r',
			statement: 'According to the speech, the regiment was a unit of the former USSR.',
			question: 'According to the speech, the regiment was a unit of which former state?',
			answer: { kind: 'place', text: 'USSR', describes: 'the former state of the regiment' },
			category: 'former-state',
			nearMisses: ['Ottoman Empire', 'German Democratic Republic', 'Russian Empire'],
			attribution: 'speaker',
			source: { quote: 'regiment of the former USSR', paragraph: 3 }
		});
		const ctx = context([regiment]);
		expect(falsify(regiment, ctx.set, ctx.rng)).toMatch(/a unit of the former /);
		const optedOut = { ...regiment, trueFalse: false as const };
		const optedOutCtx = context([optedOut]);
		expect(falsify(optedOut, optedOutCtx.set, optedOutCtx.rng)).toBeUndefined();
		expect(makeMultipleChoice(optedOut, optedOutCtx)?.options).toContain('USSR');
	});
});
