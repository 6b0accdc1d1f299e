/**
 * A quiz or assignment in progress, kept in the learner's storage after every answer (and from
 * the moment it starts), so that a reload, an offline reload, a discarded tab or a restarted
 * browser carries it on where it was, on the same clock. What is read back is checked with the
 * screen's schema; a damaged entry is dropped, never trusted.
 */
import * as v from 'valibot';
import type { JsonValue } from '$lib/db/models';
import { learnerSession } from './learner-session.svelte';

/** Keeps `value` as the active learner's run on screen `key`. A failure only loses the keeping. */
export async function keepRun(key: string, value: unknown): Promise<void> {
	try {
		const { db, api } = await learnerSession.open();
		const learnerId = await learnerSession.learnerId();
		// Plain JSON: what a screen holds may be reactive proxies, which storage cannot clone.
		const json = JSON.parse(JSON.stringify(value)) as JsonValue;
		await api.keepRunInProgress(db, { learnerId, key, value: json, now: Date.now() });
	} catch {
		// Storage closed or full: its own notice says so; the run goes on in this tab.
	}
}

/** The active learner's run kept on screen `key`, if any and if it passes `schema`. */
export async function keptRun<T>(
	key: string,
	schema: v.GenericSchema<unknown, unknown>
): Promise<T | null> {
	try {
		const { db, api } = await learnerSession.open();
		const learnerId = await learnerSession.learnerId();
		const record = await api.runInProgress(db, learnerId, key);
		if (!record) return null;
		if (v.is(schema, record.value)) return record.value as T;
		await api.dropRunInProgress(db, learnerId, key);
		return null;
	} catch {
		return null;
	}
}

/** Forgets the active learner's run on screen `key`: finished and stored, or given up. */
export async function dropRun(key: string): Promise<void> {
	try {
		const { db, api } = await learnerSession.open();
		await api.dropRunInProgress(db, await learnerSession.learnerId(), key);
	} catch {
		// Nothing to do: a stale run is checked against its screen's state when read back.
	}
}
