import { describe, expect, it } from 'vitest';
import { factOutcomes, scoreAnswers } from './grade';
import type { GivenAnswer } from './models';
import { FIXTURE_FACTS, fixtureQuiz, RIGHT_ANSWERS } from './testing';

const quiz = fixtureQuiz();
const facts = new Map(FIXTURE_FACTS.map((fact) => [fact.id, fact]));
const lookup = (id: string) => facts.get(id);

describe('scoreAnswers', () => {
	it('marks every right answer right', () => {
		expect(scoreAnswers(quiz, RIGHT_ANSWERS)).toMatchObject({ correct: 6, total: 6, percent: 100 });
	});

	it('counts right answers and rounds the percentage down', () => {
		const score = scoreAnswers(quiz, [...RIGHT_ANSWERS.slice(0, 5), null]);
		expect(score).toMatchObject({ correct: 5, total: 6, percent: 83 });
		expect(score.grades).toHaveLength(6);
	});

	it('counts missing answers as wrong', () => {
		expect(scoreAnswers(quiz, RIGHT_ANSWERS.slice(0, 2))).toMatchObject({
			correct: 2,
			percent: 33
		});
	});

	it('grades typed answers leniently, as the engine does', () => {
		const answers: GivenAnswer[] = ['Istanbul', 'True', 'makkah', '613 civilians', null, null];
		expect(scoreAnswers(quiz, answers).correct).toBe(4);
	});
});

describe('factOutcomes', () => {
	it('names the facts of a matching question that were missed', () => {
		const swapped: GivenAnswer = [
			['Baku', 'The place Baku'],
			['Doha', 'The place Cairo'],
			['Cairo', 'The place Doha'],
			['Jeddah', 'The place Jeddah']
		];
		const match = quiz.questions[4]!;
		const { grades } = scoreAnswers(quiz, [null, null, null, null, swapped, null], lookup);
		expect(factOutcomes(match, grades[4]!)).toEqual([
			{ factId: 'm-baku', correct: true },
			{ factId: 'm-doha', correct: false },
			{ factId: 'm-cairo', correct: false },
			{ factId: 'm-jeddah', correct: true }
		]);
	});

	it('gives every fact the question’s outcome when the grade has no parts', () => {
		const order = quiz.questions[5]!;
		const { grades } = scoreAnswers(quiz, RIGHT_ANSWERS);
		expect(factOutcomes(order, grades[5]!).every((outcome) => outcome.correct)).toBe(true);
		const skipped = scoreAnswers(quiz, []);
		expect(factOutcomes(order, skipped.grades[5]!).some((outcome) => outcome.correct)).toBe(false);
	});
});
