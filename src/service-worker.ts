/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

// The service worker: precaches the whole built app, so that after one online visit every page
// opens with no network. A new version installs beside the old one and waits until the page says
// the user accepted it (SKIP_WAITING), so one page never mixes files of two versions.
import { base, build, files, prerendered, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { OFFLINE_PATH, SKIP_WAITING } from '$lib/pwa/protocol';

declare const self: ServiceWorkerGlobalScope;

/**
 * Every file of the build. Hashed files under `_app/immutable/` name their own version; pages and
 * static files keep their URL from one version to the next, so the build's version revisions them.
 */
const manifest: PrecacheEntry[] = [
	...build.map((url) => ({ url, revision: null })),
	...files.map((url) => ({ url, revision: version })),
	...prerendered.map((url) => ({ url, revision: version }))
];

precacheAndRoute(manifest, {
	// Pages are static: their query (an assignment's parameters, SvelteKit's
	// `x-sveltekit-invalidated` on `__data.json`) never changes the file, so match without it.
	ignoreURLParametersMatching: [/.*/],
	// `/facts/` is the page `/facts` (trailingSlash 'never').
	urlManipulation: ({ url }) => {
		if (url.pathname.length <= 1 || !url.pathname.endsWith('/')) return [];
		const bare = new URL(url.origin);
		bare.pathname = url.pathname.replace(/\/+$/, '');
		return [bare];
	}
});
cleanupOutdatedCaches();

// A page that is not in the precache (a link to a page of a newer version, a typo): try the
// network, and when there is none, say so in the app's own words instead of a browser error page.
registerRoute(
	({ request }) => request.mode === 'navigate',
	async ({ request }) => {
		try {
			return await fetch(request);
		} catch {
			return (await matchPrecache(base + OFFLINE_PATH)) ?? Response.error();
		}
	}
);

self.addEventListener('message', (event) => {
	const data: unknown = event.data;
	if (typeof data === 'object' && data !== null && 'type' in data && data.type === SKIP_WAITING)
		void self.skipWaiting();
});

// The first install takes over the open page at once; later versions wait for SKIP_WAITING.
clientsClaim();
