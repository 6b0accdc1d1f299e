import { describe, expect, it } from 'vitest';
import { isSingular, percentOf, plural, percent } from './format';

describe('plural', () => {
	it('says one or many by the language’s plural rules', () => {
		expect(plural(1, 'review')).toBe('1 review');
		expect(plural(0, 'review')).toBe('0 reviews');
		expect(plural(2, 'quiz', 'quizzes')).toBe('2 quizzes');
		expect(isSingular(1)).toBe(true);
		expect(isSingular(1.5)).toBe(false);
	});
});

describe('percentOf', () => {
	it('rounds a score down, so that a shown pass is a pass', () => {
		expect(percentOf(8, 12)).toBe(66);
		expect(percentOf(2, 3)).toBe(66);
		expect(percentOf(199, 200)).toBe(99);
		expect(percentOf(12, 12)).toBe(100);
		expect(percentOf(0, 0)).toBe(0);
	});
});

describe('percent', () => {
	it('labels a rate to the nearest percent', () => {
		expect(percent(0.456)).toBe('46%');
		expect(percent(0.85)).toBe('85%');
	});
});
