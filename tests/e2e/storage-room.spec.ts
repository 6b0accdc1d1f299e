import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-path.mjs';
import { bigBackup } from './support/big-backup';
import { tableCounts } from './support/indexeddb';
import { expect, openHydrated, test, type Page } from './fixtures';

/** Chooses a backup file with `text` in the Learners page's import field. */
async function importBackupFile(page: Page, name: string, text: string): Promise<void> {
	await page.getByLabel('Import a backup file').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
}

// A browser that runs out of disk in the middle of a write may clear the whole site's storage
// (Chromium does on a nearly full disk), so a backup that may not fit is refused before anything
// is written. Here the browser says it has 2 MB left for the app.
test('a backup too big for the space left is refused with a clear message, and nothing changes', async ({
	page
}) => {
	await page.addInitScript(() => {
		const estimate = navigator.storage.estimate.bind(navigator.storage);
		navigator.storage.estimate = async () => {
			const real = await estimate();
			return { ...real, quota: (real.usage ?? 0) + 2_000_000 };
		};
	});
	await openHydrated(page, '/learners');
	// A small backup fits: it is imported.
	await importBackupFile(page, 'small.json', bigBackup('aylin', 'Aylin', 100));
	await expect(page.getByRole('status')).toContainText('Backup imported: 1 learner', {
		timeout: 15_000
	});
	const before = await tableCounts(page);
	expect(before.reviewLog).toBe(100);

	// 6,000 reviews, about 3 MB: it would need about 8.5 MB.
	await importBackupFile(page, 'big.json', bigBackup('murad', 'Murad', 6000));
	await expect(page.getByRole('alert')).toContainText(
		'left for the app. Nothing was imported and your progress is as it was.',
		{ timeout: 15_000 }
	);
	expect(await tableCounts(page)).toEqual(before);
	await page.reload();
	expect(await tableCounts(page)).toEqual(before);
	await expect(page.getByRole('region', { name: 'Who is studying' })).toContainText('Aylin');
});

// On a nearly full disk the browser's estimate can promise gigabytes it does not have, and the
// refusal above cannot help: the write itself fails. Chromium is given a real quota (DevTools'
// "custom storage quota", which it enforces on IndexedDB but leaves out of the estimate, as a full
// disk would) so that the import's own write fails part way; the import's single transaction
// must then leave every table exactly as it was.
const QUOTA = 4_000_000;
test('an import whose write runs out of space leaves every table exactly as it was', async ({
	baseURL
}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'a browser of its own, the same on every project');
	// A browser of its own and two imports, one of them large: 28 s once in the gate, near 30.
	test.setTimeout(60_000);
	const profile = testInfo.outputPath('profile');
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: CHROMIUM_ARGS,
		baseURL
	});
	const page = context.pages()[0] ?? (await context.newPage());
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	try {
		// Chromium takes the quota when the site first touches storage: set it before.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.overrideQuotaForOrigin', {
			origin: new URL(baseURL!).origin,
			quotaSize: QUOTA
		});
		await openHydrated(page, '/learners');
		await importBackupFile(page, 'small.json', bigBackup('aylin', 'Aylin', 100));
		await expect(page.getByRole('status')).toContainText('Backup imported: 1 learner', {
			timeout: 15_000
		});
		const before = await tableCounts(page);
		expect(before.reviewLog).toBe(100);

		// 20,000 reviews, more once stored than the quota leaves.
		await importBackupFile(page, 'big.json', bigBackup('murad', 'Murad', 20_000));
		await expect(page.getByRole('alert')).toContainText('out of storage space', {
			timeout: 30_000
		});
		expect(await tableCounts(page)).toEqual(before);
		await page.reload();
		expect(await tableCounts(page)).toEqual(before);
		await expect(page.getByRole('region', { name: 'Who is studying' })).toContainText('Aylin');
		await expect(page.getByRole('region', { name: 'Who is studying' })).not.toContainText('Murad');
		expect(errors).toEqual([]);
	} finally {
		await context.close();
	}
});
