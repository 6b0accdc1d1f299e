// Reads and writes a probe database in the page with the raw IndexedDB API, to check that what an
// app stored survives going offline, reloading and updating.
import type { BrowserContext, Page } from '@playwright/test';

const DB = { name: 'e2e-probe', store: 'records' };

/** Stores `value` under `key` in the page's probe database. */
export async function putRecord(page: Page, key: string, value: unknown): Promise<void> {
	await page.evaluate(
		({ db, key, value }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open(db.name, 1);
				open.onupgradeneeded = () => open.result.createObjectStore(db.store);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const transaction = open.result.transaction(db.store, 'readwrite');
					transaction.objectStore(db.store).put(value, key);
					transaction.oncomplete = () => {
						open.result.close();
						resolve();
					};
					transaction.onerror = () => reject(transaction.error);
				};
			}),
		{ db: DB, key, value }
	);
}

/** The value under `key` in the page's probe database, or undefined. */
export async function getRecord(page: Page, key: string): Promise<unknown> {
	return page.evaluate(
		({ db, key }) =>
			new Promise<unknown>((resolve, reject) => {
				const open = indexedDB.open(db.name, 1);
				open.onupgradeneeded = () => open.result.createObjectStore(db.store);
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction(db.store).objectStore(db.store).get(key);
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result);
					};
					request.onerror = () => reject(request.error);
				};
			}),
		{ db: DB, key }
	);
}

/** The number of records in every table of the app's database, by table name. */
export async function tableCounts(page: Page): Promise<Record<string, number>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, number>>((resolve, reject) => {
				const open = indexedDB.open('speech-study');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const counts: Record<string, number> = {};
					if (!names.length) {
						db.close();
						resolve(counts);
						return;
					}
					const transaction = db.transaction(names);
					for (const name of names) {
						const request = transaction.objectStore(name).count();
						request.onsuccess = () => (counts[name] = request.result);
					}
					transaction.oncomplete = () => {
						db.close();
						resolve(counts);
					};
					transaction.onerror = () => reject(transaction.error);
				};
			})
	);
}

/** Deletes the app's database from another tab of `context`, as "Clear site data" does. */
export async function deleteDatabaseInAnotherTab(context: BrowserContext): Promise<void> {
	const other = await context.newPage();
	await other.goto('/offline');
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.deleteDatabase('speech-study');
				request.onsuccess = () => resolve();
				request.onerror = () => reject(request.error);
			})
	);
	await other.close();
}

/** Every record of one store of the app's database. */
export async function allRecords(page: Page, store: string): Promise<unknown[]> {
	return page.evaluate(
		(store) =>
			new Promise<unknown[]>((resolve, reject) => {
				const open = indexedDB.open('speech-study');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const all = open.result.transaction(store).objectStore(store).getAll();
					all.onsuccess = () => {
						open.result.close();
						resolve(all.result);
					};
					all.onerror = () => reject(all.error);
				};
			}),
		store
	);
}
