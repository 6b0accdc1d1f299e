import { expect, navigateTo, openHydrated, test, type Page } from './fixtures';

// The narrowest phone still sold, walked screen by screen: on each, nothing scrolls sideways and
// every control a learner can reach lies wholly on the screen.
const WIDTH = 320;
test.use({ viewport: { width: WIDTH, height: 568 } });
test.skip(({ isMobile }) => !isMobile, 'a phone’s screen');

/** Fails if the page scrolls sideways or a visible control lies (partly) off the screen. */
async function expectAllOnScreen(page: Page, state: string): Promise<void> {
	const off = await page.evaluate((width) => {
		const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
		const controls = [...document.querySelectorAll('a, button, input, select, textarea, summary')];
		const outside = controls
			.filter((control) => {
				const box = control.getBoundingClientRect();
				if (box.width === 0 || box.height === 0) return false;
				if (getComputedStyle(control).visibility === 'hidden') return false;
				// A control inside a scrolling box (a wide table) may scroll with it.
				if (control.closest('[data-scrolls], .table-scroll')) return false;
				return box.left < -0.5 || box.right > width + 0.5;
			})
			.map((control) => (control.textContent ?? '').trim().slice(0, 40) || control.tagName);
		return { overflow, outside };
	}, WIDTH);
	expect(off.overflow, `${state}: sideways scroll in px`).toBeLessThanOrEqual(0);
	expect(off.outside, `${state}: controls off the screen`).toEqual([]);
}

test('every screen of a first session fits a 320 px phone', async ({ page }) => {
	await openHydrated(page, '/');
	await expectAllOnScreen(page, 'home');

	await openHydrated(page, '/study');
	await expectAllOnScreen(page, 'study, a card');
	await page.getByText('Topics:').click();
	await expectAllOnScreen(page, 'study, topics open');
	await page.getByText('Topics:').click();
	for (let i = 0; i < 3; i++) {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await expectAllOnScreen(page, 'study, the answer');
		await page.getByRole('button', { name: /^Good, next in/ }).click();
	}

	await navigateTo(page, 'Quiz');
	await expect(page.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
	await expectAllOnScreen(page, 'quiz setup');
	await page.getByRole('button', { name: /^Quick 10/ }).click();
	for (let n = 1; n <= 10; n++) {
		await expect(
			page.getByRole('heading', { level: 2, name: `Question ${n} of 10` })
		).toBeFocused();
		if (n <= 2) await expectAllOnScreen(page, `question ${n}`);
		await page.getByRole('button', { name: 'I don’t know' }).click();
		if (n <= 2) await expectAllOnScreen(page, `feedback ${n}`);
		await page.getByRole('button', { name: n === 10 ? 'See results' : 'Next question' }).click();
	}
	await expect(page.getByRole('heading', { name: 'Your score' })).toBeFocused();
	await expectAllOnScreen(page, 'quiz results');

	await navigateTo(page, 'Progress');
	await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
	await expect(page.getByText('Loading your progress…')).toHaveCount(0);
	await expectAllOnScreen(page, 'progress');

	await navigateTo(page, 'Speech');
	await expectAllOnScreen(page, 'speech list');
	for (const name of ['Facts', 'Learners', 'Teacher']) {
		await navigateTo(page, name);
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
		await expectAllOnScreen(page, name);
	}
	await navigateTo(page, 'Speech');
	await page.getByRole('main').getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectAllOnScreen(page, 'the speech');
});
