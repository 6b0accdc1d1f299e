import type { Page } from '@playwright/test';
import { allRecords, deleteDatabaseInAnotherTab } from './support/indexeddb';
import {
	expect,
	expectNoHorizontalScroll,
	openHydrated,
	test,
	waitForServiceWorker
} from './fixtures';

/** The question the kept quiz in progress is on (0-based), as stored. */
async function keptQuestionIndex(page: Page): Promise<number | null> {
	const [kept] = (await allRecords(page, 'runsInProgress')) as {
		value?: { run?: { index?: number } };
	}[];
	return kept?.value?.run?.index ?? null;
}

/** The heading of question `n`, where focus lands when it is shown. */
const questionHeading = (page: Page, n: number) =>
	page.getByRole('heading', { level: 2, name: new RegExp(`^Question ${n} of \\d+$`) });

/**
 * Answers the question on screen as its type asks: radios by keyboard, text by typing, matching
 * by choosing in each select, ordering with its Move buttons. Returns the kind of control used.
 */
async function answerShownQuestion(page: Page): Promise<string> {
	const main = page.getByRole('main');
	if (await main.getByRole('radio').count()) {
		// From the focused heading, Tab reaches the radio group; Space picks the first option.
		await page.keyboard.press('Tab');
		await expect(main.getByRole('radio').first()).toBeFocused();
		await page.keyboard.press('Space');
		await expect(main.getByRole('radio').first()).toBeChecked();
		return 'radio';
	}
	if (await main.getByRole('combobox').count()) {
		for (const select of await main.getByRole('combobox').all()) {
			await select.selectOption({ index: 1 });
		}
		return 'match';
	}
	const moveDown = main.getByRole('button', { name: /^Move down: / });
	if (await moveDown.count()) {
		const name = (await moveDown.first().getAttribute('aria-label')) ?? '';
		const item = name.replace('Move down: ', '');
		await moveDown.first().click();
		// Focus follows the moved item, and the move is announced.
		await expect(main.getByRole('button', { name: `Move down: ${item}` })).toBeFocused();
		await expect(main.getByText(`${item}: moved to position 2`)).toBeAttached();
		return 'order';
	}
	await main.getByRole('textbox').fill('613');
	return 'text';
}

/** Answers every question of a quiz of `count`, one "I don't know" among them; returns the kinds. */
async function takeQuiz(page: Page, count: number): Promise<Set<string>> {
	const kinds = new Set<string>();
	for (let n = 1; n <= count; n++) {
		await expect(questionHeading(page, n)).toBeFocused();
		if (n === 2) {
			await page.getByRole('button', { name: 'I don’t know' }).click();
		} else {
			kinds.add(await answerShownQuestion(page));
			await page.getByRole('button', { name: 'Check answer' }).press('Enter');
		}
		// Focus moves to the verdict; the right answer and the speech's words are shown.
		const verdict = page.getByRole('heading', { level: 3, name: /Correct|Not quite/ });
		await expect(verdict).toBeFocused();
		const feedback = page.getByRole('region', { name: /Correct|Not quite/ });
		await expect(feedback.getByText(/^(Answer|Correct answer)$/)).toBeVisible();
		await expect(feedback.locator('blockquote').first()).toContainText('“');
		await expect(feedback.getByRole('link', { name: /In the speech/ }).first()).toHaveAttribute(
			'href',
			/\/speech\/[\w-]+#fact-[\w-]+$/
		);
		if (n === 2) await expect(feedback.getByText('No answer')).toBeVisible();
		if (n === 1) await expectNoHorizontalScroll(page);
		await page.getByRole('button', { name: n === count ? 'See results' : 'Next question' }).click();
	}
	return kinds;
}

