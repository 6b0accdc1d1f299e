// The files of a build that the service worker precaches, and what they weigh. Shared by the
// precache check (tests/e2e/precache.spec.ts) and the size printout (scripts/precache-size.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What the whole precache may weigh, gzipped: what a first visit downloads to work offline. */
export const PRECACHE_BUDGET_BYTES = 400 * 1024;

/** Build files the worker does not precache: itself, and SvelteKit's version file (always asked of the network). */
const NOT_PRECACHED = new Set(['service-worker.js', '_app/version.json']);

/**
 * The URL path at which a static host serves a built file: pages without `.html`
 * (trailingSlash 'never'), `index.html` as its folder.
 * @param {string} file path inside the build folder, with `/`
 * @returns {string}
 */
export function urlOfFile(file) {
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return `/${file.slice(0, -'/index.html'.length)}`;
	if (file.endsWith('.html')) return `/${file.slice(0, -'.html'.length)}`;
	return `/${file}`;
}

/**
 * Every file of the build that the service worker must precache, with its size raw and gzipped.
 * @param {string} [buildDir]
 * @returns {{ file: string, url: string, bytes: number, gzipBytes: number }[]}
 */
export function precacheFiles(buildDir = 'build') {
	return readdirSync(buildDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(buildDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((file) => !NOT_PRECACHED.has(file))
		.sort()
		.map((file) => {
			const content = readFileSync(join(buildDir, file));
			return {
				file,
				url: urlOfFile(file),
				bytes: content.length,
				gzipBytes: gzipSync(content, { level: 9 }).length
			};
		});
}
