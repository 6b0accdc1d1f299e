import { describe, expect, it } from 'vitest';
import { gradeQuestion } from '../engine/grade-question';
import { shuffleForStudent } from './shuffle';
import { fixtureQuiz, RIGHT_ANSWERS } from './testing';

const quiz = fixtureQuiz();

describe('shuffleForStudent', () => {
	it('gives one student the same order every time', () => {
		for (const question of quiz.questions) {
			expect(shuffleForStudent(question, 'a:Aysel')).toEqual(
				shuffleForStudent(question, 'a:Aysel')
			);
		}
	});

	it('gives students different orders of the same options', () => {
		const mc = quiz.questions[0]!;
		if (mc.type !== 'mc') throw new Error('the fixture starts with a multiple-choice question');
		const orders = new Set(
			['Aysel', 'Leyla', 'Murad', 'Nigar', 'Orkhan', 'Rashad'].map((name) => {
				const shuffled = shuffleForStudent(mc, `a:${name}`);
				expect([...shuffled.options].sort()).toEqual([...mc.options].sort());
				return shuffled.options.join('|');
			})
		);
		expect(orders.size).toBeGreaterThan(1);
	});

	it('changes nothing that grading reads', () => {
		quiz.questions.forEach((question, i) => {
			const shuffled = shuffleForStudent(question, 'a:Leyla');
			expect(shuffled).toMatchObject({ id: question.id, answer: question.answer });
			expect(gradeQuestion(shuffled, RIGHT_ANSWERS[i]!).correct).toBe(true);
		});
	});

	it('keeps True before False', () => {
		expect(shuffleForStudent(quiz.questions[1]!, 'x')).toBe(quiz.questions[1]);
	});
});
