/**
 * A small seeded PRNG (sfc32, seeded by a cyrb128 hash of the seed's text) and helpers.
 * The engine never calls Math.random: the same seed gives the same quiz on every device and run,
 * which teacher assignments depend on.
 */
import type { Seed } from './models';

/** A source of numbers uniformly in [0, 1). */
export type Rng = () => number;

/** cyrb128: four 32-bit words from a string, so nearby seeds give unrelated streams. */
function hash128(text: string): [number, number, number, number] {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let i = 0; i < text.length; i++) {
		const k = text.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * A deterministic generator for a seed. Numbers and strings are read as text, so `7` and `'7'`
 * give the same stream (a seed survives a round trip through a URL).
 */
export function createRng(seed: Seed): Rng {
	let [a, b, c, d] = hash128(String(seed));
	const next: Rng = () => {
		a >>>= 0;
		b >>>= 0;
		c >>>= 0;
		d >>>= 0;
		let t = (a + b) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		d = (d + 1) | 0;
		t = (t + d) | 0;
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	// The first outputs of sfc32 still echo the seed; discard them.
	for (let i = 0; i < 12; i++) next();
	return next;
}

/** A stream derived from a seed and a label, independent of how many numbers others drew. */
export function deriveRng(seed: Seed, label: string): Rng {
	return createRng(`${seed}\u0000${label}`);
}

/** An integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
	return Math.floor(rng() * n);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = randomInt(rng, i + 1);
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/** One item, or undefined from an empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T | undefined {
	return items.length ? items[randomInt(rng, items.length)] : undefined;
}

/** Up to `n` distinct items, in a random order. */
export function sample<T>(rng: Rng, items: readonly T[], n: number): T[] {
	return shuffle(rng, items).slice(0, n);
}

/**
 * A shuffled copy that is never the order given: items to put in order must not come in it
 * already, or numbering them from the top scores full marks.
 */
export function shuffleOutOfOrder<T>(rng: Rng, items: readonly T[]): T[] {
	const shuffled = shuffle(rng, items);
	if (items.length > 1 && shuffled.every((item, i) => item === items[i])) {
		shuffled.push(shuffled.shift()!);
	}
	return shuffled;
}
