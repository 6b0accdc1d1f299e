import { browser } from '$app/environment';
import * as storage from '$lib/db';
import { learnerSession } from '$lib/state/learner-session.svelte';
import type { PageLoad } from './$types';

// The study screen needs storage at once: importing it here puts Dexie among the page's preloaded
// modules, and the database opens while the page hydrates rather than after.
export const load: PageLoad = () => {
	if (browser) void learnerSession.openWith(storage).catch(() => undefined);
};
