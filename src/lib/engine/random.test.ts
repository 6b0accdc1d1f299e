import { describe, expect, it } from 'vitest';
import {
	createRng,
	deriveRng,
	pick,
	randomInt,
	sample,
	shuffle,
	shuffleOutOfOrder
} from './random';

const draw = (seed: number | string, n = 5) => {
	const rng = createRng(seed);
	return Array.from({ length: n }, () => rng());
};

describe('createRng', () => {
	it('gives the same stream for the same seed', () => {
		expect(draw(7)).toEqual(draw(7));
	});

	it('reads a number seed and its text alike, so a seed survives a URL', () => {
		expect(draw(7)).toEqual(draw('7'));
	});

	it('gives unrelated streams for nearby seeds', () => {
		expect(draw(7)).not.toEqual(draw(8));
	});

	it('stays in [0, 1)', () => {
		expect(draw('range', 10_000).every((x) => x >= 0 && x < 1)).toBe(true);
	});

	it('is roughly uniform', () => {
		const values = draw('uniform', 20_000);
		const mean = values.reduce((a, b) => a + b, 0) / values.length;
		expect(mean).toBeGreaterThan(0.48);
		expect(mean).toBeLessThan(0.52);
	});
});

describe('deriveRng', () => {
	it('gives each label its own stream', () => {
		const a = deriveRng(7, 'mc:a')();
		expect(deriveRng(7, 'mc:a')()).toBe(a);
		expect(deriveRng(7, 'mc:b')()).not.toBe(a);
	});
});

describe('helpers', () => {
	it('shuffle returns a permutation and leaves its input alone', () => {
		const items = [1, 2, 3, 4, 5, 6];
		const shuffled = shuffle(createRng(1), items);
		expect([...shuffled].sort()).toEqual(items);
		expect(items).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('randomInt stays below its bound', () => {
		const rng = createRng(2);
		expect(
			Array.from({ length: 1000 }, () => randomInt(rng, 3)).every((n) => n >= 0 && n < 3)
		).toBe(true);
	});

	it('pick gives undefined from an empty list', () => {
		expect(pick(createRng(3), [])).toBeUndefined();
		expect(pick(createRng(3), ['only'])).toBe('only');
	});

	it('sample gives distinct items, at most as many as there are', () => {
		expect(new Set(sample(createRng(4), [1, 2, 3, 4, 5], 3)).size).toBe(3);
		expect(sample(createRng(4), [1, 2], 5)).toHaveLength(2);
	});
});

describe('shuffleOutOfOrder', () => {
	it('never returns the items in the order given, and loses none', () => {
		for (let seed = 0; seed < 200; seed++) {
			const items = ['a', 'b', 'c'];
			const shuffled = shuffleOutOfOrder(createRng(seed), items);
			expect(shuffled).not.toEqual(items);
			expect([...shuffled].sort()).toEqual(items);
		}
	});
});
