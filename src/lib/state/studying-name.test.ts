import { describe, expect, it } from 'vitest';
import { lastKnownLearnerName, rememberLearnerName } from './studying-name';

function storage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, value)
	};
}

describe('the last known learner name', () => {
	it('is what the header showed last, for pages that do not open the database', () => {
		const kept = storage();
		expect(lastKnownLearnerName(kept)).toBe('');
		rememberLearnerName('Aylin', kept);
		expect(lastKnownLearnerName(kept)).toBe('Aylin');
	});

	it('is blank, not an error, where the browser refuses storage', () => {
		const refusing = {
			...storage(),
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
