import { expect, navigateTo, openHydrated, type Page, test } from './fixtures';

/** The study screen's "N reviewed · M to go" line. */
function progressLine(page: Page) {
	return page.getByText(/^\d+ reviewed · \d+ to go$/);
}

async function studyCards(page: Page, count: number, grade = 'Good') {
	for (let i = 0; i < count; i++) {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: new RegExp(`^${grade}, next in`) }).click();
	}
}

test('a learner studies ten cards, and after a reload finds the same queue and history', async ({
	page
}) => {
	await page.goto('/study');
	await expect(progressLine(page)).toHaveText('0 reviewed · 20 to go');
	const firstFront = await page.getByRole('heading', { level: 2 }).textContent();

	// Space flips and 3 grades "Good": the keyboard alone is enough.
	await page.keyboard.press('Space');
	await expect(page.getByText('Answer', { exact: true })).toBeVisible();
	await page.keyboard.press('3');
	await expect(progressLine(page)).toHaveText('1 reviewed · 20 to go');
	await expect(page.getByRole('heading', { level: 2 })).not.toHaveText(firstFront ?? '');

	await studyCards(page, 4, 'Good');
	await studyCards(page, 5, 'Easy');
	await expect(progressLine(page)).toHaveText('10 reviewed · 15 to go');

	await page.reload();
	// Five cards graded Good come back in 10 minutes; five graded Easy are days away; ten are new.
	await expect(progressLine(page)).toHaveText('0 reviewed · 10 to go');
});

test('undo restores the previous card exactly', async ({ page }) => {
	await page.goto('/study');
	const front = page.getByRole('heading', { level: 2 });
	const first = await front.textContent();
	await page.getByRole('button', { name: 'Show answer' }).click();
	const intervalsBefore = await page
		.getByRole('group', { name: 'How well did you remember?' })
		.textContent();
	await page.getByRole('button', { name: /^Easy, next in/ }).click();
	await expect(front).not.toHaveText(first ?? '');

	await page.getByRole('button', { name: 'Undo last grade' }).click();
	await expect(front).toHaveText(first ?? '');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByRole('group', { name: 'How well did you remember?' })).toHaveText(
		intervalsBefore ?? ''
	);
	await page.reload();
	await expect(progressLine(page)).toHaveText('0 reviewed · 20 to go');
	await expect(front).toHaveText(first ?? '');
});

test('U undoes the last grade from the session summary too', async ({ page }) => {
	// The cards of one fact only, as the speech map links them: the summary comes quickly.
	await page.goto('/study#facts=khojaly-civilians-killed');
	await expect(page.getByText('Only the cards of the fact you chose in the speech.')).toBeVisible();
	const toGo = Number((await progressLine(page).textContent())?.match(/(\d+) to go/)?.[1]);
	expect(toGo).toBeGreaterThan(0);
	for (let reviewed = 1; reviewed <= toGo; reviewed++) {
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: /^Easy, next in/ })).toBeVisible();
		await page.keyboard.press('4');
		if (reviewed < toGo)
			await expect(progressLine(page)).toHaveText(new RegExp(`^${reviewed} reviewed`));
	}
	await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
	await page.keyboard.press('u');
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await expect(progressLine(page)).toHaveText(/^\d+ reviewed · 1 to go$/);
});

