/**
 * Errors of the storage layer, with messages a learner can act on. Every repository function
 * throws only these: {@link toStorageError} turns what IndexedDB and Dexie throw into one of them.
 */

/** Base of every storage error; its message can be shown as it is. */
export class StorageError extends Error {
	override name = 'StorageError';

	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
	}
}

/** The device is out of space. The transaction was rolled back: what was saved before is intact. */
export class QuotaError extends StorageError {
	override name = 'QuotaError';

	constructor(options?: { cause?: unknown }) {
		super(
			'Your device is out of storage space. Nothing was lost: free up some space and try again.',
			options
		);
	}
}

/** This tab runs an older app than the one that last upgraded the database. */
export class NewerDatabaseError extends StorageError {
	override name = 'NewerDatabaseError';

	constructor(options?: { cause?: unknown }) {
		super(
			'Your progress was saved by a newer version of the app. Reload the page to get the newest version.',
			options
		);
	}
}

/** Why this tab's database was closed under it. */
export type ClosedBecause = 'upgraded' | 'deleted';

/** What happened, and then what to do, for each reason. */
const CLOSED_MESSAGES: Record<ClosedBecause, { what: string; then: string }> = {
	upgraded: {
		what: 'The app was updated in another tab.',
		then: 'Reload this page to continue: nothing you saved was lost.'
	},
	deleted: {
		what: 'The progress stored in this browser was deleted (from its settings, or by another tab).',
		then: 'Reload to start afresh; importing a backup file brings your progress back.'
	}
};

/**
 * The database was closed because another tab upgraded it, or because it was deleted: this tab
 * must reload before it saves anything, so that it never writes records of the old shape, and
 * the learner is told which of the two happened.
 */
export class ReloadRequiredError extends StorageError {
	override name = 'ReloadRequiredError';
	readonly because: ClosedBecause;
	/** What happened, without what to do: for a screen that says its own next step. */
	readonly what: string;

	constructor(because: ClosedBecause = 'upgraded', options?: { cause?: unknown }) {
		const { what, then } = CLOSED_MESSAGES[because];
		super(`${what} ${then}`, options);
		this.because = because;
		this.what = what;
	}
}

/**
 * The browser keeps nothing for this site: no IndexedDB, or one that refuses to open (a private
 * window in some browsers, site data turned off). Reading works; progress cannot be kept.
 */
export class StorageUnavailableError extends StorageError {
	override name = 'StorageUnavailableError';

	constructor(options?: { cause?: unknown }) {
		super(
			'This browser does not let the app keep anything on this device (a private window, or site data turned off in its settings). You can still read the speech and the facts, but study progress and quiz results cannot be saved. Open the app in a normal window to keep them.',
			options
		);
	}
}

/** A learner, card or review the caller named does not exist. */
export class NotFoundError extends StorageError {
	override name = 'NotFoundError';
}

/** An input the learner can fix, such as an empty name. */
export class InputError extends StorageError {
	override name = 'InputError';
}

/** Why a backup file was refused. */
export type BackupProblem =
	| 'empty'
	| 'damaged'
	| 'foreign'
	| 'newer'
	| 'invalid'
	| 'unsafe'
	| 'no-room'
	/** The file holds teacher keys this device lacks: import again saying whether to add them. */
	| 'teacher-keys';

/** A backup file that cannot be imported. Nothing was changed. */
export class BackupError extends StorageError {
	override name = 'BackupError';
	readonly problem: BackupProblem;

	constructor(problem: BackupProblem, message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.problem = problem;
	}
}

/**
 * The {@link StorageError} for anything thrown while reading or writing: quota errors, direct or
 * nested (IndexedDB may report a full disk as an `AbortError` whose `inner` is the
 * `QuotaExceededError`), a newer database, a database closed by another tab's upgrade.
 */
export function toStorageError(error: unknown): StorageError {
	const chain = causes(error);
	// Our own error, possibly wrapped by Dexie (which rewraps errors named like DOM errors).
	const own = chain.find((inner) => inner instanceof StorageError);
	if (own instanceof StorageError) return own;
	if (chain.some(isQuotaExceeded)) return new QuotaError({ cause: error });
	const name = errorName(error);
	if (name === 'VersionError') return new NewerDatabaseError({ cause: error });
	if (name === 'DatabaseClosedError') return new ReloadRequiredError('upgraded', { cause: error });
	const detail = error instanceof Error ? error.message : String(error);
	return new StorageError(`Saving or loading your progress failed (${detail}). Try again.`, {
		cause: error
	});
}

/** Runs `work`, turning whatever it throws into a {@link StorageError}. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw toStorageError(error);
	}
}

/**
 * The names IndexedDB and Dexie give to "this browser will not store anything here": no API at
 * all, a security policy, or the state Firefox's private windows once reported.
 */
const UNAVAILABLE_NAMES = new Set(['MissingAPIError', 'SecurityError', 'InvalidStateError']);

/** True when opening failed because the browser stores nothing for this site. */
export function isStorageUnavailable(error: unknown): boolean {
	return causes(error).some((inner) => UNAVAILABLE_NAMES.has(errorName(inner) ?? ''));
}

function isQuotaExceeded(error: unknown): boolean {
	const name = errorName(error);
	return (
		name === 'QuotaExceededError' ||
		// Old Firefox names it so; legacy DOMException code 22 is QUOTA_EXCEEDED_ERR.
		name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		(error instanceof DOMException && error.code === 22)
	);
}

/** The error and those nested in it: Dexie's `inner`, the standard `cause`, a bulk's `failures`. */
function causes(error: unknown, depth = 0): unknown[] {
	if (depth > 5 || typeof error !== 'object' || error === null) return [error];
	const nested: unknown[] = [];
	const record = error as { inner?: unknown; cause?: unknown; failures?: unknown };
	if (record.inner !== undefined) nested.push(record.inner);
	if (record.cause !== undefined) nested.push(record.cause);
	if (Array.isArray(record.failures)) nested.push(...(record.failures as unknown[]));
	return [error, ...nested.flatMap((inner) => causes(inner, depth + 1))];
}

function errorName(error: unknown): string | undefined {
	if (typeof error !== 'object' || error === null) return undefined;
	const name = (error as { name?: unknown }).name;
	return typeof name === 'string' ? name : undefined;
}
