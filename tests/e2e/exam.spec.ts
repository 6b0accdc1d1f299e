import { expectNoViolations } from './support/axe';
import {
	expect,
	expectNoHorizontalScroll,
	openHydrated,
	test,
	waitForServiceWorker,
	type Page
} from './fixtures';

/** The local calendar day `days` after today, as the date field takes it. */
function localDay(page: Page, days: number): Promise<string> {
	return page.evaluate((days) => {
		const date = new Date();
		date.setDate(date.getDate() + days);
		const pad = (n: number) => String(n).padStart(2, '0');
		return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
	}, days);
}

test('a learner sets an exam day, studies on the plan, and finds it intact after an offline reload', async ({
	page,
	context
}) => {
	test.setTimeout(60_000);
	await openHydrated(page, '/learners');
	const exam = page.getByRole('region', { name: /^Exam day for/ });
	// The day must be ahead.
	await exam.getByLabel('Exam day').fill(await localDay(page, 0));
	await exam.getByRole('button', { name: 'Plan for this exam' }).click();
	await expect(exam.getByRole('alert')).toHaveText('The exam must be tomorrow or later.');
	await exam.getByLabel('Exam day').fill(await localDay(page, 5));
	await exam.getByLabel('Minutes a day you can give').fill('10');
	await exam.getByRole('button', { name: 'Plan for this exam' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Exam mode is on' })).toBeVisible();
	await expect(exam).toContainText('10 minutes a day');

	await page.goto('/study');
	const banner = page.getByRole('region', { name: /^Exam on .*: 5 days to go$/ });
	await expect(banner).toBeVisible();
	// Every card of the speech in five days at ten minutes is too much, and the app says so.
	await expect(banner).toContainText(
		/All \d+ cards at 90% by .* needs about \d+ minutes a day; you\s+gave\s+10/
	);
	const before = (await banner.textContent()) ?? '';
	const planned = Number(/Today’s plan: (\d+) cards/.exec(before)?.[1]);
	expect(planned).toBeGreaterThan(5);
	await expectNoViolations(page);
	await expectNoHorizontalScroll(page);
	for (let i = 0; i < 3; i++) {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: /^Good, next in/ }).click();
	}
	await expect(page.getByRole('button', { name: 'Undo last grade' })).toBeEnabled();

	// Offline, after a reload: the same exam, the same minutes, the plan carried on.
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	await expect(banner).toBeVisible();
	await expect(banner).toContainText(/you\s+gave\s+10/);
	const after = (await banner.textContent()) ?? '';
	expect(Number(/Today’s plan: (\d+) cards/.exec(after)?.[1])).toBeLessThan(planned);

	// Ending exam mode puts Study back on plain FSRS; nothing studied is lost.
	await page.goto('/learners');
	await page.getByRole('button', { name: 'End exam mode' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Exam mode is off' })).toBeVisible();
	await page.goto('/study');
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await expect(page.getByRole('region', { name: /^Exam on/ })).toHaveCount(0);
});

test('a learner compares what each desired retention costs in reviews a day', async ({ page }) => {
	await openHydrated(page, '/study');
	for (let i = 0; i < 3; i++) {
		await page.getByRole('button', { name: 'Show answer' }).click();
		await page.getByRole('button', { name: /^Good, next in/ }).click();
	}
	await expect(page.getByRole('button', { name: 'Undo last grade' })).toBeEnabled();
	await page.goto('/learners');
	await page.getByRole('button', { name: 'Compare the workload' }).click();
	const table = page.getByRole('table', { name: 'Expected reviews a day, next 30 days' });
	await expect(table).toBeVisible({ timeout: 20_000 });
	const rows = table.getByRole('row');
	await expect(rows).toHaveCount(5);
	await expect(table.getByRole('rowheader', { name: '90% (yours)' })).toBeVisible();
	// A higher retention costs more reviews.
	const perDay = async (name: string) =>
		Number(
			/about (\d+)/.exec((await rows.filter({ hasText: name }).textContent()) ?? '')?.[1] ?? NaN
		);
	expect(await perDay('95%')).toBeGreaterThan(await perDay('80%'));
	await expectNoViolations(page);
});
