import { expect, expectNoHorizontalScroll, openHydrated, test } from './fixtures';

test('home says what the app is and leads to the facts and the speech', async ({ page }) => {
	await page.goto('/');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Learn a diplomatic speech by its own words' })
	).toBeVisible();
	await expect(page.getByText('Elmar Mammadyarov, Minister of Foreign Affairs')).toBeVisible();
	await expectNoHorizontalScroll(page);

	await page.getByRole('main').getByRole('link', { name: 'Browse the facts' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Facts' })).toBeVisible();
	const nav = page.getByRole('navigation', { name: 'Main' });
	const facts = nav.getByRole('link', { name: 'Facts' });
	// On a phone, Facts is under More, which says that the page is one of its own.
	if (!(await facts.isVisible())) {
		await expect(nav.getByText('More', { exact: true })).toHaveAttribute('aria-current', 'true');
		await nav.getByText('More', { exact: true }).click();
	}
	await expect(facts).toHaveAttribute('aria-current', 'page');

	await page.getByRole('banner').getByRole('link', { name: 'Speech Study' }).click();
	await page.getByRole('main').getByRole('link', { name: 'Read the speech' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Speeches' })).toBeVisible();
	await page.getByRole('link', { name: 'Speech at the OIC Annual Coordination Meeting' }).click();
	await expect(page.getByText('Assalami alaikum wa rahmatullahi wa barakatuh!')).toBeVisible();
});

test('the app offers to install itself when the browser allows it, and says how elsewhere', async ({
	page
}) => {
	await openHydrated(page, '/');
	const install = page.getByRole('region', { name: 'Install the app' });
	// No offer from the browser (Safari, Firefox, or not yet): a short how-to.
	await install.getByText('How to install it').click();
	await expect(install.getByText(/Add to Home Screen/)).toBeVisible();

	// Chromium's offer, as the browser sends it once the app can be installed.
	await page.evaluate(() => {
		const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
			prompt: async () => void document.documentElement.setAttribute('data-prompted', ''),
			userChoice: Promise.resolve({ outcome: 'accepted' })
		});
		window.dispatchEvent(offer);
	});
	await install.getByRole('button', { name: 'Install the app' }).click();
	await expect(page.locator('html[data-prompted]')).toBeAttached();
	// Installed: the offer is gone.
	await expect(install).toHaveCount(0);
});
