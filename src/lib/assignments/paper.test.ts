import { describe, expect, it } from 'vitest';
import { ANSWER_KEY } from '../engine/paper';
import { paperAssignment } from './paper';
import { fixtureAssignment, fixtureQuiz } from './testing';

describe('paperAssignment', () => {
	it('puts the title and rules above the questions, and the answer key apart', async () => {
		const assignment = await fixtureAssignment({ due: '2025-01-31', timeLimitMinutes: 20 });
		const { questions, key } = paperAssignment(assignment, fixtureQuiz());
		const lines = questions.split('\n');
		expect(lines[0]).toBe('Khojaly and the OIC');
		expect(lines[1]).toBe('Due: 2025-01-31    Time limit: 20 minutes    Pass mark: 50%');
		expect(questions).toContain('1. Which city hosted the meeting?');
		expect(questions).toContain('6. Put these events');
		expect(key.split('\n')[0]).toBe('Khojaly and the OIC');
		expect(key).toContain(ANSWER_KEY);
		expect(key).toMatch(/^1\. [A-D]\. Istanbul$/m);
	});

	it('gives students a copy with no answer in it', async () => {
		const assignment = await fixtureAssignment();
		const quiz = fixtureQuiz();
		const { questions } = paperAssignment(assignment, quiz);
		expect(questions).not.toContain(ANSWER_KEY);
		for (const question of quiz.questions) {
			if (question.type === 'typed' || question.type === 'numeric') {
				expect(questions).not.toContain(question.answer);
			}
			if (question.type === 'tf' && question.answer === 'False') {
				expect(questions).not.toContain(question.explanation);
			}
		}
	});
});
