import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { BrowserContext, Page } from '@playwright/test';
import { allRecords, deleteDatabaseInAnotherTab, tableCounts } from './support/indexeddb';
import { expectNoViolations } from './support/axe';
import { classResultCodes } from './support/class-results';
import { submitFromReview } from './support/review';
import {
	expect,
	expectNoHorizontalScroll,
	openHydrated,
	test,
	waitForServiceWorker
} from './fixtures';

/** Makes a four-question true/false assignment on the teacher's page; returns its link and key. */
async function createAssignment(page: Page, title: string, seed = 'e2e-seed') {
	await openHydrated(page, '/teacher');
	await page.getByLabel('Title').fill(title);
	for (const type of ['Multiple choice', 'Typed answer', 'Number']) {
		await page.getByRole('checkbox', { name: type }).uncheck();
	}
	await page.getByLabel('Number of questions').fill('4');
	await page.getByLabel(/^Seed/).fill(seed);
	await page.getByRole('button', { name: 'Make assignment' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const link = await page.locator('#share-link').inputValue();
	expect(link).toMatch(/\/assignment#SSA-[\w-]+$/);
	// The answer key of the paper version: "1. True", "2. False. <the fact>", …
	await page.getByRole('button', { name: 'Paper version' }).click();
	await page.getByText('Show the paper version').click();
	const copy = (await page.getByRole('figure', { name: 'Student copy' }).textContent()) ?? '';
	expect(copy).not.toContain('— Answer key —');
	const paper = (await page.getByRole('figure', { name: 'Answer key' }).textContent()) ?? '';
	const key = [...paper.matchAll(/^\d+\. (True|False)/gm)].map((match) => match[1]!);
	expect(key).toHaveLength(4);
	const id = new URL(page.url()).hash.slice(1);
	return { link, key, id };
}

/** A student's device: a browser context of its own, with its errors collected. */
async function studentDevice(context: BrowserContext, errors: string[]): Promise<Page> {
	const page = await context.newPage();
	page.on('pageerror', (error) => errors.push(error.message));
	return page;
}

/**
 * Takes the assignment at `link` as `name`, answering each question from `answers`. Without a
 * link, the page is already open on the assignment.
 */
async function takeAssignment(
	page: Page,
	link: string | null,
	name: string,
	answers: string[],
	title = 'Assignment e2e'
) {
	if (link) await page.goto(link);
	await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
	await expect(page.getByText('4 questions; pass mark 60%.')).toBeVisible();
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	for (const [i, answer] of answers.entries()) {
		await expect(page.getByRole('heading', { name: `Question ${i + 1} of 4` })).toBeVisible();
		await page.getByRole('radio', { name: answer, exact: true }).check();
		await page.getByRole('button', { name: /^Save answer/ }).click();
	}
	await submitFromReview(page);
	await expect(page.getByRole('img', { name: 'QR code of your result link' })).toBeVisible();
	const code = await page.getByLabel('Your result code', { exact: true }).inputValue();
	expect(code).toMatch(/^SSR-[\w-]+$/);
	return code;
}

test('a teacher sets an assignment, two students take it on their devices, the teacher collects', async ({
	page,
	browser,
	baseURL
}) => {
	// Three devices, two whole sittings with their reviews: longer than the default 30 s on a
	// loaded two-core machine (it took 31.7 s once in the gate).
	test.setTimeout(60_000);
	const { link, key, id } = await createAssignment(page, 'Assignment e2e');
	await expect(page.getByRole('img', { name: 'QR code of the assignment link' })).toBeVisible();
	const rightCount = key.length;
	const allTrueCount = key.filter((answer) => answer === 'True').length;

	const errors: string[] = [];
	const leylaContext = await browser.newContext({ baseURL });
	const muradContext = await browser.newContext({ baseURL });
	try {
		// Leyla is online and answers every question right.
		const leyla = await studentDevice(leylaContext, errors);
		const leylaCode = await takeAssignment(leyla, link, 'Leyla Aliyeva', key);
		await expect(
			leyla.getByText(`${rightCount} of 4 correct (100%): passed (pass mark 60%)`)
		).toBeVisible();
		await expectNoHorizontalScroll(leyla);
		// Reopening the link shows her code again instead of a second attempt.
		await leyla.reload();
		await leyla.getByLabel('Your name').fill('leyla aliyeva');
		await leyla.getByRole('button', { name: 'Start the assignment' }).click();
		await expect(
			leyla.getByRole('heading', { name: 'You already submitted this assignment' })
		).toBeVisible();
		expect(await leyla.getByLabel('Your result code', { exact: true }).inputValue()).toBe(
			leylaCode
		);

		// Murad visited the app once, then lost the network: he answers True to everything.
		const murad = await studentDevice(muradContext, errors);
		await murad.goto('/');
		await waitForServiceWorker(murad);
		await muradContext.setOffline(true);
		const muradCode = await takeAssignment(
			murad,
			link,
			'Murad',
			key.map(() => 'True')
		);
		await expect(murad.getByText(`${allTrueCount} of 4 correct`)).toBeVisible();
		// The attempt counts in his own progress too.
		const attempts = await allRecords(murad, 'quizAttempts');
		expect(attempts).toHaveLength(1);
		expect((attempts[0] as { quiz: { assignmentId?: string } }).quiz.assignmentId).toBe(id);

		// The teacher pastes both codes and a damaged one (one character changed).
		const at = Math.floor(muradCode.length / 2);
		const damaged =
			muradCode.slice(0, at) + (muradCode[at] === 'A' ? 'B' : 'A') + muradCode.slice(at + 1);
		await page.getByLabel(/^Result codes/).fill(`${leylaCode}\n${muradCode}\n${damaged}`);
		await page.getByRole('button', { name: 'Import codes' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
			'2 results imported, 1 code refused.'
		);
		const refused = page.getByRole('alert').filter({ hasText: 'Line 3' });
		await expect(refused.getByRole('listitem')).toHaveCount(1);
		await expect(refused).toContainText(/mistyped or damaged|altered or damaged/);

		const students = page.getByRole('region', { name: 'Students', exact: true });
		await expect(students.getByRole('row', { name: /Leyla Aliyeva/ })).toContainText(
			`${rightCount}/4 (100%)`
		);
		await expect(students.getByRole('row', { name: /Murad/ })).toContainText(
			`${allTrueCount}/4 (${allTrueCount * 25}%)`
		);

		// Importing the same codes again adds nothing and says why.
		await page.getByLabel(/^Result codes/).fill(leylaCode);
		await page.getByRole('button', { name: 'Import codes' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'Already imported' })).toBeVisible();
		await expect(students.getByRole('row')).toHaveCount(3);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download CSV' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe(`results-${id}.csv`);
		const csv = await readFile(await file.path(), 'utf8');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toContain(`Leyla Aliyeva,${rightCount},4,100,yes`);
		expect(csv).toContain(`Murad,${allTrueCount},4,${allTrueCount * 25}`);
		await expectNoHorizontalScroll(page);
	} finally {
		await leylaContext.close();
		await muradContext.close();
	}
	expect(errors).toEqual([]);
});

test('a tampered, cut-short or malformed link gets a clear message and stores nothing', async ({
	page
}) => {
	const { link } = await createAssignment(page, 'Assignment e2e');
	const code = link.slice(link.indexOf('#') + 1);
	const at = Math.floor(code.length / 2);
	const cases = [
		{
			hash: code.slice(0, at) + (code[at] === 'x' ? 'y' : 'x') + code.slice(at + 1),
			says: /mistyped or damaged/
		},
		{ hash: code.slice(0, at), says: /incomplete/ },
		{ hash: 'SSA-<img src=x onerror=alert(1)>', says: /not a valid assignment link/ }
	];
	for (const { hash, says } of cases) {
		await page.goto(`/assignment#${hash}`);
		await expect(
			page.getByRole('heading', { level: 1, name: 'This assignment can’t be opened' })
		).toBeVisible();
		await expect(page.getByRole('alert')).toContainText(says);
		await expect(page.locator('main img')).toHaveCount(0);
	}
	await page.goto('/join');
	await page.getByLabel('Join code or assignment link').fill('SSA-AAAA');
	await page.getByRole('button', { name: 'Open the assignment' }).click();
	await expect(page.getByRole('alert')).toContainText(/assignment link/);
	await page.getByLabel('Join code or assignment link').fill(link);
	await page.getByRole('button', { name: 'Open the assignment' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Assignment e2e' })).toBeVisible();
});

test('an assignment submitted while its storage was deleted keeps its code, and stores it after the reload', async ({
	page,
	context
}) => {
	const { link, key } = await createAssignment(page, 'Assignment e2e');
	await page.goto(link);
	await page.getByLabel('Your name').fill('Leyla');
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(page.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();

	// Another tab deletes the site's database, as "Clear site data" does, mid-assignment.
	await deleteDatabaseInAnotherTab(context);

	for (const [i, answer] of key.entries()) {
		await expect(page.getByRole('heading', { name: `Question ${i + 1} of 4` })).toBeVisible();
		await page.getByRole('radio', { name: answer, exact: true }).check();
		await page.getByRole('button', { name: /^Save answer/ }).click();
	}
	await submitFromReview(page);
	await expect(page.getByText(/your result code is kept, and saved on this device/)).toBeVisible();
	const code = await page.getByLabel('Your result code', { exact: true }).inputValue();

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Submitted' })).toBeVisible();
	await expect(page.getByLabel('Your result code', { exact: true })).toHaveValue(code);
	await expect(page.getByText(/could not be saved|is kept, and saved/)).toHaveCount(0);
	await expect.poll(async () => (await tableCounts(page)).studentSubmissions).toBe(1);
	// Stored now: opening the link again shows the same code, not a fresh start.
	await page.reload();
	await page.getByLabel('Your name').fill('Leyla');
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(page.getByLabel('Your result code', { exact: true })).toHaveValue(code);
});

test('a classmate who types another student’s name on their own device is shown apart, never in their place', async ({
	page,
	browser,
	baseURL
}) => {
	const { link, key } = await createAssignment(page, 'Assignment e2e');
	const errors: string[] = [];
	const leylaContext = await browser.newContext({ baseURL });
	const otherContext = await browser.newContext({ baseURL });
	try {
		const leylaCode = await takeAssignment(
			await studentDevice(leylaContext, errors),
			link,
			'Leyla Aliyeva',
			key
		);
		const otherCode = await takeAssignment(
			await studentDevice(otherContext, errors),
			link,
			'Leyla Aliyeva',
			key.map((answer) => (answer === 'True' ? 'False' : 'True'))
		);
		await page.getByLabel(/^Result codes/).fill(`${otherCode}\n${leylaCode}`);
		await page.getByRole('button', { name: 'Import codes' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
			'2 results imported.'
		);
		const rows = page
			.getByRole('region', { name: 'Students', exact: true })
			.getByRole('row', { name: /Leyla Aliyeva/ });
		await expect(rows).toHaveCount(2);
		for (const row of await rows.all()) {
			await expect(row).toContainText('2 with this name');
		}
		await expect(rows.filter({ hasText: '4/4 (100%)' })).toHaveCount(1);
		await expect(rows.filter({ hasText: '0/4 (0%)' })).toHaveCount(1);

		// The CSV, read back by a real parser: both rows, each with its note.
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download CSV' }).click();
		const csv = await readFile(await (await download).path(), 'utf8');
		const table = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',' }).data;
		const header = table[2]!;
		// The students' table: from its header to the first empty line.
		const end = table.findIndex((row, i) => i > 2 && row.join('') === '');
		const students = table.slice(3, end).filter((row) => row[0] === 'Leyla Aliyeva');
		expect(students).toHaveLength(2);
		expect(students.map((row) => row[header.indexOf('Percent')])).toEqual(
			expect.arrayContaining(['100', '0'])
		);
		for (const row of students) {
			expect(row[header.indexOf('Note')]).toBe(
				'2 students with this name (other devices or profiles)'
			);
		}
	} finally {
		await leylaContext.close();
		await otherContext.close();
	}
	expect(errors).toEqual([]);
});

test('an assignment in progress survives closing the tab: same questions, same clock, no fresh start', async ({
	page,
	context
}) => {
	await openHydrated(page, '/teacher');
	await page.getByLabel('Title').fill('Timed e2e');
	await page.getByLabel('Number of questions').fill('4');
	await page.getByLabel(/^Time limit in minutes/).fill('10');
	await page.getByRole('button', { name: 'Make assignment' }).click();
	const link = await page.locator('#share-link').inputValue();

	const student = await context.newPage();
	await student.goto(link);
	await student.getByLabel('Your name').fill('Nigar');
	await student.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(student.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();
	// Without feedback during the assignment, "I don’t know" moves on by itself.
	await student.getByRole('button', { name: 'I don’t know' }).click();
	await expect(student.getByRole('heading', { name: 'Question 2 of 4' })).toBeVisible();
	const second = await student.getByRole('region', { name: 'Question 2 of 4' }).innerText();
	await student.waitForTimeout(2_000);
	await student.close();

	// The tab was closed (or discarded, or the browser restarted): the link opens the same run.
	const again = await context.newPage();
	await again.goto(link);
	await expect(again.getByRole('heading', { name: 'Question 2 of 4' })).toBeVisible();
	expect(await again.getByRole('region', { name: 'Question 2 of 4' }).innerText()).toBe(second);
	await expect(again.getByRole('button', { name: 'Start the assignment' })).toHaveCount(0);
	// The clock ran on from Start: less than the ten minutes are left.
	await expect(again.getByText(/^Time left:/)).not.toHaveText('Time left: 10:00');
	await expect(again.getByText(/^Time left: 9:5\d$/)).toBeVisible();
});

test('a timed assignment says so a minute before time is up, and its buttons say what they do', async ({
	page
}) => {
	await openHydrated(page, '/teacher');
	await page.getByLabel('Title').fill('One minute e2e');
	await page.getByLabel('Number of questions').fill('2');
	await page.getByLabel(/^Time limit in minutes/).fill('1');
	await page.getByRole('button', { name: 'Make assignment' }).click();
	await page.goto(await page.locator('#share-link').inputValue());
	await page.getByLabel('Your name').fill('Nigar');
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'One minute left' })).toContainText(
		'When time is up, your answers so far are submitted.'
	);
	// Feedback comes after submitting: answering saves, it does not check.
	await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Save answer', exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'I don’t know' }).click();
	await expect(page.getByRole('button', { name: 'Save answer and review' })).toBeVisible();
});

test('an assignment is submitted like an exam: skip, review, change, reload, confirm', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const { link, key } = await createAssignment(page, 'Assignment e2e');
	await page.goto(link);
	await page.getByLabel('Your name').fill('Rauf');
	await page.getByRole('button', { name: 'Start the assignment' }).click();
	const wrong = (answer: string) => (answer === 'True' ? 'False' : 'True');
	// Question 1 wrong, question 2 skipped, 3 and 4 right.
	await page.getByRole('radio', { name: wrong(key[0]!), exact: true }).check();
	await page.getByRole('button', { name: 'Save answer', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Question 2 of 4' })).toBeVisible();
	await page.getByRole('button', { name: 'Skip for now' }).click();
	for (const n of [3, 4]) {
		await expect(page.getByRole('heading', { name: `Question ${n} of 4` })).toBeVisible();
		await page.getByRole('radio', { name: key[n - 1]!, exact: true }).check();
		await page.getByRole('button', { name: /^Save answer/ }).click();
	}

	const review = page.getByRole('region', { name: 'Review your answers' });
	await expect(review.getByText('3 questions answered, 1 not answered.')).toBeVisible();
	await expectNoViolations(page);
	await expect(review.getByRole('listitem').nth(1)).toContainText('Not answered');
	// Nothing marked yet: no score, no right or wrong, before submitting.
	await expect(review).not.toContainText(/correct|wrong/i);

	// The skipped one is answered, and the first changed; each comes back to the review.
	await review.getByRole('button', { name: 'Answer question 2' }).click();
	await expect(page.getByRole('heading', { name: 'Question 2 of 4' })).toBeVisible();
	await page.getByRole('radio', { name: key[1]!, exact: true }).check();
	await page.getByRole('button', { name: 'Save answer and review' }).click();
	await review.getByRole('button', { name: 'Change question 1' }).click();
	await expect(page.getByText(`Your saved answer: ${wrong(key[0]!)}.`)).toBeVisible();
	await page.getByRole('radio', { name: key[0]!, exact: true }).check();
	await page.getByRole('button', { name: 'Save answer and review' }).click();
	await expect(review.getByText('4 questions answered.')).toBeVisible();

	// A reload comes back to the review, answers and all.
	await expect
		.poll(async () =>
			JSON.stringify(await allRecords(page, 'runsInProgress')).includes('"reviewing":true')
		)
		.toBe(true);
	await page.reload();
	await expect(page.getByRole('region', { name: 'Review your answers' })).toBeVisible();
	await expect(review.getByText('4 questions answered.')).toBeVisible();

	// Submitting asks first; "Not yet" changes nothing.
	await review.getByRole('button', { name: 'Submit answers…' }).click();
	await expect(
		page.getByRole('alert').filter({ hasText: 'Submit your answers now?' })
	).toContainText('You cannot change them after.');
	await page.getByRole('button', { name: 'Not yet' }).click();
	await expect(page.getByRole('heading', { name: 'Submitted' })).toHaveCount(0);
	await submitFromReview(page);
	await expect(page.getByText('4 of 4 correct')).toBeVisible();
	expect(errors).toEqual([]);
});

test('on a shared phone, a second student who types the first one’s name sees only their own work', async ({
	page,
	context
}) => {
	const { link, key } = await createAssignment(page, 'Assignment e2e');
	const phone = await context.newPage();
	const first = await takeAssignment(phone, link, 'Leyla Aliyeva', key);

	// The classmate adds themselves as a learner on the phone (and so is studying now).
	await openHydrated(phone, '/learners');
	await phone.getByLabel('Add a learner').fill('Murad');
	await phone.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(phone.getByRole('status')).toHaveText('Murad was added and is now studying.');
	await phone.goto(link);
	await phone.getByLabel('Your name').fill('Leyla Aliyeva');
	await phone.getByRole('button', { name: 'Start the assignment' }).click();
	// Not "You already submitted" with Leyla's score and code: a quiz of their own.
	await expect(phone.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();
	await expect(phone.getByText(first)).toHaveCount(0);

	// Back on Leyla's profile, her own submission is there as she left it.
	await openHydrated(phone, '/learners');
	await phone.getByRole('button', { name: 'Study as Me' }).click();
	await phone.goto(link);
	await phone.reload();
	await phone.getByLabel('Your name').fill('Leyla Aliyeva');
	await phone.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(
		phone.getByRole('heading', { name: 'You already submitted this assignment' })
	).toBeVisible();
	await expect(phone.getByLabel('Your result code', { exact: true })).toHaveValue(first);
});

test('a result comes back with one tap: shared as a link that imports itself on the teacher’s device', async ({
	page,
	browser,
	baseURL
}) => {
	// A teacher and a student device, a whole sitting and an axe check: near 30 s under load.
	test.setTimeout(60_000);
	const { link, key } = await createAssignment(page, 'Assignment e2e');
	const phone = await browser.newContext({ baseURL });
	try {
		// The system share sheet, as a phone has it: what is shared is kept for the test.
		await phone.addInitScript(() => {
			Object.defineProperty(navigator, 'share', {
				value: async (data: ShareData) => {
					(window as unknown as { shared: ShareData }).shared = data;
				}
			});
		});
		const student = await phone.newPage();
		await takeAssignment(student, link, 'Leyla Aliyeva', key);
		await student.getByRole('button', { name: 'Send to teacher' }).click();
		await expect(student.getByRole('status').filter({ hasText: 'Sent.' })).toBeVisible();
		await expectNoViolations(student);
		const shared = await student.evaluate(
			() => (window as unknown as { shared: ShareData }).shared
		);
		expect(shared.title).toBe('Result: Assignment e2e');
		expect(shared.url).toMatch(/\/teacher\/assignment#SSR-[\w-]+$/);

		// The teacher opens the link: the result is in, and the address names the assignment.
		await page.goto(shared.url!);
		await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
			'1 result imported.'
		);
		await expect(
			page.getByRole('region', { name: 'Students', exact: true }).getByRole('row', {
				name: /Leyla Aliyeva/
			})
		).toContainText('4/4 (100%)');
		expect(new URL(page.url()).hash).toMatch(/^#[a-z0-9]{10}$/);
		await page.reload();
		await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveCount(0);
		await expect(
			page.getByRole('region', { name: 'Students', exact: true }).getByRole('row')
		).toHaveCount(2);

		// A damaged link says so and changes nothing.
		await page.goto('/teacher/assignment#SSR-AAAA');
		await expect(page.getByRole('alert')).toContainText('This result link is damaged');
	} finally {
		await phone.close();
	}
});

test('many result files dropped at once are all imported; a photo among them is ignored', async ({
	page
}) => {
	await createAssignment(page, 'Assignment e2e');
	const link = await page.locator('#share-link').inputValue();
	const codes = await classResultCodes(link, { names: ['Aysel', 'Babak', 'Cavid'] });
	const form = page.getByRole('form', { name: 'Collect results' });
	const dropped = await page.evaluateHandle((codes) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([`Aysel: ${codes[0]}\n`], 'aysel.txt', { type: 'text/plain' }));
		transfer.items.add(new File([`${codes[1]}\n${codes[2]}`], 'two.txt', { type: 'text/plain' }));
		transfer.items.add(
			new File([new Uint8Array([0xff, 0xd8, 0xff])], 'photo.jpg', { type: 'image/jpeg' })
		);
		return transfer;
	}, codes);
	await form.dispatchEvent('dragover', { dataTransfer: dropped });
	await form.dispatchEvent('drop', { dataTransfer: dropped });
	// The one word skipped is the name before the first code: the photo was not read at all.
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
		'3 results imported, 1 word skipped.'
	);
});

test('where the teacher allows retries, a student takes it again and the teacher sees both attempts', async ({
	page,
	context
}) => {
	await openHydrated(page, '/teacher');
	await page.getByLabel('Title').fill('Assignment e2e');
	for (const type of ['Multiple choice', 'Typed answer', 'Number']) {
		await page.getByRole('checkbox', { name: type }).uncheck();
	}
	await page.getByLabel('Number of questions').fill('4');
	await page.getByLabel(/^Seed/).fill('e2e-seed');
	await page.getByRole('checkbox', { name: /^Allow retries/ }).check();
	await page.getByRole('button', { name: 'Make assignment' }).click();
	const link = await page.locator('#share-link').inputValue();

	const phone = await context.newPage();
	await phone.goto(link);
	await expect(phone.getByText(/^Retries allowed/)).toBeVisible();
	const first = await takeAssignment(phone, link, 'Nigar', ['True', 'True', 'True', 'True']);
	await phone.getByRole('button', { name: 'Take it again' }).click();
	await expect(phone.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();
	for (let n = 1; n <= 4; n++) {
		await expect(phone.getByRole('heading', { name: `Question ${n} of 4` })).toBeVisible();
		await phone.getByRole('radio', { name: 'False', exact: true }).check();
		await phone.getByRole('button', { name: /^Save answer/ }).click();
	}
	await submitFromReview(phone);
	const second = await phone.getByLabel('Your result code', { exact: true }).inputValue();
	expect(second).not.toBe(first);
	// Opening the link again shows the latest code.
	await phone.reload();
	await phone.getByLabel('Your name').fill('Nigar');
	await phone.getByRole('button', { name: 'Start the assignment' }).click();
	await expect(phone.getByLabel('Your result code', { exact: true })).toHaveValue(second);

	await page.getByLabel(/^Result codes/).fill(`${first}\n${second}`);
	await page.getByRole('button', { name: 'Import codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
		'2 results imported.'
	);
	await expect(
		page.getByRole('region', { name: 'Students', exact: true }).getByRole('row', { name: /Nigar/ })
	).toContainText('2 attempts (latest attempt counts)');
});

test('a student types the short join code offline, and the teacher reads the signed result', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(60_000);
	const { key, id } = await createAssignment(page, 'Assignment e2e', '812');
	const joinCode = (await page.locator('output#join-code').textContent())?.trim() ?? '';
	expect(joinCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
	await expect(
		page.getByText('signed, not encrypted: anyone who sees such a result code')
	).toBeVisible();
	// On a projector: the QR code and the join code, as large as the screen allows.
	await page.getByRole('button', { name: 'Show QR code full screen' }).click();
	const projector = page.getByRole('dialog', { name: 'QR code of the assignment, full screen' });
	await expect(projector).toContainText(joinCode);
	await expect(projector).toContainText('/join');
	await projector.getByRole('button', { name: 'Close' }).click();

	const errors: string[] = [];
	const context = await browser.newContext({ baseURL });
	try {
		// The student's phone visited the app once; in class it has no network.
		const student = await studentDevice(context, errors);
		await student.goto('/');
		await waitForServiceWorker(student);
		await context.setOffline(true);
		await student.goto('/join');
		const field = student.getByLabel('Join code or assignment link');
		// One character misread from the board is caught before anything opens.
		const wrong = joinCode.slice(0, 5) + (joinCode[5] === 'Q' ? 'R' : 'Q') + joinCode.slice(6);
		await field.fill(wrong);
		await student.getByRole('button', { name: 'Open the assignment' }).click();
		await expect(student.getByRole('alert')).toContainText('mistyped character');
		// Typed as a person would: lower case, spaces for dashes.
		await field.fill(joinCode.toLowerCase().replace(/-/g, ' '));
		await student.getByRole('button', { name: 'Open the assignment' }).click();
		const title = `Assignment ${joinCode}`;
		await expect(student.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(student.getByText('signed, not encrypted').first()).toBeVisible();
		await expectNoViolations(student);
		const code = await takeAssignment(student, null, 'Aysel Mammadova', key, title);
		await expect(student.getByText('4 of 4 correct (100%): passed')).toBeVisible();
		await expect(student.getByText('signed, not encrypted').first()).toBeVisible();
		await expectNoHorizontalScroll(student);
		expect(errors).toEqual([]);

		// The result link opens on the teacher's device, finds its assignment and imports itself.
		await page.goto(`/teacher/assignment#${code}`);
		await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
			'1 result imported.'
		);
		await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
		const students = page.getByRole('region', { name: 'Students', exact: true });
		await expect(students.getByRole('row', { name: /Aysel Mammadova/ })).toContainText(
			'4/4 (100%)'
		);
		// The same code pasted again is one result, not two.
		await page.getByLabel(/^Result codes/).fill(code);
		await page.getByRole('button', { name: 'Import codes' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'Already imported' })).toBeVisible();
		await expect(students.getByRole('row')).toHaveCount(2);
	} finally {
		await context.close();
	}
});
