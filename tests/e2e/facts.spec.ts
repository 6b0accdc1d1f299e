import { expect, expectNoHorizontalScroll, test } from './fixtures';

test.describe('facts page', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/facts');
	});

	test('groups every fact by topic, with statement, answer and quote', async ({ page }) => {
		await expect(page.getByRole('heading', { level: 2, name: /^Khojaly, 1992/ })).toBeVisible();
		await expect(
			page.getByRole('heading', { level: 2, name: /^The meeting and its hosts/ })
		).toBeVisible();
		const fact = page.getByRole('article', {
			name: 'According to the speech, 613 civilians were killed at Khojaly.'
		});
		await expect(fact.getByText('613', { exact: true })).toBeVisible();
		await expect(fact.getByText(/As a result, 613 civilians were killed/)).toBeVisible();
		await expect(fact.getByText('Claim of the speaker')).toBeVisible();
		// A claim the other party disputes says so, and no more.
		await expect(fact.getByText('Contested', { exact: true })).toBeVisible();
		await expect(
			fact.getByText(/The other party to the conflict disputes this claim/)
		).toBeVisible();
		const greeting = page.getByRole('article', { name: /addresses the chair of the meeting/ });
		await expect(greeting.getByText('Words of the speech')).toBeVisible();
		await expect(greeting.getByText('Contested', { exact: true })).toHaveCount(0);
		await expectNoHorizontalScroll(page);
	});

	test('names every link to the speech by its fact, so a screen reader can tell them apart', async ({
		page
	}) => {
		const links = page.getByRole('link', { name: /^In the speech/ });
		await expect(links.first()).toBeVisible();
		const names = await links.evaluateAll((all) =>
			all.map((link) => link.getAttribute('aria-label') ?? link.textContent)
		);
		expect(names.length).toBeGreaterThan(90);
		expect(new Set(names).size).toBe(names.length);
		await expect(
			page.getByRole('link', { name: /^In the speech: 613, civilians killed at Khojaly/ })
		).toHaveCount(1);
	});

	test('filters as you type, ignoring case and accents', async ({ page }) => {
		const search = page.getByLabel('Search facts');
		const status = page.getByRole('status');
		const total = Number((await status.textContent())?.match(/\d+/)?.[0]);
		expect(total).toBeGreaterThan(1);

		await search.pressSequentially('KHOJALY');
		await expect(status).toHaveText(/^\d+ of \d+ facts match$/);
		const articles = page.getByRole('article');
		const shown = await articles.count();
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(total);
		for (const text of await articles.allTextContents())
			expect(text.toLowerCase()).toContain('khojaly');

		// Another transliteration (Azerbaijani Xocalı) and a slip find the same facts.
		await search.fill('Xocali');
		await expect(articles).toHaveCount(shown);
		await search.fill('Mamedyarov');
		await expect(articles.first()).toContainText('Elmar Mammadyarov');

		await search.fill('xyzzy plugh');
		await expect(page.getByText('No fact matches “xyzzy plugh”.')).toBeVisible();
		await expect(articles).toHaveCount(0);

		await search.fill('');
		await expect(articles).toHaveCount(total);
	});

	test('each fact links to its quote, highlighted and scrolled into view in the speech', async ({
		page
	}) => {
		const fact = page.getByRole('article', {
			name: 'According to the speech, 613 civilians were killed at Khojaly.'
		});
		await fact.getByRole('link', { name: /In the speech/ }).click();
		await expect(page).toHaveURL(/\/speech\/oic-acm-2017#fact-khojaly-civilians-killed$/);
		await expect(page.getByRole('complementary', { name: 'Linked fact' })).toContainText(
			'According to the speech, 613 civilians were killed at Khojaly.'
		);
		const highlighted = page.locator('mark.current');
		await expect(highlighted.first()).toBeInViewport();
		expect((await highlighted.allTextContents()).join('')).toBe(
			'As a result, 613 civilians were killed, including 106 women, 63 children and 70 elderly.'
		);
	});
});
