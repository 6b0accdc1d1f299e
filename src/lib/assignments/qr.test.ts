import { describe, expect, it } from 'vitest';
import { qrCode } from './qr';

describe('qrCode', () => {
	it('gives a square matrix and a path with one rectangle per run of dark modules', () => {
		const code = qrCode('https://study.example.org/assignment#SSA-AUEA_wTU2XAofjrKr9CV2XWG6MG6');
		expect(code.modules).toHaveLength(code.size);
		expect(code.modules.every((row) => row.length === code.size)).toBe(true);
		const runs = code.modules
			.map(
				(row) =>
					row
						.map((dark) => (dark ? '1' : '0'))
						.join('')
						.match(/1+/g)?.length ?? 0
			)
			.reduce((a, b) => a + b, 0);
		expect(code.path.match(/M/g)).toHaveLength(runs);
		expect(code.path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
	});

	it('draws the finder pattern in the top-left corner', () => {
		const { modules } = qrCode('SSR-abc');
		expect(modules[0]!.slice(0, 7)).toEqual(Array(7).fill(true));
		expect(modules[1]!.slice(0, 7)).toEqual([true, false, false, false, false, false, true]);
	});

	it('fits a result code of a long quiz', () => {
		expect(qrCode(`SSR-${'A'.repeat(1500)}`).size).toBeLessThanOrEqual(177);
	});

	it('refuses text too long for any QR code', () => {
		expect(() => qrCode('x'.repeat(5000))).toThrow();
	});
});
