import type { Page } from '@playwright/test';
import { expect, navigateTo, test, waitForServiceWorker } from './fixtures';

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
	},
	{
		name: 'study',
		path: '/study',
		check: async (page) => {
			await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
		}
	},
	{
		name: 'quiz',
		path: '/quiz',
		check: async (page) => {
			await expect(page.getByRole('button', { name: /Quick 10/ })).toBeVisible();
		}
	},
	{
		name: 'learners',
		path: '/learners',
		check: async (page) => {
			await expect(page.getByText('studying now')).toBeVisible();
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
		await navigateTo(page, 'Facts');
		await screens[1]!.check(page);
		await navigateTo(page, 'Speech');
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

	test('study cards and take a quiz offline; after a reload the progress is still there', async ({
		page
	}) => {
		await page.goto('/study');
		for (let i = 0; i < 3; i++) {
			await page.getByRole('button', { name: 'Show answer' }).click();
			await page.getByRole('button', { name: /^Easy, next in/ }).click();
		}
		await expect(page.getByText('3 reviewed · 17 to go')).toBeVisible();
		await page.reload();
		await expect(page.getByText('0 reviewed · 17 to go')).toBeVisible();

		await page.goto('/quiz');
		await page.getByRole('button', { name: /Quick 10/ }).click();
		for (let n = 1; n <= 10; n++) {
			await page.getByRole('button', { name: 'I don’t know' }).click();
			await page.getByRole('button', { name: n === 10 ? 'See results' : 'Next question' }).click();
		}
		await expect(page.getByText('Saved to your history.')).toBeVisible();

		await page.reload();
		await expect(page.getByRole('region', { name: 'Recent quizzes' })).toContainText(
			'0 of 10 correct'
		);
	});
});
