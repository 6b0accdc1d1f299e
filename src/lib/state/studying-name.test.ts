import { describe, expect, it } from 'vitest';
import { memoryStorage } from './testing';
import { lastKnownLearnerName, rememberLearnerName } from './studying-name';

describe('the last known learner name', () => {
	it('is what the header showed last, for pages that do not open the database', () => {
		const kept = memoryStorage();
		expect(lastKnownLearnerName(kept)).toBe('');
		rememberLearnerName('Aylin', kept);
		expect(lastKnownLearnerName(kept)).toBe('Aylin');
	});

	it('is blank, not an error, where the browser refuses storage', () => {
		const refusing = {
			...memoryStorage(),
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		} as Storage;
		expect(() => rememberLearnerName('Aylin', refusing)).not.toThrow();
		expect(lastKnownLearnerName(refusing)).toBe('');
	});
});
