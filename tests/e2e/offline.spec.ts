import type { Page } from '@playwright/test';
import { expect, test, waitForServiceWorker } from './fixtures';
import { getRecord, putRecord } from './support/indexeddb';

/** A screen of the app, and how to tell that it opened properly. */
interface Screen {
	name: string;
	path: string;
	check: (page: Page) => Promise<void>;
}

/**
 * Every page of the app. Each must open offline after one online visit to the home page.
 * New screens (study, quiz, assignment links) join this list as they are built.
 */
const screens: Screen[] = [
	{
		name: 'home',
		path: '/',
		check: async (page) => {
			await expect(
				page.getByRole('heading', { level: 1, name: 'Learn a diplomatic speech by its own words' })
			).toBeVisible();
		}
	},
	{
		name: 'facts',
		path: '/facts',
		check: async (page) => {
			await expect(page.getByRole('heading', { level: 1, name: 'Facts' })).toBeVisible();
			await expect(
				page.getByRole('article', {
					name: 'According to the speech, 613 civilians were killed at Khojaly.'
				})
			).toBeVisible();
		}
	},
	{
		name: 'speeches',
		path: '/speech',
		check: async (page) => {
			await expect(page.getByRole('heading', { level: 1, name: 'Speeches' })).toBeVisible();
		}
	},
	{
		name: 'the speech',
		path: '/speech/oic-acm-2017',
		check: async (page) => {
			await expect(page.getByText('Assalami alaikum wa rahmatullahi wa barakatuh!')).toBeVisible();
		}
	},
	{
		name: 'a deep link to a fact',
		path: '/speech/oic-acm-2017#fact-khojaly-civilians-killed',
		check: async (page) => {
			await expect(page.getByRole('complementary', { name: 'Linked fact' })).toContainText(
				'According to the speech, 613 civilians were killed at Khojaly.'
			);
			await expect(page.locator('mark.current').first()).toBeInViewport();
		}
	}
];

const offlineNotice = (page: Page) =>
	page.getByRole('status').filter({ hasText: 'Offline — everything still works' });

test.describe('offline', () => {
	test.beforeEach(async ({ page }) => {
		// One online visit, to the home page only.
		await page.goto('/');
		await waitForServiceWorker(page);
		await page.context().setOffline(true);
	});

	test('every page opens and reloads with no network', async ({ page }) => {
		for (const screen of screens) {
			await test.step(screen.name, async () => {
				await page.goto(screen.path);
				await screen.check(page);
				await page.reload();
				await screen.check(page);
				await expect(offlineNotice(page)).toBeVisible();
			});
		}
	});

	test('moves between pages inside the app with no network', async ({ page }) => {
		const nav = page.getByRole('navigation', { name: 'Main' });
		await nav.getByRole('link', { name: 'Facts' }).click();
		await screens[1]!.check(page);
		await nav.getByRole('link', { name: 'Speech', exact: true }).click();
		await screens[2]!.check(page);
		await page.getByRole('link', { name: 'Speech at the OIC Annual Coordination Meeting' }).click();
		await screens[3]!.check(page);
	});

	test('says calmly when the network is gone and when it is back', async ({ page }) => {
		await expect(offlineNotice(page)).toBeVisible();
		await page.context().setOffline(false);
		await expect(offlineNotice(page)).toBeHidden();
		await page.context().setOffline(true);
		await expect(offlineNotice(page)).toBeVisible();
	});

	test('a page the app does not have says so in its own words, not a browser error', async ({
		page
	}) => {
		for (const path of ['/no-such-page', '/speech/oic-acm-2017/no/such/page']) {
			await page.goto(path);
			await expect(
				page.getByRole('heading', { level: 1, name: 'This page is not saved on this device' })
			).toBeVisible();
			await expect(page.getByRole('main')).toContainText(path);
			await page.getByRole('main').getByRole('link', { name: 'Facts' }).click();
			await screens[1]!.check(page);
		}
	});

	test('what was saved offline is still there after a reload', async ({ page }) => {
		// Study and quiz steps join here once those screens exist: study cards and take a quiz
		// offline, reload, and find the progress. Until then, the raw store stands in for them.
		const progress = { cardsStudied: 3, at: '2025-01-15T10:00:00.000Z' };
		await putRecord(page, 'progress', progress);
		await page.reload();
		await screens[0]!.check(page);
		expect(await getRecord(page, 'progress')).toEqual(progress);
	});
});
