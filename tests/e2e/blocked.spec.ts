import { expect, openHydrated, test } from './fixtures';

// A tab of an old release that does not close when a newer one must upgrade the database keeps
// this tab waiting: it says so, and carries on by itself once that tab lets go.
test('a page waiting on an older tab says so, then carries on', async ({ page, context }) => {
	// The old tab: the first release's database (Dexie's version 1 is IndexedDB's 10), held open
	// and deaf to requests to close. The facts page itself never opens the database.
	const old = await context.newPage();
	await openHydrated(old, '/facts');
	await old.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('speech-study', 10);
				open.onupgradeneeded = () => {
					const db = open.result;
					db.createObjectStore('learners', { keyPath: 'id' });
					const states = db.createObjectStore('cardStates', { keyPath: ['learnerId', 'cardId'] });
					states.createIndex('learnerId', 'learnerId');
					states.createIndex('[learnerId+due]', ['learnerId', 'due']);
					const log = db.createObjectStore('reviewLog', { keyPath: 'seq', autoIncrement: true });
					log.createIndex('id', 'id', { unique: true });
					log.createIndex('[learnerId+reviewedAt]', ['learnerId', 'reviewedAt']);
					log.createIndex('[learnerId+cardId]', ['learnerId', 'cardId']);
					const attempts = db.createObjectStore('quizAttempts', { keyPath: 'id' });
					attempts.createIndex('[learnerId+finishedAt]', ['learnerId', 'finishedAt']);
					db.createObjectStore('settings', { keyPath: 'key' });
				};
				open.onsuccess = () => {
					(window as unknown as { oldDb: IDBDatabase }).oldDb = open.result;
					resolve();
				};
				open.onerror = () => reject(open.error);
			})
	);

	await page.goto('/study');
	await expect(page.getByRole('status').filter({ hasText: 'Another tab' })).toContainText(
		'Close or reload that tab and this page carries on: nothing was lost.'
	);
	await expect(page.getByRole('button', { name: 'Show answer' })).toHaveCount(0);

	await old.evaluate(() => (window as unknown as { oldDb: IDBDatabase }).oldDb.close());
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await expect(page.getByText('Another tab')).toHaveCount(0);
});
