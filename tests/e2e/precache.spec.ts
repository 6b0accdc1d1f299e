import { readFileSync } from 'node:fs';
import { PRECACHE_BUDGET_BYTES, precacheFiles, urlOfFile } from '../../scripts/precache-files.mjs';
import { expect, test, waitForServiceWorker } from './fixtures';
import { BUILD_A } from './support/builds';

const files = precacheFiles(BUILD_A);

/** Same-origin paths a built page refers to: its scripts, styles, icons, manifest and links. */
function references(file: string): string[] {
	const html = readFileSync(`${BUILD_A}/${file}`, 'utf8');
	const base = new URL(urlOfFile(file), 'http://app.invalid');
	const found = [
		...html.matchAll(/\s(?:src|href)="([^"]+)"/g),
		...html.matchAll(/\bimport\("([^"]+)"\)/g)
	].map((match) => new URL(match[1]!.replaceAll('&amp;', '&'), base));
	return [...new Set(found.filter((url) => url.origin === base.origin).map((url) => url.pathname))];
}

test.describe('the precache', () => {
	// A check of the build: one viewport is enough.
	test.skip(({ isMobile }) => isMobile, 'the same build for every viewport');

	let precached: string[];

	test.beforeEach(async ({ page }) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		precached = await page.evaluate(async () => {
			const paths: string[] = [];
			for (const name of await caches.keys())
				for (const request of await (await caches.open(name)).keys())
					paths.push(new URL(request.url).pathname);
			return paths;
		});
	});

	test('holds every file that any page refers to', () => {
		const pages = files.filter((entry) => entry.file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(3);
		for (const { file } of pages) {
			const refs = references(file);
			expect(refs.length, `references in ${file}`).toBeGreaterThan(5);
			for (const ref of refs) expect(precached, `${ref}, referred to by ${file}`).toContain(ref);
		}
	});

	test('holds every file of the build, none left out for its size, within budget', () => {
		expect(precached.sort()).toEqual(files.map((entry) => entry.url).sort());
		const gzipBytes = files.reduce((sum, entry) => sum + entry.gzipBytes, 0);
		test.info().annotations.push({
			type: 'precache',
			description: `${files.length} files, ${(gzipBytes / 1024).toFixed(1)} KB gzipped`
		});
		expect(gzipBytes).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
	});
});
