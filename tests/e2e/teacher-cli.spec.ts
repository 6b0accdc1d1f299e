import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crossRuntimeSpecs, GOLDEN_SPECS } from '../../src/lib/assignments/golden';
import { SpecError } from '../../src/lib/engine/errors';
import type { QuizSpec } from '../../src/lib/engine/models';
import { makeAssignmentFromFlags } from '../../scripts/lib/make-assignment';
import { expect, openHydrated, test, type Page } from './fixtures';
import { submitFromReview } from './support/review';

const run = promisify(execFile);

/** A command-line tool, run as a teacher runs it; its standard output and exit code. */
async function tool(args: string[], input = ''): Promise<{ code: number; stdout: string }> {
	const child = run('npx', ['tsx', ...args], { encoding: 'utf8' });
	child.child.stdin?.end(input);
	try {
		return { code: 0, stdout: (await child).stdout };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout + failed.stderr };
	}
}

/** The tool's flags for a spec, as a teacher would type them. */
const flagsOf = (spec: QuizSpec, title: string) => ({
	seed: String(spec.seed),
	count: String(spec.count),
	types: spec.types.join(','),
	...(spec.topics ? { topics: spec.topics.join(',') } : {}),
	difficulty: spec.difficulty.join('-'),
	title
});

/** Opens an assignment link as a student and starts it; the number of questions it asks. */
async function startAssignment(page: Page, link: string, title: string, count: number) {
	await page.goto('about:blank');
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await page.getByLabel('Your name').fill('Nigar');
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(page.getByRole('heading', { name: `Question 1 of ${count}` })).toBeVisible();
}

const dir = mkdtempSync(join(tmpdir(), 'teacher-cli-e2e-'));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.describe('assignments made with the command-line tools', () => {
	// One browser engine is enough: the phone project would only repeat it.
	test.skip(() => test.info().project.name !== 'desktop');

	test('open and start in the built app, for every golden spec and more', async ({
		page,
		baseURL
	}) => {
		test.setTimeout(120_000);
		const key = join(dir, 'many.json');
		const specs = [...GOLDEN_SPECS, ...crossRuntimeSpecs(30)];
		let opened = 0;
		for (const [i, spec] of specs.entries()) {
			const title = `CLI spec ${i + 1}`;
			let made;
			try {
				made = await makeAssignmentFromFlags(
					{ ...flagsOf(spec, title), key, origin: baseURL },
					() => {}
				);
			} catch (error) {
				// A few cross-runtime specs ask for more than the speech gives: the tool says so.
				if (error instanceof SpecError) continue;
				throw error;
			}
			// Opening the link rebuilds the quiz and checks it against the teacher's fingerprint.
			await startAssignment(page, made.link, title, spec.count);
			opened++;
		}
		expect(opened).toBeGreaterThanOrEqual(36);
	});

	test('reach a student, come back as a result the tool reads, and import on the Teacher page', async ({
		page,
		browser,
		baseURL
	}) => {
		test.setTimeout(120_000);
		const key = join(dir, 'class.json');
		const made = await tool([
			'scripts/assignment.ts',
			...['--seed', 'cli-e2e', '--count', '3', '--types', 'tf', '--title', 'From the terminal'],
			...['--key', key, '--origin', baseURL!]
		]);
		expect(made.code, made.stdout).toBe(0);
		const { link } = JSON.parse(made.stdout) as { link: string };

		// A student takes it on a device of their own.
		const student = await browser.newContext({ baseURL });
		let code: string;
		try {
			const phone = await student.newPage();
			await startAssignment(phone, link, 'From the terminal', 3);
			for (let i = 1; i <= 3; i++) {
				await expect(phone.getByRole('heading', { name: `Question ${i} of 3` })).toBeVisible();
				await phone.getByRole('radio', { name: 'True', exact: true }).check();
				await phone.getByRole('button', { name: /^Save answer/ }).click();
			}
			await submitFromReview(phone);
			code = await phone.getByLabel('Your result code', { exact: true }).inputValue();
		} finally {
			await student.close();
		}

		// The teacher reads it in the terminal…
		const read = await tool(['scripts/results.ts', '--key', key], `Nigar: ${code}\n`);
		expect(read.code, read.stdout).toBe(0);
		expect(read.stdout).toMatch(/^\uFEFFAssignment: From the terminal,/);
		expect(read.stdout).toMatch(/\r\nNigar,\d,3,\d+,(yes|no),\d+,/);

		// …or brings the key file to the Teacher page and collects the code there.
		await openHydrated(page, '/teacher');
		await page.getByLabel('Import a teacher key file or backup').setInputFiles(key);
		// A key from a file is a secret someone else may hold: the page asks before adding it.
		await expect(page.getByRole('alert').filter({ hasText: 'Add a teacher key?' })).toContainText(
			'whoever made the file can read every result sent to that key'
		);
		await page.getByRole('button', { name: 'Add the key and import' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
			'Backup imported: 1 teacher key, 1 assignment added.'
		);
		await page.getByRole('link', { name: 'From the terminal' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'From the terminal' })).toBeVisible();
		await page.getByLabel(/^Result codes/).fill(code);
		await page.getByRole('button', { name: 'Import codes' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
			'1 result imported.'
		);
	});

	test('a link made on the Teacher page opens in the tool with the same quiz', async ({ page }) => {
		await openHydrated(page, '/teacher');
		await page.getByLabel('Title').fill('Made in the app');
		// Matchings and orderings, the question types that take several facts at once.
		for (const type of ['Multiple choice', 'True or false', 'Typed answer', 'Number']) {
			await page.getByRole('checkbox', { name: type }).uncheck();
		}
		await page.getByRole('checkbox', { name: 'Matching' }).check();
		await page.getByRole('checkbox', { name: 'Ordering' }).check();
		await page.getByLabel('Number of questions').fill('4');
		await page.getByLabel(/^Seed/).fill('app-to-cli');
		await page.getByRole('button', { name: 'Make assignment' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Made in the app' })).toBeVisible();
		const link = await page.locator('#share-link').inputValue();
		const opened = await tool(['scripts/assignment.ts', '--open', link]);
		expect(opened.code, opened.stdout).toBe(0);
		const printed = JSON.parse(opened.stdout) as { matches: boolean; questionIds: string[] };
		expect(printed.matches).toBe(true);
		expect(printed.questionIds).toHaveLength(4);
		expect(printed.questionIds.some((id) => id.startsWith('match:'))).toBe(true);
		expect(printed.questionIds.some((id) => id.startsWith('order:'))).toBe(true);
	});
});
