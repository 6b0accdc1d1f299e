import { describe, expect, it } from 'vitest';
import { CodeError } from './errors';
import {
	exportPublicKey,
	exportTeacherKeys,
	generateTeacherKeyPair,
	importPublicKey,
	importTeacherKeys,
	publicKeyOf
} from './keys';

describe('teacher keys', () => {
	it('survive a backup: export → import gives a pair that reads the same', async () => {
		const pair = await generateTeacherKeyPair();
		const stored = await exportTeacherKeys(pair);
		expect(stored.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
		const restored = await importTeacherKeys(JSON.parse(JSON.stringify(stored)));
		expect(await exportPublicKey(restored.publicKey)).toBe(stored.publicKey);
		expect(await publicKeyOf(restored.privateKey)).toBe(stored.publicKey);
	});

	it('refuse a damaged or mismatched backup', async () => {
		const a = await exportTeacherKeys(await generateTeacherKeyPair());
		const b = await exportTeacherKeys(await generateTeacherKeyPair());
		await expect(importTeacherKeys({ ...a, publicKey: b.publicKey })).rejects.toThrow(
			/do not match/
		);
		await expect(importTeacherKeys({ ...a, privateKey: 'AAAA' })).rejects.toThrow(CodeError);
		await expect(importTeacherKeys({ ...a, privateKey: '!' })).rejects.toThrow(/damaged/);
	});

	it('refuse a public key that is not a P-256 point', async () => {
		await expect(importPublicKey('BAAA')).rejects.toThrow(CodeError);
		await expect(importPublicKey(`B${'A'.repeat(86)}`)).rejects.toThrow(CodeError);
	});
});
