import type { Page } from '@playwright/test';
import { expect, expectNoHorizontalScroll, test } from './fixtures';
import { expectNoViolations } from './support/axe';
const SCHEMES = ['light', 'dark'] as const;

interface Route {
	/** Names the test. */
	name: string;
	path: string;
	/** Brings the page to the state to check, once loaded; by default waits for its heading. */
	ready?: (page: Page) => Promise<void>;
}

async function studyOneCard(page: Page): Promise<void> {
	await page.goto('/study');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Good, next in/ }).click();
	await expect(page.getByText(/^1 reviewed/)).toBeVisible();
}

/** Every page of the app, and the states of them worth checking. Add new routes here. */
const ROUTES: Route[] = [
	{ name: 'home', path: '/' },
	{ name: 'facts', path: '/facts' },
	{ name: 'speeches', path: '/speech' },
	{
		name: 'speech map with a passage open',
		path: '/speech/oic-acm-2017#fact-khojaly-civilians-killed',
		ready: async (page) => {
			// A click before the page has hydrated does nothing: click until the panel opens.
			const study = page.getByRole('link', { name: /^Study th/ });
			await expect(async () => {
				if (!(await study.isVisible())) await page.locator('.passage').first().click();
				await expect(study).toBeVisible({ timeout: 1000 });
			}).toPass();
		}
	},
	{
		name: 'study, card front',
		path: '/study',
		ready: (page) => expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible()
	},
	{
		name: 'study, card flipped',
		path: '/study',
		ready: async (page) => {
			await page.getByRole('button', { name: 'Show answer' }).click();
			await page.getByText('Source quote').click();
			await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
		}
	},
	{
		name: 'progress of a new learner',
		path: '/progress',
		ready: (page) =>
			expect(page.getByRole('heading', { name: 'No reviews yet — start studying' })).toBeVisible()
	},
	{
		name: 'progress after studying, tables open',
		path: '/progress',
		ready: async (page) => {
			await studyOneCard(page);
			await page.goto('/progress');
			await expect(page.getByText('Show as table').first()).toBeVisible();
			for (const toggle of await page.getByText('Show as table').all()) await toggle.click();
			await expect(page.getByRole('table').first()).toBeVisible();
		}
	},
	{ name: 'quiz', path: '/quiz' },
	{ name: 'learners', path: '/learners' },
	{ name: 'teacher', path: '/teacher' },
	{ name: 'join', path: '/join' },
	{ name: 'assignment', path: '/assignment' },
	{ name: 'offline', path: '/offline' }
];

/**
 * Every rule once per page, on the desktop in the light theme; after that, only what another
 * theme or screen can change: contrast in the dark theme, target size and reflow on the phone.
 * The same coverage as every rule everywhere, in about half the time.
 */
const CHECKS = {
	light: { desktop: undefined, phone: ['target-size', 'meta-viewport', 'meta-viewport-large'] },
	dark: { desktop: ['color-contrast'], phone: null }
} as const;

for (const scheme of SCHEMES) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });
		// axe reads every node: the facts page (95 facts) takes it a while on a slow machine.
		test.describe.configure({ timeout: 90_000 });

		for (const route of ROUTES) {
			test(`${route.name} (${route.path}) has no WCAG 2.2 AA violations`, async ({
				page
			}, testInfo) => {
				const only = CHECKS[scheme][testInfo.project.name as 'desktop' | 'phone'];
				test.skip(only === null, 'contrast is checked on the desktop, sizes in the light theme');
				await page.goto(route.path);
				await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
				await route.ready?.(page);
				await expectNoViolations(page, only ?? undefined);
				if (testInfo.project.name === 'phone') await expectNoHorizontalScroll(page);
			});
		}
	});
}

test('the theme toggle overrides the system’s theme, at once and after a reload', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const theme = page.getByRole('radiogroup', { name: 'Theme' });
	await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const light = await background();

	await theme.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await background()).not.toBe(light);
	await expectNoViolations(page);

	await page.reload();
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	// Back to the system's: the attribute goes, and the system's light theme shows again.
	await page.getByRole('radio', { name: 'System' }).check();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
	expect(await background()).toBe(light);

	// Chosen light while the system is dark.
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.getByRole('radio', { name: 'Light' }).check();
	expect(await background()).toBe(light);
	await expectNoViolations(page);
});

test('the theme can be chosen with the keyboard alone', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('radio', { name: 'System' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Light' })).toBeFocused();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
