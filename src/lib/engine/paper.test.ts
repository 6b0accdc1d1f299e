import { describe, expect, it } from 'vitest';
import { bundledFacts } from '../content/bundled';
import { ANSWER_KEY, formatPaperQuiz } from './paper';
import { buildQuiz } from './quiz';

const facts = bundledFacts.filter((fact) => fact.pack === 'oic-acm-2017');

/** The answer key's lines of a quiz, by question number. */
function keyOf(text: string): string[] {
	return text
		.slice(text.indexOf(ANSWER_KEY))
		.split('\n')
		.filter((line) => /^\d+\. /.test(line));
}

describe('the answer key of a paper quiz', () => {
	const quiz = buildQuiz(facts, {
		types: ['typed', 'numeric'],
		count: 15,
		difficulty: [1, 3],
		seed: 3
	});
	const key = keyOf(formatPaperQuiz(quiz));

	it('tells a teacher marking by hand that a date counts in any format', () => {
		const dated = quiz.questions.findIndex(
			(q) => q.type === 'typed' && q.expected.answer.kind === 'date'
		);
		expect(dated).toBeGreaterThanOrEqual(0);
		expect(key[dated]).toMatch(/\(.*in any unambiguous date format\)$/);
	});

	it('and a number in figures or in words, after the listed spellings', () => {
		const counted = quiz.questions.findIndex((q) => q.type === 'numeric');
		expect(key[counted]).toMatch(/in figures or in words\)$/);
		const named = quiz.questions.findIndex(
			(q) => q.type === 'typed' && q.expected.answer.kind === 'person'
		);
		expect(key[named]).not.toMatch(/in figures|date format/);
	});
});
