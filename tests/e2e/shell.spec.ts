import { expect, navigateTo, test } from './fixtures';

test('on a phone the navigation is one tab bar within thumb reach, and Study opens on the card', async ({
	page
}, testInfo) => {
	test.skip(testInfo.project.name !== 'phone', 'the tab bar is the phone’s');
	await page.goto('/study');
	const tabs = page.getByRole('navigation', { name: 'Main' });
	for (const name of ['Study', 'Quiz', 'Progress', 'Speech']) {
		await expect(tabs.getByRole('link', { name, exact: true })).toBeVisible();
	}
	const viewport = page.viewportSize()!;
	const bar = (await tabs.boundingBox())!;
	// One line, at the bottom of the screen.
	expect(bar.height).toBeLessThanOrEqual(64);
	expect(bar.y + bar.height).toBeCloseTo(viewport.height, 0);
	const header = (await page.getByRole('banner').boundingBox())!;
	expect(header.height).toBeLessThanOrEqual(56);
	// The first screen of Study is the card, its answer button above the tab bar.
	const show = (await page.getByRole('button', { name: 'Show answer' }).boundingBox())!;
	expect(show.y + show.height).toBeLessThan(bar.y);

	// The rest is one tap away, under More.
	await navigateTo(page, 'Teacher');
	await expect(page.getByRole('heading', { level: 1, name: 'Teacher' })).toBeVisible();
	await expect(tabs.getByRole('link', { name: 'Teacher' })).toBeHidden();
});

test('who is studying shows in the header on every page, one tap from switching', async ({
	page
}) => {
	await page.goto('/study');
	const studying = page.getByRole('banner').getByRole('link', { name: /^Studying: Me/ });
	await expect(studying).toBeVisible();
	// The facts page does not open the database, and still says who is studying.
	await page.goto('/facts');
	await expect(studying).toBeVisible();
	await studying.click();
	await expect(page.getByRole('heading', { name: 'Who is studying' })).toBeVisible();
});

test('at 320 px the four grades fit the screen, above the tab bar', async ({ page }, testInfo) => {
	test.skip(testInfo.project.name !== 'phone', 'the tab bar is the phone’s');
	await page.setViewportSize({ width: 320, height: 568 });
	await page.goto('/study');
	await page.getByRole('button', { name: 'Show answer' }).click();
	const bar = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
	for (const grade of ['Again', 'Hard', 'Good', 'Easy']) {
		const box = (await page
			.getByRole('button', { name: new RegExp(`^${grade}, next in`) })
			.boundingBox())!;
		expect(box.x, grade).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width, grade).toBeLessThanOrEqual(320);
		expect(box.y + box.height, grade).toBeLessThanOrEqual(bar.y + 1);
	}
	await page.goto('/learners');
	const add = (await page.getByRole('button', { name: 'Add', exact: true }).boundingBox())!;
	expect(add.x + add.width).toBeLessThanOrEqual(320);
});
