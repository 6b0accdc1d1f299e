import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run answer', { timeout: 30_000 }, () => {
	it('prints one line per answer: correct, exact, and why a lenient answer was accepted', async () => {
		const { stdout } = await run(
			'npx',
			['tsx', 'scripts/answer.ts', 'occasion-speaker', 'Mr. Elmar Mammadyarov', 'Ilham Aliyev'],
			{ encoding: 'utf8' }
		);
		const lines = stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as Record<string, unknown>);
		expect(lines).toEqual([
			{
				answer: 'Mr. Elmar Mammadyarov',
				correct: true,
				exact: true,
				note: expect.stringContaining('the title aside')
			},
			{ answer: 'Ilham Aliyev', correct: false, exact: false }
		]);
	});

	it('names the closest ids of a fact it does not know, with exit code 1', async () => {
		const failed = await run('npx', ['tsx', 'scripts/answer.ts', 'khojaly', 'x'], {
			encoding: 'utf8'
		}).catch((error: { code: number; stderr: string }) => error);
		expect(failed).toMatchObject({ code: 1, stderr: expect.stringMatching(/khojaly-town/) });
	});
});
