import { existsSync } from 'node:fs';

/** Where we look for a Chromium, in order. CHROMIUM_PATH overrides them all. */
export const CHROMIUM_CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

/**
 * The Chromium that Playwright and Lighthouse drive. Playwright cannot download its own browsers on
 * our machines, so we use the system's (Debian's `chromium`).
 * @returns {string | undefined}
 */
export function chromiumPath() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return fromEnv;
	return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

/**
 * The flags every headless Chromium here starts with: no sandbox (we run as root), and none of
 * the background connections a machine with no network would refuse, many at a time.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
