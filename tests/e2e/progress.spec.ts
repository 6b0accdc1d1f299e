import type { Page } from '@playwright/test';
import { expect, expectNoHorizontalScroll, test } from './fixtures';

/** Studies `count` new cards on the study screen, grading each `grade`. */
async function studyCards(page: Page, count: number, grade = 'Good') {
	await page.goto('/study');
	for (let i = 0; i < count; i++) {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: new RegExp(`^${grade}, next in`) }).click();
	}
	await expect(page.getByText(new RegExp(`^${count} reviewed`))).toBeVisible();
}

function figure(page: Page, caption: string) {
	return page.getByRole('figure', { name: caption });
}

test('a new learner is invited to start studying', async ({ page }) => {
	await page.goto('/progress');
	await expect(
		page.getByRole('heading', { name: 'No reviews yet — start studying' })
	).toBeVisible();
	await page.getByRole('link', { name: 'Start studying' }).click();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
});

test('after studying, the dashboard shows what is due, the streak, and every chart as a table', async ({
	page
}) => {
	await studyCards(page, 3, 'Good');
	await page.goto('/progress');

	const figures = page.getByRole('region', { name: 'Today' });
	// Cards graded Good come back in ten minutes: on today's forecast, but not due now, as Study
	// does not offer them either (one meaning of due), so there is no "Study the … due now".
	await expect(figures.getByRole('definition').filter({ hasText: /cards?$/ })).toHaveText(
		'0 cards'
	);
	await expect(page.getByRole('link', { name: /due now/ })).toHaveCount(0);
	await expect(figures).toContainText('Streak 1 day 3 reviews today');

	const forecast = figure(page, 'Cards due, next 14 days');
	await expect(forecast).toContainText('3 cards due today, 3 cards over the next 14 days.');
	await forecast.getByText('Show as table').click();
	await expect(forecast.getByRole('row')).toHaveCount(15);
	await expect(forecast.getByRole('row', { name: /^Today/ })).toContainText('3');

	const heatmap = figure(page, 'Reviews per day');
	await expect(heatmap).toContainText('3 reviews on 1 day in the last 16 weeks.');
	await heatmap.getByText('Show as table').click();
	await expect(heatmap.getByRole('row')).toHaveCount(2);

	const retention = figure(page, 'Share of reviews recalled, by week');
	await expect(retention).toContainText('100% of reviews recalled over the last 8 weeks');
	await retention.getByText('Show as table').click();
	await expect(retention.getByRole('row').last()).toContainText('3 (100%)');

	const mastery = figure(page, 'Mastery by topic');
	await mastery.getByText('Show as table').click();
	await expect(mastery.getByRole('columnheader', { name: 'Studied' })).toBeVisible();
	const studied = await mastery.getByRole('cell', { name: /^[1-3] of \d+$/ }).count();
	expect(studied).toBeGreaterThan(0);

	await expect(page.getByRole('heading', { name: 'Quiz history' })).toBeVisible();
	await expect(page.getByText('No quizzes yet')).toBeVisible();
	await expectNoHorizontalScroll(page);
});

test('the speech map shades studied passages, lists their facts, and studies just those', async ({
	page
}) => {
	await studyCards(page, 2, 'Easy');
	await page.goto('/speech/oic-acm-2017');

	const strong = page.locator('mark[data-recall="4"]');
	await expect(strong.first()).toBeVisible();
	await expect(page.locator('mark[data-recall="unseen"]').first()).toBeVisible();
	const shade = (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((mark) => getComputedStyle(mark).backgroundColor);
	expect(await shade('mark[data-recall="4"]')).not.toBe(await shade('mark[data-recall="unseen"]'));

	// Keyboard: focus the passage, Enter lists its facts, Escape closes and returns focus.
	const passage = strong.first().getByRole('button');
	await passage.focus();
	await page.keyboard.press('Enter');
	const panel = page.getByRole('region', { name: /^The (fact|\d+ facts) of this passage$/ });
	await expect(panel).toBeFocused();
	await expect(panel).toContainText('Recall 100% · Strong');
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(passage).toBeFocused();

	// Tap: the panel's link starts a session on only this passage's facts.
	await passage.click();
	const factIds = ((await strong.first().getAttribute('data-facts')) ?? '').split(' ');
	await panel.getByRole('link', { name: /^Study th/ }).click();
	await expect(page).toHaveURL(/\/study#facts=/);
	await expect(page.getByText(/^Only the cards of/)).toBeVisible();

	const line = page.getByText(/^\d+ reviewed · \d+ to go$/);
	await expect(line).toHaveText(/^0 reviewed · [1-9]\d* to go$/);
	const total = Number((await line.textContent())!.match(/(\d+) to go/)![1]);
	expect(total).toBeLessThanOrEqual(3 * factIds.length);
	for (let i = 0; i < total; i++) {
		await page.getByRole('button', { name: 'Show answer' }).click();
		// The link to the card's quote, inside the closed "Source quote".
		const href = await page.locator('a[href*="#fact-"]').getAttribute('href');
		expect(factIds).toContain(href!.split('#fact-')[1]);
		await page.getByRole('button', { name: /^Easy, next in/ }).click();
	}
	await expect(line).toHaveCount(0);

	await page.getByRole('link', { name: 'Study all cards instead' }).click();
	await expect(page).toHaveURL(/\/study$/);
	await expect(page.getByText(/^0 reviewed · \d+ to go$/)).toBeVisible();
});
