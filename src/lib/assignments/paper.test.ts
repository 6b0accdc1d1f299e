import { describe, expect, it } from 'vitest';
import { formatPaperAssignment } from './paper';
import { fixtureAssignment, fixtureQuiz } from './testing';

describe('formatPaperAssignment', () => {
	it('puts the title and rules above the questions and the answer key', async () => {
		const assignment = await fixtureAssignment({ due: '2025-01-31', timeLimitMinutes: 20 });
		const text = formatPaperAssignment(assignment, fixtureQuiz());
		const lines = text.split('\n');
		expect(lines[0]).toBe('Khojaly and the OIC');
		expect(lines[1]).toBe('Due: 2025-01-31    Time limit: 20 minutes    Pass mark: 50%');
		expect(text).toContain('1. Which city hosted the meeting?');
		expect(text.indexOf('— Answer key —')).toBeGreaterThan(text.indexOf('6. Put these events'));
	});
});
