import { readFile } from 'node:fs/promises';
import { parse as parseGift } from 'gift-pegjs';
import Papa from 'papaparse';
import { assignmentQuiz, decodeAssignment } from '../../src/lib/assignments/assignment';
import { packedFacts } from '../../src/lib/server/discover-packs';
import { expectNoViolations } from './support/axe';
import { classResultCodes, CLASS_NAMES } from './support/class-results';
import { expect, expectNoHorizontalScroll, openHydrated, test, type Page } from './fixtures';

/** A twelve-question assignment of every single-fact type, made on the Teacher page. */
async function makeAssignment(page: Page): Promise<string> {
	await openHydrated(page, '/teacher');
	await page.getByLabel('Title').fill('Class of thirty');
	await page.getByLabel('Number of questions').fill('12');
	await page.getByLabel(/^Seed/).fill('desk');
	await page.getByRole('button', { name: 'Make assignment' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Class of thirty' })).toBeVisible();
	return page.locator('#share-link').inputValue();
}

/** The quiz a link builds, as a student's device builds it. */
async function openedQuiz(link: string) {
	return assignmentQuiz(await packedFacts('content'), await decodeAssignment(link));
}

const GIFT_TYPES = { mc: 'MC', tf: 'TF', typed: 'Short', numeric: 'Numerical', match: 'Matching' };
const XML_TYPES = {
	mc: 'multichoice',
	tf: 'truefalse',
	typed: 'shortanswer',
	numeric: 'numerical',
	match: 'matching'
};

const students = (page: Page) => page.getByRole('region', { name: 'Students', exact: true });
/** The score cells of the grid, top to bottom, as percents. */
async function shownPercents(page: Page): Promise<number[]> {
	const cells = await students(page).getByRole('row').locator('td:nth-child(2)').allTextContents();
	return cells.map((text) => Number(/\((\d+)%\)/.exec(text)?.[1]));
}

test('a teacher collects thirty results at once and reads the class at a glance', async ({
	page
}) => {
	test.setTimeout(90_000);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const link = await makeAssignment(page);
	const codes = await classResultCodes(link);

	await page.getByLabel(/^Result codes/).fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Import codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
		'30 results imported.'
	);

	// The grid: a row per student (and the header), a cell per question.
	const grid = students(page);
	await expect(grid.getByRole('row')).toHaveCount(31);
	await expect(grid.getByRole('columnheader', { name: 'Q12' })).toBeVisible();
	const byName = await grid.getByRole('rowheader').allTextContents();
	expect(byName).toHaveLength(30);
	expect(new Set(byName.map((name) => name.trim()))).toEqual(new Set(CLASS_NAMES));

	// Sorted by score: the first press puts the best first, the second the weakest.
	await grid.getByRole('button', { name: /^Score/ }).click();
	await expect(grid.getByRole('columnheader', { name: /^Score/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	const best = await shownPercents(page);
	expect(best).toEqual([...best].sort((a, b) => b - a));
	await grid.getByRole('button', { name: /^Score/ }).click();
	const weakest = await shownPercents(page);
	expect(weakest).toEqual([...best].reverse());

	// The score distribution's table adds up to the class.
	const chart = page.getByRole('figure', { name: 'Score distribution' });
	await chart.getByText('Show as table').click();
	const counts = await chart.getByRole('row').locator('td').allTextContents();
	expect(counts).toHaveLength(10);
	expect(counts.reduce((sum, count) => sum + Number(count), 0)).toBe(30);

	// One student's answers, every one of them right, wrong or not answered.
	await grid.getByRole('button', { name: 'Aysel', exact: true }).click();
	const answers = page.getByRole('region', { name: 'Answers of Aysel' });
	await expect(answers.getByRole('heading', { name: 'Answers of Aysel' })).toBeFocused();
	await expect(answers.getByRole('list').first().getByRole('listitem')).toHaveCount(12);
	await expect(answers.getByRole('list').nth(1).getByRole('listitem')).toHaveCount(1);

	// The busiest page of the app, a student open: every WCAG 2.2 AA rule axe checks.
	await expectNoViolations(page);

	// Item analysis per question, and the answers given.
	const questions = page.getByRole('region', { name: /^Questions/ });
	await expect(questions.getByRole('columnheader', { name: 'Discrimination' })).toBeVisible();
	await expect(questions.getByText(/\(key\): \d+/).first()).toBeVisible();

	// Accepting a typed answer regrades the class: more right than before.
	const accept = questions.getByRole('button', { name: /^Accept “/ }).first();
	const scoreOf = async () =>
		(await shownPercents(page)).reduce((sum, percent) => sum + percent, 0);
	const before = await scoreOf();
	const accepted = ((await accept.getAttribute('aria-label')) ?? '').match(/“(.+)”/)![1]!;
	await accept.click();
	await expect(page.getByRole('status').filter({ hasText: 'regraded' })).toHaveText(
		`“${accepted}” is accepted: the report is regraded.`
	);
	expect(await scoreOf()).toBeGreaterThan(before);
	await expect(questions.getByText(`Accepted: ${accepted}`)).toBeVisible();
	// It stays accepted after a reload.
	await page.reload();
	await expect(
		page.getByRole('region', { name: /^Questions/ }).getByText(`Accepted: ${accepted}`)
	).toBeVisible();

	// The CSV holds the options table and every student's answers, read back by a real parser.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV' }).click();
	const csv = await readFile(await (await download).path(), 'utf8');
	const table = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',' }).data;
	const answersHeader = table.findIndex((row) => row[0] === 'Student' && row[1] === 'Q1 answer');
	expect(answersHeader).toBeGreaterThan(0);
	expect(table.slice(answersHeader + 1, answersHeader + 31).map((row) => row.length)).toEqual(
		Array(30).fill(25)
	);
	expect(table.some((row) => row[1] === '(no answer)')).toBe(true);
	const questionHeader = table.find((row) => row[0] === 'Question' && row[1] === 'Prompt')!;
	expect(questionHeader).toEqual(
		expect.arrayContaining(['Facility index', 'Discrimination index'])
	);

	// Deleting one result, then all of them.
	await page
		.getByRole('region', { name: 'Students', exact: true })
		.getByRole('button', { name: 'Babak', exact: true })
		.click();
	const babak = page.getByRole('region', { name: 'Answers of Babak' });
	await babak.getByRole('button', { name: 'Delete…' }).click();
	await babak.getByRole('button', { name: 'Delete result' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toHaveText(
		'1 result deleted.'
	);
	await expect(students(page).getByRole('row')).toHaveCount(30);
	await expect(babak).toHaveCount(0);
	await page.getByRole('button', { name: 'Delete all results…' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Delete all 29 results' })).toBeVisible();
	await page.getByRole('button', { name: 'Delete all results', exact: true }).click();
	await expect(page.getByText('No results yet')).toBeVisible();
	await page.reload();
	await expect(page.getByText('No results yet')).toBeVisible();
	await expectNoHorizontalScroll(page);
	expect(errors).toEqual([]);
});

test('the assignment’s QR code fills the screen for a projector and closes with Escape', async ({
	page
}) => {
	await makeAssignment(page);
	await page.getByRole('button', { name: 'Show QR code full screen' }).click();
	const projector = page.getByRole('dialog', { name: /full screen/ });
	await expect(projector).toBeVisible();
	const code = projector.getByRole('img', { name: /full screen/ });
	const box = (await code.boundingBox())!;
	const viewport = page.viewportSize()!;
	// As large as the screen allows: most of its shorter side.
	expect(Math.min(box.width, box.height)).toBeGreaterThan(
		0.6 * Math.min(viewport.width, viewport.height)
	);
	await page.keyboard.press('Escape');
	await expect(projector).toBeHidden();
	await expect(page.getByRole('button', { name: 'Show QR code full screen' })).toBeFocused();
});

/** Two assignments: every single-fact type, and only the multi-fact ones (an ordering among them). */
const MOODLE_CASES = [
	{ uncheck: [], check: ['Matching', 'Ordering'], count: '10', orderings: false },
	{
		uncheck: ['Multiple choice', 'True or false', 'Typed answer', 'Number'],
		check: ['Matching', 'Ordering'],
		count: '4',
		orderings: true
	}
];

test('the questions go to Moodle as GIFT and Moodle XML, read back by independent parsers', async ({
	page
}) => {
	for (const [n, setup] of MOODLE_CASES.entries()) {
		await openHydrated(page, '/teacher');
		await page.getByLabel('Title').fill(`For the question bank ${n}`);
		for (const type of setup.uncheck) await page.getByRole('checkbox', { name: type }).uncheck();
		for (const type of setup.check) await page.getByRole('checkbox', { name: type }).check();
		await page.getByLabel('Number of questions').fill(setup.count);
		await page.getByLabel(/^Seed/).fill('moodle');
		await page.getByRole('button', { name: 'Make assignment' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`For the question bank ${n}`);
		const link = await page.locator('#share-link').inputValue();
		const { questions } = await openedQuiz(link);
		const kept = questions.filter((question) => question.type !== 'order');
		expect(kept.length < questions.length).toBe(setup.orderings);

		const gift = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download GIFT' }).click();
		const giftText = await readFile(await (await gift).path(), 'utf8');
		const parsed = parseGift(giftText);
		expect(parsed[0]).toMatchObject({ type: 'Category' });
		expect(parsed.slice(1).map((question) => question.type)).toEqual(
			kept.map((question) => GIFT_TYPES[question.type as keyof typeof GIFT_TYPES])
		);
		expect(/^\/\/ Left out: questions? [\d, ]+ \(ordering\)/m.test(giftText)).toBe(setup.orderings);

		const xml = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download Moodle XML' }).click();
		const xmlText = await readFile(await (await xml).path(), 'utf8');
		// The browser's own XML parser: a file Moodle's parser would refuse fails here too.
		const read = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				types: [...doc.querySelectorAll('quiz > question')].map((q) => q.getAttribute('type')),
				prompts: [...doc.querySelectorAll('questiontext > text')].map((t) => t.textContent)
			};
		}, xmlText);
		expect(read.error).toBeNull();
		expect(read.types).toEqual([
			'category',
			...kept.map((question) => XML_TYPES[question.type as keyof typeof XML_TYPES])
		]);
		expect(read.prompts).toEqual(kept.map((question) => question.prompt));
	}
});

test('the teacher backup carries the key, assignments and results to another device, which asks first', async ({
	page,
	browser,
	baseURL
}) => {
	const link = await makeAssignment(page);
	const codes = await classResultCodes(link, { names: ['Aysel', 'Babak'] });
	await page.getByLabel(/^Result codes/).fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Import codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
		'2 results imported.'
	);
	await openHydrated(page, '/teacher');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the teacher backup' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^speech-study-teacher-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const backup = JSON.parse(await readFile(await file.path(), 'utf8')) as Record<string, unknown[]>;
	expect(backup.learners).toEqual([]);
	expect(backup.teacherKeys).toHaveLength(1);
	expect(backup.assignmentResults).toHaveLength(2);

	const laptop = await browser.newContext({ baseURL });
	try {
		const other = await laptop.newPage();
		await openHydrated(other, '/teacher');
		const input = other.getByLabel('Import a teacher key file or backup');
		// Left without its key: the assignment comes, and says it cannot be read here.
		await input.setInputFiles(await file.path());
		await other.getByRole('button', { name: 'Import without the key' }).click();
		await expect(other.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
			'Backup imported: 1 assignment, 2 collected results added.'
		);
		await other.getByRole('link', { name: 'Class of thirty' }).click();
		await expect(other.getByRole('alert').filter({ hasText: 'teacher key' })).toBeVisible();
		// With its key, on the second import: asked again, added, and the results read.
		await openHydrated(other, '/teacher');
		await input.setInputFiles(await file.path());
		await other.getByRole('button', { name: 'Add the key and import' }).click();
		await expect(other.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
			'Backup imported: 1 teacher key added; 1 assignment, 2 collected results were here already.'
		);
		await other.getByRole('link', { name: 'Class of thirty' }).click();
		await expect(
			other.getByRole('region', { name: 'Students', exact: true }).getByRole('row')
		).toHaveCount(3);
		await expect(
			other.getByRole('alert').filter({ hasText: 'does not have the teacher key' })
		).toHaveCount(0);
	} finally {
		await laptop.close();
	}
});
