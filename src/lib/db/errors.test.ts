import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
	NewerDatabaseError,
	QuotaError,
	ReloadRequiredError,
	StorageError,
	toStorageError
} from './errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('toStorageError', () => {
	it('recognises a QuotaExceededError thrown directly', () => {
		const error = toStorageError(quota());
		expect(error).toBeInstanceOf(QuotaError);
		expect(error.message).toBe(
			'Your device is out of storage space. Nothing was lost: free up some space and try again.'
		);
	});

	it('recognises a QuotaExceededError nested as the inner error of a Dexie AbortError', () => {
		expect(toStorageError(new Dexie.AbortError('Transaction aborted', quota()))).toBeInstanceOf(
			QuotaError
		);
	});

	it('recognises one nested in a bulk error or as a cause', () => {
		expect(toStorageError(new Dexie.BulkError('1 of 2 failed', [quota()]))).toBeInstanceOf(
			QuotaError
		);
		expect(toStorageError(new Error('failed', { cause: quota() }))).toBeInstanceOf(QuotaError);
	});

	it('recognises the legacy Firefox name', () => {
		expect(toStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBeInstanceOf(QuotaError);
	});

	it('maps a VersionError to NewerDatabaseError and a closed database to ReloadRequiredError', () => {
		expect(toStorageError(new DOMException('older', 'VersionError'))).toBeInstanceOf(
			NewerDatabaseError
		);
		expect(toStorageError(new Dexie.DatabaseClosedError())).toBeInstanceOf(ReloadRequiredError);
	});

	it('keeps a storage error as it is and wraps anything else, keeping the cause', () => {
		const own = new StorageError('mine');
		expect(toStorageError(own)).toBe(own);
		const other = new TypeError('boom');
		const wrapped = toStorageError(other);
		expect(wrapped).toBeInstanceOf(StorageError);
		expect(wrapped.message).toContain('boom');
		expect(wrapped.cause).toBe(other);
	});

	it('does not loop on an error nested in itself', () => {
		const error: { name: string; inner?: unknown } = { name: 'AbortError' };
		error.inner = error;
		expect(toStorageError(error)).toBeInstanceOf(StorageError);
	});
});
