import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';

async function addLearner(page: Page, name: string) {
	await page.getByLabel('Add a learner').fill(name);
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText(`${name} was added and is now studying.`);
}

test('learners are renamed, and deleted only after a confirmation', async ({ page }) => {
	await page.goto('/learners');
	await addLearner(page, 'Omar');
	await page.getByRole('button', { name: 'Rename Omar' }).click();
	await page.getByLabel('New name for Omar').fill('Omar K.');
	await page.getByRole('button', { name: 'Save name' }).click();
	await expect(page.getByRole('status')).toHaveText('Renamed to Omar K..');

	await page.getByRole('button', { name: 'Delete Omar K.' }).click();
	await expect(page.getByRole('alertdialog')).toContainText('This cannot be undone.');
	await page.getByRole('button', { name: 'Keep', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Rename Omar K.' })).toBeVisible();

	await page.getByRole('button', { name: 'Delete Omar K.' }).click();
	await page.getByRole('button', { name: 'Delete Omar K.' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Omar K. and all of their progress were deleted.'
	);
	await expect(page.getByRole('region', { name: 'Who is studying' }).getByText('Omar')).toHaveCount(
		0
	);
});

test('a backup round trip restores progress, and importing it twice adds nothing', async ({
	page
}) => {
	await page.goto('/study');
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Easy, next in/ }).click();
	// The grade is stored once it can be undone: leaving before then could take the review along.
	await expect(page.getByRole('button', { name: 'Undo last grade' })).toBeVisible();

	await page.goto('/learners');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the backup of Me' }).click();
	const file = await (await download).path();
	const backup = readFileSync(file, 'utf8');
	expect(JSON.parse(backup)).toMatchObject({ format: 'speech-study-backup' });

	// Delete the only learner (a fresh "Me" takes their place), then import the backup.
	await page.getByRole('button', { name: 'Delete Me' }).click();
	await page.getByRole('button', { name: 'Delete Me' }).click();
	await expect(page.getByRole('status')).toHaveText('Me and all of their progress were deleted.');
	// The file field waits while an action runs, as a person would.
	await expect(page.getByLabel('Import a backup file')).toBeEnabled();
	await page.getByLabel('Import a backup file').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backup)
	});
	// Importing waits on IndexedDB, which a loaded machine makes slow. The fresh, unused "Me" is
	// replaced by the backup's: one "Me", with its review, not two.
	await expect(page.getByRole('status')).toHaveText(
		"Backup imported: 1 learner, 1 review added. It replaces “Me”, this device's unused first learner.",
		{ timeout: 15_000 }
	);
	await expect(
		page.getByRole('region', { name: 'Who is studying' }).getByRole('button', { name: /^Rename / })
	).toHaveCount(1);
	await expect(page.getByLabel('Import a backup file')).toBeEnabled();
	await page.getByLabel('Import a backup file').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backup)
	});
	await expect(page.getByRole('status')).toHaveText(
		'This backup was already imported: nothing new to add.',
		{ timeout: 15_000 }
	);
});

test('a damaged or foreign backup gets a clear message and changes nothing', async ({ page }) => {
	await page.goto('/learners');
	await expect(page.getByText('studying now')).toBeVisible();
	const cases = [
		['{"format":"speech-study-backup","version":1,"learn', /incomplete|damaged/i],
		['{"hello":"world"}', /not a .*backup/i],
		['{"format":"speech-study-backup","version":99}', /newer version/i]
	] as const;
	for (const [text, message] of cases) {
		await expect(page.getByLabel('Import a backup file')).toBeEnabled();
		await page.getByLabel('Import a backup file').setInputFiles({
			name: 'bad.json',
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		});
		await expect(page.getByRole('alert')).toHaveText(message);
	}
	await expect(
		page.getByRole('region', { name: 'Who is studying' }).getByRole('listitem')
	).toHaveCount(1);
});
