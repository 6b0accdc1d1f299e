import { describe, expect, it } from 'vitest';
import {
	formatBytes,
	importSpaceNeeded,
	requestPersistentStorage,
	roomFor,
	storageEstimate
} from './storage';

/** A storage manager with the given answers. */
function manager(
	answers: Partial<Record<'persist' | 'persisted', boolean>> & { usage?: number; quota?: number }
) {
	return {
		persist: async () => answers.persist ?? false,
		persisted: async () => answers.persisted ?? false,
		estimate: async () => ({ usage: answers.usage, quota: answers.quota }),
		getDirectory: async () => {
			throw new Error('unused');
		}
	} as unknown as StorageManager;
}

describe('requestPersistentStorage', () => {
	it('asks the browser, and reports its answer', async () => {
		expect(await requestPersistentStorage(manager({ persist: true }))).toBe(true);
		expect(await requestPersistentStorage(manager({ persist: false }))).toBe(false);
	});

	it('does not ask again when storage is already persistent', async () => {
		expect(await requestPersistentStorage(manager({ persisted: true, persist: false }))).toBe(true);
	});

	it('answers false where the API is missing or fails', async () => {
		expect(await requestPersistentStorage(undefined)).toBe(false);
		const failing = { persist: () => Promise.reject(new Error('no')) } as unknown as StorageManager;
		expect(await requestPersistentStorage(failing)).toBe(false);
	});
});

describe('storageEstimate', () => {
	it('reports usage, quota and persistence', async () => {
		expect(await storageEstimate(manager({ usage: 1200, quota: 5e9, persisted: true }))).toEqual({
			usage: 1200,
			quota: 5e9,
			persisted: true
		});
	});

	it('reports nothing known where the API is missing', async () => {
		expect(await storageEstimate(undefined)).toEqual({
			usage: null,
			quota: null,
			persisted: false
		});
	});
});

describe('formatBytes', () => {
	it.each([
		[0, '0 B'],
		[812_000, '812 KB'],
		[3_400_000, '3.4 MB'],
		[1_250_000_000, '1.3 GB']
	])('shows %d bytes as %s', (bytes, text) => {
		expect(formatBytes(bytes)).toBe(text);
	});
});

describe('room for an import', () => {
	it('needs more than the file: the records, their indexes and the write log', () => {
		expect(importSpaceNeeded(10_000_000)).toBe(26_000_000);
	});

	it('fits where the browser says enough is left, and not where it says less', () => {
		expect(roomFor(26e6, { usage: 1e6, quota: 100e6 })).toEqual({ fits: true, free: 99e6 });
		expect(roomFor(26e6, { usage: 90e6, quota: 100e6 })).toEqual({ fits: false, free: 10e6 });
	});

	it('fits where the browser does not say', () => {
		expect(roomFor(26e6, { usage: null, quota: null })).toEqual({ fits: true, free: null });
	});
});
