import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, deflate, fromBase32, fromBase64Url, inflate, toBase32, toBase64Url } from './bytes';

const encoder = new TextEncoder();

describe('base64url', () => {
	it('round-trips any bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
				expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
			})
		);
	});

	it('writes what Node writes, without padding', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
			})
		);
	});

	it('refuses characters outside the alphabet, impossible lengths and stray bits', () => {
		expect(fromBase64Url('ab+c')).toBeUndefined();
		expect(fromBase64Url('abcde')).toBeUndefined();
		// "AB" is one byte (0x00) with 4 stray bits set in "B".
		expect(fromBase64Url('AB')).toBeUndefined();
		expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
	});
});

describe('base32 ids', () => {
	it('turns 6 bytes into 10 unambiguous characters and back', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 6, maxLength: 6 }), (bytes) => {
				const text = toBase32(bytes);
				expect(text).toMatch(/^[a-km-np-z2-9]{10}$/);
				expect(fromBase32(text)).toEqual(bytes);
			})
		);
	});

	it('refuses look-alike characters', () => {
		expect(fromBase32('abcdefghil')).toBeUndefined();
		expect(fromBase32('abcdefgh0o')).toBeUndefined();
	});
});

describe('crc32', () => {
	it('gives the standard check value', () => {
		expect(crc32(encoder.encode('123456789'))).toBe(0xcbf43926);
	});
});

describe('deflate', () => {
	it('round-trips text', async () => {
		const text = encoder.encode('the same words, the same words, the same words'.repeat(20));
		const deflated = await deflate(text);
		expect(deflated!.length).toBeLessThan(text.length);
		expect(await inflate(Uint8Array.from(deflated!), 1_000_000)).toEqual(text);
	});

	it('stops inflating past the limit, so a small code cannot fill memory', async () => {
		const bomb = await deflate(new Uint8Array(1_000_000));
		expect(bomb!.length).toBeLessThan(2_000);
		expect(await inflate(Uint8Array.from(bomb!), 64 * 1024)).toBeUndefined();
	});

	it('refuses bytes that are not deflate', async () => {
		expect(await inflate(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1024)).toBeUndefined();
	});
});
