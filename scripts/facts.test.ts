import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { PackedFact } from '../src/lib/content/models';

describe('npm run --silent facts', () => {
	it('prints the validated fact set of every pack as one JSON array', () => {
		const stdout = execFileSync('npm', ['run', '--silent', 'facts'], { encoding: 'utf8' });
		const facts = JSON.parse(stdout) as PackedFact[];
		expect(Array.isArray(facts)).toBe(true);
		expect(facts.length).toBeGreaterThan(0);
		for (const fact of facts) {
			expect(fact).toMatchObject({ pack: 'oic-acm-2017', id: expect.any(String) });
			expect(fact.source.quote.length).toBeGreaterThan(0);
		}
	});

	it('exits non-zero with the content issues on stderr when a pack is invalid', () => {
		let failure: { status: number; stderr: string } | undefined;
		try {
			execFileSync('npx', ['tsx', 'scripts/facts.ts', 'tests/unit/no-such-folder'], {
				encoding: 'utf8',
				stdio: 'pipe'
			});
		} catch (error) {
			failure = error as { status: number; stderr: string };
		}
		expect(failure?.status).toBe(1);
		expect(failure?.stderr).toContain('no-such-folder');
	});
});
