import { describe, expect, it } from 'vitest';
import { makeFact, numberAnswer } from '../../../tests/fixtures/facts';
import type { Fact } from '../content/models';
import { expectedText, formatGivenAnswer, gradeQuestion } from './grade-question';
import type {
	MatchQuestion,
	MultipleChoiceQuestion,
	NumericQuestion,
	OrderQuestion,
	TrueFalseQuestion,
	TypedQuestion
} from './models';

const base = { difficulty: 1 as const, explanation: 'The statement.' };

const mc = (): MultipleChoiceQuestion => ({
	...base,
	id: 'mc:host',
	type: 'mc',
	prompt: 'Where were the games held?',
	factIds: ['host'],
	options: ['Ankara', 'Baku', 'Cairo', 'Doha'],
	answer: 'Baku'
});

const tf = (): TrueFalseQuestion => ({
	...base,
	id: 'tf:host',
	type: 'tf',
	prompt: 'The games were held in Cairo.',
	factIds: ['host'],
	options: ['True', 'False'],
	answer: 'False'
});

const typed = (): TypedQuestion => ({
	...base,
	id: 'typed:host',
	type: 'typed',
	prompt: 'The games were held in _____.',
	factIds: ['host'],
	answer: 'Azerbaijan',
	expected: { answer: { kind: 'place', text: 'Azerbaijan', describes: 'the host' }, aliases: [] }
});

const numeric = (value: number, approximate = false): NumericQuestion => ({
	...base,
	id: 'numeric:people',
	type: 'numeric',
	prompt: 'How many people were there?',
	factIds: ['people'],
	answer: String(value),
	value,
	unit: 'people',
	tolerance: approximate ? value * 0.05 : 0,
	expected: { answer: numberAnswer(value, { approximate }), aliases: [] }
});

const matchFacts: Fact[] = [
	makeFact({ id: 'killed', answer: numberAnswer(613) }),
	makeFact({ id: 'women', answer: numberAnswer(106) }),
	makeFact({ id: 'children', answer: numberAnswer(63) }),
	makeFact({ id: 'elderly', answer: numberAnswer(70) })
];
const factById = (id: string) => matchFacts.find((fact) => fact.id === id);

const match = (): MatchQuestion => ({
	...base,
	id: 'match:killed+women+children+elderly',
	type: 'match',
	prompt: 'Match each number to what it counts.',
	factIds: ['killed', 'women', 'children', 'elderly'],
	// Number-like keys: an object would reorder them, which is why grading never relies on order.
	left: ['70', '613', '63', '106'],
	right: ['Women', 'Civilians killed', 'Elderly', 'Children'],
	answer: { '613': 'Civilians killed', '106': 'Women', '63': 'Children', '70': 'Elderly' }
});

const order = (): OrderQuestion => ({
	...base,
	id: 'order:a+b+c',
	type: 'order',
	prompt: 'Put these events in chronological order, earliest first.',
	factIds: ['a', 'b', 'c'],
	options: ['Second', 'Third', 'First'],
	answer: ['First', 'Second', 'Third']
});

const allPairs = (question: MatchQuestion): [string, string][] =>
	question.left.map((left) => [left, question.answer[left]!]);

describe('gradeQuestion', () => {
	it('accepts exactly the right option of a multiple-choice or true/false question', () => {
		expect(gradeQuestion(mc(), 'Baku')).toEqual({ correct: true, expected: 'Baku' });
		expect(gradeQuestion(mc(), 'baku').correct).toBe(false);
		expect(gradeQuestion(tf(), 'False').correct).toBe(true);
		expect(gradeQuestion(tf(), 'True')).toEqual({ correct: false, expected: 'False' });
	});

	it('grades a typed answer leniently, naming the exact spelling of an accepted typo', () => {
		expect(gradeQuestion(typed(), '  azerbaijan ').correct).toBe(true);
		const typo = gradeQuestion(typed(), 'Azerbaijn');
		expect(typo.correct).toBe(true);
		expect(typo.note).toMatch(/exact spelling is "Azerbaijan"/);
		expect(gradeQuestion(typed(), 'Armenia').correct).toBe(false);
	});

	it('reads a numeric answer in digits or words, within the tolerance of a round figure', () => {
		expect(gradeQuestion(numeric(12), 'twelve').correct).toBe(true);
		expect(gradeQuestion(numeric(613), '614').correct).toBe(false);
		const round = gradeQuestion(numeric(1_000_000, true), '1,020,000');
		expect(round.correct).toBe(true);
		expect(round.note).toMatch(/round figure/);
	});

	it('counts a skipped or malformed answer as wrong, without throwing', () => {
		expect(gradeQuestion(mc(), null).correct).toBe(false);
		expect(gradeQuestion(typed(), null).correct).toBe(false);
		expect(gradeQuestion(numeric(3), ['3']).correct).toBe(false);
		expect(gradeQuestion(match(), 'Baku').correct).toBe(false);
		expect(gradeQuestion(order(), [['First', 'x']]).correct).toBe(false);
	});

	it('accepts a matching answer only when every pair is right', () => {
		expect(gradeQuestion(match(), allPairs(match())).correct).toBe(true);
		const swapped = allPairs(match()).map(([left, right]): [string, string] =>
			left === '63' ? [left, 'Women'] : left === '106' ? [left, 'Children'] : [left, right]
		);
		const grade = gradeQuestion(match(), swapped);
		expect(grade.correct).toBe(false);
		expect(grade.note).toBe('2 of 4 pairs right.');
	});

	it('gives per-fact results of a matching answer when it can look the facts up', () => {
		const given = allPairs(match()).map(([left, right]): [string, string] =>
			left === '70' ? [left, ''] : [left, right]
		);
		expect(gradeQuestion(match(), given, factById).factResults).toEqual([
			{ factId: 'killed', correct: true },
			{ factId: 'women', correct: true },
			{ factId: 'children', correct: true },
			{ factId: 'elderly', correct: false }
		]);
		expect(gradeQuestion(match(), allPairs(match()), factById).factResults).toBeUndefined();
	});

	it('accepts an ordering only in chronological order, crediting events in their place', () => {
		expect(gradeQuestion(order(), ['First', 'Second', 'Third']).correct).toBe(true);
		const grade = gradeQuestion(order(), ['First', 'Third', 'Second']);
		expect(grade.correct).toBe(false);
		expect(grade.note).toBe('1 of 3 events in the right place.');
		expect(grade.factResults).toEqual([
			{ factId: 'a', correct: true },
			{ factId: 'b', correct: false },
			{ factId: 'c', correct: false }
		]);
		expect(gradeQuestion(order(), ['Second', 'Third', 'First']).factResults).toBeUndefined();
	});
});

describe('showing answers', () => {
	it('writes the right answer of a matching or ordering question on one line', () => {
		expect(expectedText(match())).toBe(
			'70: Elderly; 613: Civilians killed; 63: Children; 106: Women'
		);
		expect(expectedText(order())).toBe('1. First; 2. Second; 3. Third');
	});

	it('writes what the learner gave, or "No answer"', () => {
		expect(formatGivenAnswer(mc(), null)).toBe('No answer');
		expect(formatGivenAnswer(typed(), '   ')).toBe('No answer');
		expect(formatGivenAnswer(typed(), ' Baku ')).toBe('Baku');
		expect(formatGivenAnswer(order(), ['Third', 'First'])).toBe('1. Third; 2. First');
		expect(
			formatGivenAnswer(match(), [
				['70', 'Women'],
				['613', '']
			])
		).toBe('70: Women; 613: no choice');
	});
});
