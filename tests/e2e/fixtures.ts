import { test as base, expect, type Page } from '@playwright/test';

/** Helpers every spec shares; specs import `test` and `expect` from here. */
interface Fixtures {
	/** Page errors and console errors collected during every test; checked empty after it. */
	pageErrors: string[];
}

export const test = base.extend<Fixtures>({
	pageErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			await use(errors);
			expect(errors, 'errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});

/** Fails the test if the page scrolls sideways: the layout must fit a 360 px phone. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}

export { expect };
export type { Page } from '@playwright/test';

/**
 * Follows a link of the main navigation as a person would: on a phone the daily places are in
 * the tab bar and the rest under its "More".
 */
export async function navigateTo(page: Page, name: string): Promise<void> {
	const nav = page.getByRole('navigation', { name: 'Main' });
	const link = nav.getByRole('link', { name, exact: true });
	if (!(await link.isVisible())) await nav.getByText('More', { exact: true }).click();
	await link.click();
}

/** Opens a page and waits until it has hydrated: a form filled before then is reset. */
export async function openHydrated(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Waits until the service worker is active and controls the page: from then on it works offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
		);
	});
}