test.describe('quiz', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/quiz');
		await expect(page.getByRole('heading', { level: 1, name: 'Quiz' })).toBeVisible();
		await expect(page.getByText('No quizzes yet.')).toBeVisible();
	});

	test('a quick 10: every type answered, feedback with quotes, a score, and a stored history', async ({
		page
	}) => {
		await page.getByRole('button', { name: /^Quick 10/ }).click();
		await takeQuiz(page, 10);

		const results = page.getByRole('region', { name: 'Your score' });
		await expect(results.getByRole('heading', { name: 'Your score' })).toBeFocused();
		const score = await results.getByText(/of 10 correct/).textContent();
		const correct = Number(score?.match(/(\d+) of 10/)?.[1]);
		await expect(page.getByRole('status')).toHaveText('Saved to your history.');
		await expect(
			results.getByRole('heading', { level: 3, name: `Questions to review (${10 - correct})` })
		).toBeVisible();
		const missed = results
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { level: 4 }) });
		await expect(missed).toHaveCount(10 - correct);
		// The skipped question is among them, with the learner's answer, the right one and its quote.
		const skipped = missed.filter({ hasText: 'No answer' });
		await expect(skipped).toHaveCount(1);
		await expect(skipped.getByText(/^Correct answer$/)).toBeVisible();
		await expect(skipped.locator('blockquote').first()).toBeVisible();
		await expectNoHorizontalScroll(page);

		await page.reload();
		const history = page.getByRole('region', { name: 'Recent quizzes' });
		await expect(history.getByRole('listitem')).toHaveCount(1);
		await expect(history.getByRole('listitem')).toContainText('Quick 10');
		await expect(history.getByRole('listitem')).toContainText(`${correct} of 10 correct`);
	});

	test('a custom quiz on one topic with chosen types', async ({ page }) => {
		const topics = page.getByRole('group', { name: 'Topics' });
		for (const box of await topics.getByRole('checkbox').all()) await box.uncheck();
		await topics.getByRole('checkbox', { name: 'Khojaly, 1992' }).check();
		const types = page.getByRole('group', { name: 'Question types' });
		for (const box of await types.getByRole('checkbox').all()) await box.uncheck();
		await types.getByRole('checkbox', { name: 'Multiple choice' }).check();
		await types.getByRole('checkbox', { name: 'True or false' }).check();
		await page.getByLabel('Number of questions').fill('3');
		await page.getByRole('button', { name: 'Start quiz' }).click();

		for (let n = 1; n <= 3; n++) {
			await expect(questionHeading(page, n)).toBeFocused();
			// The question's own group of options (the shortcuts list is a group of its own).
			const group = page.getByRole('region', { name: /^Question \d+ of \d+$/ }).getByRole('group');
			await expect(group).toHaveCount(1);
			await expect(group.getByRole('radio')).not.toHaveCount(0);
			await group.getByRole('radio').last().check();
			await page.getByRole('button', { name: 'Check answer' }).click();
			// Every fact asked is one of the Khojaly topic.
			await expect(
				page
					.getByRole('main')
					.getByRole('link', { name: /In the speech/ })
					.first()
			).toHaveAttribute('href', /#fact-[\w-]*khojaly[\w-]*$/);
			await page.getByRole('button', { name: n === 3 ? 'See results' : 'Next question' }).click();
		}
		await expect(page.getByText(/of 3 correct/)).toBeVisible();
		await expect(page.getByRole('status')).toHaveText('Saved to your history.');
		await page.getByRole('button', { name: 'New quiz' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Quiz' })).toBeFocused();
		await expect(
			page.getByRole('region', { name: 'Recent quizzes' }).getByRole('listitem')
		).toContainText('Custom quiz, 3 questions');
	});

	test('the keyboard alone answers: a letter or T/F chooses, Enter checks and goes on', async ({
		page
	}) => {
		const types = page.getByRole('group', { name: 'Question types' });
		for (const box of await types.getByRole('checkbox').all()) await box.uncheck();
		await types.getByRole('checkbox', { name: 'Multiple choice' }).check();
		await types.getByRole('checkbox', { name: 'True or false' }).check();
		await page.getByLabel('Number of questions').fill('4');
		await page.getByRole('button', { name: 'Start quiz' }).click();

		// A phone without a keyboard does not show the list; a keyboard's ? opens and closes it.
		const touchOnly = await page.evaluate(
			() => matchMedia('(hover: none) and (pointer: coarse)').matches
		);
		if (!touchOnly) {
			await page.keyboard.press('?');
			await expect(page.getByText('answer true or false')).toBeVisible();
			await page.keyboard.press('?');
			await expect(page.getByText('answer true or false')).toBeHidden();
		}

		for (let n = 1; n <= 4; n++) {
			await expect(questionHeading(page, n)).toBeFocused();
			const radios = page.getByRole('main').getByRole('radio');
			const trueFalse = (await radios.count()) === 2;
			await page.keyboard.press(trueFalse ? 'f' : 'c');
			await expect(radios.nth(trueFalse ? 1 : 2)).toBeChecked();
			await page.keyboard.press('Enter');
			const next = page.getByRole('button', { name: n === 4 ? 'See results' : 'Next question' });
			await expect(next).toBeVisible();
			await expect(radios.first()).toBeDisabled();
			await page.keyboard.press('Enter');
		}
		await expect(page.getByText(/of 4 correct/)).toBeVisible();
	});

	test('a quiz finished after its storage was deleted is kept, and saved after the reload', async ({
		page,
		context
	}) => {
		const types = page.getByRole('group', { name: 'Question types' });
		for (const box of await types.getByRole('checkbox').all()) await box.uncheck();
		await types.getByRole('checkbox', { name: 'True or false' }).check();
		await page.getByLabel('Number of questions').fill('2');
		await page.getByRole('button', { name: 'Start quiz' }).click();
		await expect(questionHeading(page, 1)).toBeFocused();

		// Another tab deletes the site's database, as "Clear site data" does, mid-quiz.
		await deleteDatabaseInAnotherTab(context);
		await expect(
			page.getByText(/progress stored in this browser was deleted: reload/)
		).toBeVisible();
		await expect(page.getByText(/updated in another tab/)).toHaveCount(0);

		for (let n = 1; n <= 2; n++) {
			await page.keyboard.press('t');
			await page.keyboard.press('Enter');
			await page.getByRole('button', { name: n === 2 ? 'See results' : 'Next question' }).click();
		}
		await expect(
			page.getByText(/This quiz is kept: it is saved to your history when you reload/)
		).toBeVisible();
		await expect(page.getByText(/nothing you saved was lost/)).toHaveCount(0);

		await page.reload();
		await expect(page.getByRole('status')).toHaveText('Saved to your history.');
		await page.getByRole('button', { name: 'New quiz' }).click();
		await expect(
			page.getByRole('region', { name: 'Recent quizzes' }).getByRole('listitem')
		).toContainText('Custom quiz, 2 questions');
	});

	test('the questions just missed can be retried as a quiz of their own', async ({ page }) => {
		const types = page.getByRole('group', { name: 'Question types' });
		for (const box of await types.getByRole('checkbox').all()) await box.uncheck();
		await types.getByRole('checkbox', { name: 'Multiple choice' }).check();
		await page.getByLabel('Number of questions').fill('3');
		await page.getByRole('button', { name: 'Start quiz' }).click();
		const prompts: string[] = [];
		for (let n = 1; n <= 3; n++) {
			await expect(questionHeading(page, n)).toBeFocused();
			prompts.push((await page.getByRole('main').locator('legend').textContent()) ?? '');
			await page.getByRole('button', { name: 'I don’t know' }).click();
			await page.getByRole('button', { name: n === 3 ? 'See results' : 'Next question' }).click();
		}
		await expect(page.getByText(/^0 of 3 correct/)).toBeVisible();
		await page.getByRole('button', { name: 'Retry the 3 questions missed' }).click();

		const again: string[] = [];
		for (let n = 1; n <= 3; n++) {
			await expect(questionHeading(page, n)).toBeFocused();
			again.push((await page.getByRole('main').locator('legend').textContent()) ?? '');
			await page.getByRole('button', { name: 'I don’t know' }).click();
			await page.getByRole('button', { name: n === 3 ? 'See results' : 'Next question' }).click();
		}
		expect([...again].sort()).toEqual([...prompts].sort());
		await expect(page.getByRole('status')).toHaveText('Saved to your history.');
		await page.getByRole('button', { name: 'New quiz' }).click();
		await expect(
			page.getByRole('region', { name: 'Recent quizzes' }).getByRole('listitem').first()
		).toContainText('Missed questions of Custom quiz, 3 questions');
	});

	test('a quiz the facts cannot give says so clearly, and how many can be made', async ({
		page
	}) => {
		const types = page.getByRole('group', { name: 'Question types' });
		for (const box of await types.getByRole('checkbox').all()) await box.uncheck();
		await types.getByRole('checkbox', { name: 'Ordering' }).check();
		await page.getByLabel('Number of questions').fill('20');
		await page.getByRole('button', { name: 'Start quiz' }).click();
		const alert = page.getByRole('alert').filter({ hasText: 'can’t be made' });
		await expect(alert).toContainText(/Only \d+ ordering questions? can be made/);
		await expect(alert).toContainText(/ask for at most \d+/);
		await expect(page.getByRole('heading', { level: 2, name: /^Question/ })).toHaveCount(0);
	});
});

test('a quiz in progress comes back after a reload, offline too, and is gone once finished', async ({
	page,
	context
}) => {
	await openHydrated(page, '/quiz');
	await waitForServiceWorker(page);
	await page.getByRole('button', { name: /^Quick 10/ }).click();
	for (let n = 1; n <= 2; n++) {
		await expect(questionHeading(page, n)).toBeFocused();
		await page.getByRole('button', { name: 'I don’t know' }).click();
		await page.getByRole('button', { name: 'Next question' }).click();
	}
	const third = await page.getByRole('region', { name: 'Question 3 of 10' }).innerText();
	// Kept as it is now (a write is a few milliseconds behind the screen).
	await expect.poll(() => keptQuestionIndex(page)).toBe(2);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('region', { name: 'Question 3 of 10' })).toBeVisible();
	expect(await page.getByRole('region', { name: 'Question 3 of 10' }).innerText()).toBe(third);
	await expect(page.getByRole('progressbar', { name: 'Progress' })).toHaveText('2 of 10 answered');
	await context.setOffline(false);

	for (let n = 3; n <= 10; n++) {
		await page.getByRole('button', { name: 'I don’t know' }).click();
		await page.getByRole('button', { name: n === 10 ? 'See results' : 'Next question' }).click();
	}
	await expect(page.getByRole('status')).toHaveText('Saved to your history.');
	await page.reload();
	await expect(page.getByRole('button', { name: /^Quick 10/ })).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'Recent quizzes' }).getByRole('listitem')
	).toHaveCount(1);
});
