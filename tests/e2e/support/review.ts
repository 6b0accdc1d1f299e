import { expect, type Page } from '@playwright/test';

/** On an assignment's review screen: submits, confirming, and waits for the result. */
export async function submitFromReview(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
	await page.getByRole('button', { name: 'Submit answers…' }).click();
	await page.getByRole('button', { name: 'Yes, submit' }).click();
	await expect(page.getByRole('heading', { name: 'Submitted' })).toBeVisible();
}
