import { expect, expectNoHorizontalScroll, test } from './fixtures';

test('home says what the app is and leads to the facts and the speech', async ({ page }) => {
	await page.goto('/');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Learn a diplomatic speech by its own words' })
	).toBeVisible();
	await expect(page.getByText('Elmar Mammadyarov, Minister of Foreign Affairs')).toBeVisible();
	await expectNoHorizontalScroll(page);

	await page.getByRole('main').getByRole('link', { name: 'Browse the facts' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Facts' })).toBeVisible();
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Facts' })
	).toHaveAttribute('aria-current', 'page');

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Speech Study' })
		.click();
	await page.getByRole('main').getByRole('link', { name: 'Read the speech' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Speeches' })).toBeVisible();
	await page.getByRole('link', { name: 'Speech at the OIC Annual Coordination Meeting' }).click();
	await expect(page.getByText('Assalami alaikum wa rahmatullahi wa barakatuh!')).toBeVisible();
});
