import { afterEach, describe, expect, it } from 'vitest';
import { SaveBeforeUpdateError, beforeUpdate, saveBeforeUpdate } from './before-update';

const unregister: Array<() => void> = [];
afterEach(() => unregister.splice(0).forEach((off) => off()));

function register(callback: () => void | Promise<void>) {
	unregister.push(beforeUpdate(callback));
}

describe('saveBeforeUpdate', () => {
	it('resolves at once when nothing is in progress', async () => {
		await expect(saveBeforeUpdate()).resolves.toBeUndefined();
	});

	it('waits for every callback, synchronous or not', async () => {
		const saved: string[] = [];
		register(() => {
			saved.push('session');
		});
		register(async () => {
			await new Promise((resolve) => setTimeout(resolve, 5));
			saved.push('quiz');
		});
		await saveBeforeUpdate();
		expect(saved.sort()).toEqual(['quiz', 'session']);
	});

	it('no longer runs a callback once it is unregistered', async () => {
		let calls = 0;
		const off = beforeUpdate(() => {
			calls += 1;
		});
		off();
		await saveBeforeUpdate();
		expect(calls).toBe(0);
	});

	it('fails with every cause when a callback fails, after the others have run', async () => {
		let saved = false;
		register(() => {
			throw new Error('disk full');
		});
		register(async () => {
			saved = true;
		});
		const failure = await saveBeforeUpdate().catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(SaveBeforeUpdateError);
		expect((failure as SaveBeforeUpdateError).causes).toEqual([new Error('disk full')]);
		expect((failure as SaveBeforeUpdateError).message).toMatch(/did not reload/);
		expect(saved).toBe(true);
	});
});
