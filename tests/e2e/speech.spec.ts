import { readFileSync } from 'node:fs';
import { expect, expectNoHorizontalScroll, test } from './fixtures';

const speech = readFileSync('content/oic-acm-2017/speech.txt', 'utf8');

test('shows the speech verbatim, paragraph by paragraph', async ({ page }) => {
	await page.goto('/speech/oic-acm-2017');
	const paragraphs = speech
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean);
	const shown = await page.locator('.speech > p').allTextContents();
	expect(shown.map((p) => p.trim())).toEqual(paragraphs);
	await expect(page.locator('mark.current')).toHaveCount(0);
	await expectNoHorizontalScroll(page);
});

test('a deep link opened directly highlights its fact', async ({ page }) => {
	await page.goto('/speech/oic-acm-2017#fact-occasion-speaker');
	await expect(page.locator('mark.current').first()).toBeInViewport();
	await expect(page.getByRole('complementary', { name: 'Linked fact' })).toContainText(
		'Fact of the occasion'
	);
});

test('a link to a fact that does not exist says so and still shows the speech', async ({
	page
}) => {
	await page.goto('/speech/oic-acm-2017#fact-no-such-fact');
	await expect(page.getByRole('alert')).toContainText('“no-such-fact”');
	await expect(page.getByText('Thank you.')).toBeVisible();
	await expect(page.locator('mark.current')).toHaveCount(0);
});
