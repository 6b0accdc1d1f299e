import fc from 'fast-check';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { bundledFacts } from '../content/bundled';
import { QUESTION_TYPES, type Question, type Quiz } from '../engine/models';
import { buildQuiz } from '../engine/quiz';
import type { Assignment } from './models';
import { acceptedSpellings, assignmentToGift, assignmentToMoodleXml } from './moodle';
import { fixtureAssignment, fixtureQuiz } from './testing';

/** What an independent GIFT parser must read back for one of our questions. */
function expectedGift(question: Question, number: number, accepted: readonly string[] = []) {
	const base = {
		title: `Q${number}`,
		stem: { format: 'plain', text: question.prompt },
		globalFeedback: { format: 'plain', text: question.explanation }
	};
	switch (question.type) {
		case 'mc':
			return {
				...base,
				type: 'MC',
				choices: question.options.map((option) => ({
					isCorrect: option === question.answer,
					text: { format: 'plain', text: option }
				}))
			};
		case 'tf':
			return { ...base, type: 'TF', isTrue: question.answer === 'True' };
		case 'typed':
			return {
				...base,
				type: 'Short',
				choices: acceptedSpellings(question, { [question.id]: accepted }).map((text) => ({
					isCorrect: true,
					text: { format: 'plain', text }
				}))
			};
		case 'numeric':
			return {
				...base,
				type: 'Numerical',
				choices: { type: 'range', number: question.value, range: question.tolerance }
			};
		case 'match':
			return {
				...base,
				type: 'Matching',
				matchPairs: question.left.map((left) => ({
					subquestion: { format: 'plain', text: left },
					subanswer: question.answer[left]
				}))
			};
		case 'order':
			return null;
	}
}

/** The parser's reading, without what our export never sets. */
const parsedQuestions = (text: string): GIFTQuestion[] => parse(text);

function expectSameQuestions(assignment: Assignment, quiz: Quiz, text: string) {
	const [category, ...questions] = parsedQuestions(text);
	expect(category).toMatchObject({
		type: 'Category',
		title: `$course$/top/${assignment.title.replace(/\//g, '-')} (${assignment.id})`
	});
	const kept = quiz.questions
		.map((question, i) => expectedGift(question, i + 1))
		.filter((item) => item !== null);
	expect(questions).toHaveLength(kept.length);
	for (const [i, question] of questions.entries()) {
		expect(question).toMatchObject(kept[i]!);
	}
}

describe('GIFT export', () => {
	it('is read back by gift-pegjs with the same questions, options and answers', async () => {
		const assignment = await fixtureAssignment();
		const quiz = fixtureQuiz();
		const text = assignmentToGift(assignment, quiz);
		expectSameQuestions(assignment, quiz, text);
		// The ordering is left out, and the file says so.
		expect(text).toContain('// Left out: question 6 (ordering), which GIFT cannot hold.');
	});

	it('carries the answers the teacher accepted, each spelling once', async () => {
		const assignment = await fixtureAssignment();
		const quiz = fixtureQuiz();
		const accepted = { 'typed:summit-town': ['Medina', 'MAKKAH'] };
		const [, , , typed] = parsedQuestions(assignmentToGift(assignment, quiz, accepted));
		expect(typed).toMatchObject(expectedGift(quiz.questions[2]!, 3, ['Medina'])!);
		expect((typed as { choices: unknown[] }).choices).toHaveLength(3);
	});

	it('keeps GIFT’s special characters as text', async () => {
		const assignment = { ...(await fixtureAssignment()), title: 'Week {1}/2: = ~ # \\ test' };
		const quiz = fixtureQuiz();
		const hostile = 'Is {this} = that ~ or # : \\ other?';
		quiz.questions[0] = {
			...(quiz.questions[0] as Extract<Question, { type: 'mc' }>),
			prompt: hostile,
			options: ['a=b', '{c}', 'd~e', 'f#g:h'],
			answer: '{c}'
		};
		const text = assignmentToGift(assignment, quiz);
		expectSameQuestions(assignment, quiz, text);
	});

	it('holds every generated quiz: any seed, any mix of types, any length', () => {
		const facts = bundledFacts;
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 2 ** 31 }),
				fc.subarray([...QUESTION_TYPES], { minLength: 1 }),
				fc.integer({ min: 1, max: 20 }),
				(seed, types, count) => {
					let quiz: Quiz;
					try {
						quiz = buildQuiz(facts, { types, count, difficulty: [1, 3], seed });
					} catch {
						return; // A mix the facts cannot fill: the generator says so, elsewhere.
					}
					const assignment = { id: 'aebagbafa2', title: 'Generated' } as Assignment;
					expectSameQuestions(assignment, quiz, assignmentToGift(assignment, quiz));
				}
			),
			{ numRuns: 60 }
		);
	});
});

describe('Moodle XML export', () => {
	it('has a question of Moodle’s type for each one GIFT holds, with the key marked', async () => {
		const assignment = await fixtureAssignment();
		const quiz = fixtureQuiz();
		const text = assignmentToMoodleXml(assignment, quiz);
		expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
		expect([...text.matchAll(/<question type="(\w+)">/g)].map((m) => m[1])).toEqual([
			'category',
			'multichoice',
			'truefalse',
			'shortanswer',
			'numerical',
			'matching'
		]);
		expect(text).toContain('<answer fraction="100" format="plain_text"><text>Istanbul</text>');
		expect(text).toContain('<answer fraction="100" format="plain_text"><text>true</text>');
		expect(text).toContain('<text>613</text><tolerance>0</tolerance>');
		expect(text).toContain(
			'<subquestion format="plain_text"><text>Doha</text><answer><text>The place Doha</text></answer></subquestion>'
		);
		expect(text).toContain('Left out: question 6 (ordering)');
	});

	it('escapes markup, so that no text becomes XML', async () => {
		const assignment = { ...(await fixtureAssignment()), title: 'A <b>&</b> "test" -- x' };
		const text = assignmentToMoodleXml(assignment, fixtureQuiz());
		expect(text).toContain('A &lt;b&gt;&amp;&lt;/b&gt; &quot;test&quot;');
		expect(text).not.toContain('<b>');
		// No comment holds "--", which XML forbids inside one.
		for (const [, comment] of text.matchAll(/<!--(.*?)-->/g)) expect(comment).not.toContain('--');
	});
});