test('one topic or several can be studied on their own, all of their cards now', async ({
	page
}) => {
	await openHydrated(page, '/study');
	await expect(progressLine(page)).toHaveText('0 reviewed · 20 to go');
	await page.getByText('Topics:').click();
	const topics = page.getByRole('group', { name: /Study only these topics/ });
	await topics.getByRole('checkbox', { name: 'Khojaly, 1992' }).check();
	await expect(page).toHaveURL(/#topic=khojaly$/);
	await expect(page.getByText('Topics:')).toContainText('Khojaly, 1992');
	// Every card of the topic's facts, not the day's twenty new cards of every topic.
	await expect(progressLine(page)).not.toHaveText('0 reviewed · 20 to go');
	for (let i = 0; i < 3; i++) {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByText('Source quote').click();
		await expect(page.getByRole('link', { name: 'Read it in the speech' })).toHaveAttribute(
			'href',
			/#fact-[\w-]*khojaly[\w-]*$/
		);
		await page.getByRole('button', { name: /^Good, next in/ }).click();
	}
	const khojaly = Number((await progressLine(page).textContent())?.match(/(\d+) to go/)?.[1]);
	await topics.getByRole('checkbox', { name: 'Expo 2025' }).check();
	await expect(page).toHaveURL(/#topic=khojaly,expo-2025$/);
	await expect(page.getByText('Topics:')).toContainText('Khojaly, 1992, Expo 2025');
	// Both topics' cards: more than Khojaly's alone, even after three were studied.
	const both = Number((await progressLine(page).textContent())?.match(/(\d+) to go/)?.[1]);
	expect(both).toBeGreaterThan(khojaly);
	await topics.getByRole('checkbox', { name: 'Khojaly, 1992' }).uncheck();
	await topics.getByRole('checkbox', { name: 'Expo 2025' }).uncheck();
	await expect(page.getByText('Topics:')).toContainText('every topic');
	await expect(progressLine(page)).toHaveText(/^0 reviewed · \d+ to go$/);
});

test('after the day’s new cards, a learner can ask for ten more', async ({ page }) => {
	await page.goto('/study');
	await expect(progressLine(page)).toHaveText('0 reviewed · 20 to go');
	for (let reviewed = 1; reviewed <= 20; reviewed++) {
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: /^Easy, next in/ })).toBeVisible();
		await page.keyboard.press('4');
		if (reviewed < 20)
			await expect(progressLine(page)).toHaveText(new RegExp(`^${reviewed} reviewed`));
	}
	await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
	await page.getByRole('button', { name: 'Study 10 more new cards today' }).click();
	await expect(progressLine(page)).toHaveText('0 reviewed · 10 to go');
});

test('the source quote is one tap away', async ({ page }) => {
	await page.goto('/study');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByText('Source quote').click();
	await expect(page.locator('blockquote')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Read it in the speech' })).toHaveAttribute(
		'href',
		/\/speech\/oic-acm-2017#fact-/
	);
});

test('two learners on one device keep separate progress', async ({ page }) => {
	await page.goto('/study');
	await studyCards(page, 3, 'Easy');
	await expect(progressLine(page)).toHaveText('3 reviewed · 17 to go');

	await navigateTo(page, 'Learners');
	await page.getByLabel('Add a learner').fill('Amina');
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Amina was added and is now studying.');

	await navigateTo(page, 'Study');
	await expect(progressLine(page)).toHaveText('0 reviewed · 20 to go');

	await navigateTo(page, 'Learners');
	await page.getByRole('button', { name: 'Study as Me' }).click();
	await expect(page.getByRole('status')).toHaveText('Me is now studying.');
	await navigateTo(page, 'Study');
	await expect(progressLine(page)).toHaveText('0 reviewed · 17 to go');
});

test('a tab whose database another tab upgraded is told to reload, and stops writing', async ({
	page,
	context
}) => {
	await page.goto('/study');
	await expect(progressLine(page)).toHaveText('0 reviewed · 20 to go');

	// Another tab, running a newer app, upgrades the database.
	const newer = await context.newPage();
	await newer.goto('/offline');
	await newer.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('speech-study', 10_000);
				request.onsuccess = () => {
					request.result.close();
					resolve();
				};
				request.onerror = () => reject(request.error);
			})
	);

	await expect(page.getByText(/updated in another tab: reload/)).toBeVisible();
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Good, next in/ }).click();
	await expect(page.getByRole('alert')).toContainText(/reload/i);
	await expect(progressLine(page)).toHaveText('0 reviewed · 20 to go');
});
