import { describe, expect, it } from 'vitest';
import { optionForKey } from './quiz-keys';

const options = ['Baku', 'Ankara', 'Tehran', 'Cairo'];

describe('optionForKey', () => {
	it('chooses by number or by letter, in either case', () => {
		expect(optionForKey('1', options)).toBe('Baku');
		expect(optionForKey('4', options)).toBe('Cairo');
		expect(optionForKey('b', options)).toBe('Ankara');
		expect(optionForKey('C', options)).toBe('Tehran');
	});

	it('chooses nothing past the last option or for other keys', () => {
		expect(optionForKey('5', options)).toBeUndefined();
		expect(optionForKey('e', options)).toBeUndefined();
		expect(optionForKey('Enter', options)).toBeUndefined();
		expect(optionForKey('0', options)).toBeUndefined();
	});

	it('answers a true/false question with T or F, as well as 1 or 2', () => {
		const tf = ['True', 'False'];
		expect(optionForKey('t', tf)).toBe('True');
		expect(optionForKey('F', tf)).toBe('False');
		expect(optionForKey('2', tf)).toBe('False');
		expect(optionForKey('a', tf)).toBeUndefined();
	});
});
