import { readdirSync, readFileSync } from 'node:fs';
import { expect, navigateTo, test, waitForServiceWorker } from './fixtures';
import { BUILD_A, BUILD_B } from './support/builds';
import { getRecord, putRecord } from './support/indexeddb';
import { startStaticServer, type StaticServer } from './support/static-server';

/** The URL of a build's SvelteKit entry, which names the version a page runs. */
function startEntry(build: string): string {
	const found = readFileSync(`${build}/index.html`, 'utf8').match(
		/\/_app\/immutable\/entry\/start\.[\w-]+\.js/
	);
	if (!found) throw new Error(`No SvelteKit entry in ${build}/index.html`);
	return found[0];
}

/** The hashed files of a build, as URL paths. */
function immutableFiles(build: string): string[] {
	const dir = `${build}/_app/immutable`;
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `${entry.parentPath.slice(build.length)}/${entry.name}`);
}

let server: StaticServer;

test.beforeEach(async () => {
	server = await startStaticServer(BUILD_A);
});

test.afterEach(async () => {
	await server.close();
});

test('a new version waits for "Reload", then runs with the data intact', async ({ page }) => {
	const startA = startEntry(BUILD_A);
	const startB = startEntry(BUILD_B);
	expect(startB, 'build B differs from build A').not.toBe(startA);
	const goneInB = immutableFiles(BUILD_A).filter((file) => !immutableFiles(BUILD_B).includes(file));

	// Versions never mix: no request for a file fails, before, during or after the update.
	const failures: string[] = [];
	page.on('response', (response) => {
		if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
	});
	page.on('requestfailed', (request) => failures.push(`failed ${request.url()}`));

	const progress = { cardsStudied: 12, at: '2025-01-15T10:00:00.000Z' };
	await page.goto(`${server.url}/`);
	await waitForServiceWorker(page);
	await putRecord(page, 'progress', progress);
	const runs = (entry: string) => page.locator(`head link[href="${entry}"]`);
	await expect(runs(startA)).toHaveCount(1);

	server.root = BUILD_B;
	// What the app does every hour and whenever it comes back into view.
	await page.evaluate(async () => {
		await (await navigator.serviceWorker.getRegistration())?.update();
	});
	const prompt = page.getByRole('status').filter({ hasText: 'A new version is available' });
	await expect(prompt).toBeVisible();

	await test.step('until accepted, the open app keeps to its own version', async () => {
		await navigateTo(page, 'Facts');
		await expect(page.getByRole('heading', { level: 1, name: 'Facts' })).toBeVisible();
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Facts' })).toBeVisible();
		await expect(runs(startA)).toHaveCount(1);
		await expect(prompt).toBeVisible();
	});

	await test.step('"Reload" brings the new version', async () => {
		await prompt.getByRole('button', { name: 'Reload' }).click();
		await expect(runs(startB)).toHaveCount(1);
		await expect(page.getByRole('heading', { level: 1, name: 'Facts' })).toBeVisible();
		await expect(prompt).toBeHidden();
	});

	expect(await getRecord(page, 'progress')).toEqual(progress);
	const cached = await page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys())
				urls.push(new URL(request.url).pathname);
		return urls;
	});
	expect(cached).toContain(startB);
	expect(
		cached.filter((path) => goneInB.includes(path)),
		"build A's files left in the cache"
	).toEqual([]);
	expect(failures).toEqual([]);
});

test('a quiz in progress is saved before the reload and carries on in the new version', async ({
	page
}) => {
	await page.goto(`${server.url}/study`);
	await waitForServiceWorker(page);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Easy, next in/ }).click();
	await expect(page.getByText('1 reviewed · 19 to go')).toBeVisible();

	await navigateTo(page, 'Quiz');
	await page.getByRole('button', { name: /^Quick 10/ }).click();
	for (const n of [1, 2]) {
		await page.getByRole('button', { name: 'I don’t know' }).click();
		await page.getByRole('button', { name: 'Next question' }).click();
		await expect(
			page.getByRole('heading', { level: 2, name: `Question ${n + 1} of 10` })
		).toBeVisible();
	}
	const third = await page.getByRole('main').locator('legend, label').first().textContent();

	server.root = BUILD_B;
	await page.evaluate(async () => {
		await (await navigator.serviceWorker.getRegistration())?.update();
	});
	const prompt = page.getByRole('status').filter({ hasText: 'A new version is available' });
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(page.locator(`head link[href="${startEntry(BUILD_B)}"]`)).toHaveCount(1);

	await expect(page.getByRole('heading', { level: 2, name: 'Question 3 of 10' })).toBeVisible();
	await expect(page.getByRole('main').locator('legend, label').first()).toHaveText(third ?? '');
	await navigateTo(page, 'Study');
	await expect(page.getByText('0 reviewed · 19 to go')).toBeVisible();
});
