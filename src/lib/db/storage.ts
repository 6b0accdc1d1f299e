/** The browser's storage manager, guarded for browsers (and prerender) without it. */

export interface StorageEstimate {
	/** Bytes used by this site, or null when the browser does not say. */
	usage: number | null;
	/** Bytes this site may use, or null when the browser does not say. */
	quota: number | null;
	/** Whether the browser promised not to evict the data under storage pressure. */
	persisted: boolean;
}

/**
 * Asks the browser to keep the data even when space runs low. Returns whether it is persistent
 * (false where the API is missing or the browser says no, as Safari often does without a prompt).
 */
export async function requestPersistentStorage(
	storage: StorageManager | undefined = globalThis.navigator?.storage
): Promise<boolean> {
	if (!storage?.persist) return false;
	try {
		return (await storage.persisted?.()) || (await storage.persist());
	} catch {
		return false;
	}
}

/** How much space is used and allowed, and whether storage is persistent. */
export async function storageEstimate(
	storage: StorageManager | undefined = globalThis.navigator?.storage
): Promise<StorageEstimate> {
	const none = { usage: null, quota: null, persisted: false };
	if (!storage?.estimate) return none;
	try {
		const { usage, quota } = await storage.estimate();
		const persisted = storage.persisted ? await storage.persisted() : false;
		return { usage: usage ?? null, quota: quota ?? null, persisted };
	} catch {
		return none;
	}
}

/**
 * How many bytes of storage an import of a backup of `textBytes` takes, at most: IndexedDB keeps
 * each record with its indexes and writes a log before it compacts. Measured in Chromium 156 on
 * a tmpfs: backups of 9.9 MB and 29.7 MB grew the profile by at most 15 MB and 53 MB (1.5 to 1.8
 * times) while they were written.
 */
export function importSpaceNeeded(textBytes: number): number {
	return Math.ceil(textBytes * 2.5) + 1_000_000;
}

/**
 * Whether `needed` bytes fit in what the browser says is left for this site. Unknown (the
 * browser does not say) counts as fitting: the import then relies on its transaction alone.
 */
export function roomFor(
	needed: number,
	estimate: Pick<StorageEstimate, 'usage' | 'quota'>
): { fits: boolean; free: number | null } {
	if (estimate.usage === null || estimate.quota === null) return { fits: true, free: null };
	const free = Math.max(0, estimate.quota - estimate.usage);
	return { fits: needed <= free, free };
}

/** A byte count for people: "0 B", "812 KB", "3.4 MB", "1.2 GB". */
export function formatBytes(bytes: number): string {
	const units = ['B', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	const shown = unit === 0 || value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
	return `${shown} ${units[unit]}`;
}
