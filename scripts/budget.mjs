// The performance budget of the built app (`npx vite build` first): what the home page loads
// first, and what a first visit downloads for offline use. Prints the figures and exits non-zero
// when one is over its budget. Part of `npm test` and `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PRECACHE_BUDGET_BYTES, precacheFiles } from './precache-files.mjs';

const KB = 1024;
const buildDir = process.argv[2] ?? 'build';

/**
 * The JS and CSS files the home page loads before it is interactive: every script, module preload
 * and stylesheet its HTML names, and the modules its inline boot script imports.
 * @param {string} html
 */
export function firstLoadFiles(html) {
	const urls = new Set();
	for (const match of html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) urls.add(match[1]);
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) urls.add(match[1]);
	return [...urls].filter((url) => url.startsWith('/'));
}

const gz = (/** @type {string} */ url) =>
	gzipSync(readFileSync(join(buildDir, url)), { level: 9 }).length;
const kb = (/** @type {number} */ bytes) => `${(bytes / KB).toFixed(1)} KB`;

const home = firstLoadFiles(readFileSync(join(buildDir, 'index.html'), 'utf8'));
const js = home.filter((url) => url.endsWith('.js')).reduce((sum, url) => sum + gz(url), 0);
const css = home.filter((url) => url.endsWith('.css')).reduce((sum, url) => sum + gz(url), 0);
const precache = precacheFiles(buildDir).reduce((sum, file) => sum + file.gzipBytes, 0);

const budgets = [
	{ name: 'Home page JavaScript, first load (gzipped)', bytes: js, budget: 60 * KB },
	{ name: 'Home page CSS, first load (gzipped)', bytes: css, budget: 10 * KB },
	{ name: 'Whole precache (gzipped)', bytes: precache, budget: PRECACHE_BUDGET_BYTES }
];
let over = false;
for (const { name, bytes, budget } of budgets) {
	const ok = bytes <= budget;
	over ||= !ok;
	console.log(
		`${name.padEnd(50)} ${kb(bytes).padStart(9)}   budget ${kb(budget)} (${ok ? 'within budget' : 'OVER BUDGET'})`
	);
}
if (over) {
	console.error('The build is over its performance budget.');
	process.exit(1);
}
