// Draws the app's icons (static/icons/*.png) from static/favicon.svg in headless Chromium.
// A one-off: run `node scripts/icons.mjs` after changing the favicon, and commit the PNGs.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const favicon = readFileSync('static/favicon.svg', 'utf8');
/** Full bleed, for masks and iOS, which cut their own shape: the page glyph sits well inside the
 * maskable safe zone (a circle of 40 % of the size) already. */
const square = favicon.replace(/ rx="[\d.]+"/, '');

const icons = [
	{ file: 'icon-192.png', size: 192, svg: favicon },
	{ file: 'icon-512.png', size: 512, svg: favicon },
	{ file: 'maskable-512.png', size: 512, svg: square },
	{ file: 'apple-touch-icon.png', size: 180, svg: square }
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
	const page = await browser.newPage();
	mkdirSync('static/icons', { recursive: true });
	for (const { file, size, svg } of icons) {
		await page.setViewportSize({ width: size, height: size });
		await page.setContent(
			`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
		);
		writeFileSync(`static/icons/${file}`, await page.screenshot({ omitBackground: true }));
		console.log(`static/icons/${file}`);
	}
} finally {
	await browser.close();
}
