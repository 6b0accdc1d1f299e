// `npm run bench` (part): the figures that only a real browser gives, measured in Chromium against
// the built app (`npx vite build` first): IndexedDB grading and loading, and the time from a
// navigation to an interactive study card, offline, served by the service worker. Prints only.
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { startStaticServer } from '../tests/e2e/support/static-server';

interface Figure {
	name: string;
	samples: number[];
	goalMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;

function print({ name, samples, goalMs }: Figure) {
	const m = median(samples);
	console.log(
		`${name.padEnd(50)} median ${m.toFixed(2).padStart(7)} ms   p95 ${p95(samples).toFixed(2).padStart(7)} ms   ` +
			`goal < ${goalMs} ms (${m <= goalMs ? 'within goal' : 'OVER GOAL'}, ${samples.length} runs)`
	);
}

/** The storage benchmark as one script, so the page needs no module of the app's. */
async function bundleDbBench(): Promise<string> {
	const output = await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			lib: { entry: 'scripts/bench/db-entry.ts', formats: ['iife'], name: 'DbBench' },
			minify: true
		}
	});
	const chunk = (Array.isArray(output) ? output[0] : output) as {
		output: { type: string; code?: string }[];
	};
	const code = chunk.output.find((item) => item.type === 'chunk')?.code;
	if (!code) throw new Error('Could not bundle the storage benchmark');
	return code;
}

async function storageFigures(browser: Browser, origin: string): Promise<Figure[]> {
	// The benchmark script is injected, so the app's CSP (no inline scripts) is bypassed here only.
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	await page.goto(`${origin}/offline`);
	await page.addScriptTag({ content: await bundleDbBench() });
	const result = await page.evaluate(() =>
		(
			globalThis as unknown as {
				__dbBench: (o: { grades: number; entries: number }) => Promise<{
					grade: number[];
					seedMs: number;
					queue: number[];
					dashboard: number[];
				}>;
			}
		).__dbBench({ grades: 300, entries: 100_000 })
	);
	await context.close();
	console.log(`(wrote 100,000 review-log entries in ${(result.seedMs / 1000).toFixed(1)} s)`);
	return [
		{ name: 'IndexedDB: grade a card (one transaction)', samples: result.grade, goalMs: 5 },
		{ name: 'IndexedDB: study queue, 100,000 reviews', samples: result.queue, goalMs: 100 },
		{ name: 'IndexedDB: dashboard, 100,000 reviews', samples: result.dashboard, goalMs: 100 }
	];
}

async function offlineStudyFigure(browser: Browser, origin: string): Promise<Figure> {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(`${origin}/study`);
	// The worker takes control once installed (clients.claim); until then the page is not offline-ready.
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 30_000
	});
	await page.getByRole('button', { name: 'Show answer' }).waitFor();
	await context.setOffline(true);
	const samples: number[] = [];
	for (let i = 0; i < 15; i++) {
		await page.goto(`${origin}/study`, { waitUntil: 'commit' });
		// Time since the navigation started, when the card's button is there and wired up.
		const ms = await page.waitForFunction(() => {
			const button = [...document.querySelectorAll('button')].find(
				(b) => b.textContent?.trim() === 'Show answer'
			);
			return button ? performance.now() : false;
		});
		samples.push(Number(await ms.jsonValue()));
	}
	await context.close();
	return { name: 'Offline: navigation to an interactive study card', samples, goalMs: 300 };
}

const server = await startStaticServer(process.argv[2] ?? 'build', 0);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
	console.log(`Chromium figures (build served at ${server.url})`);
	print(await offlineStudyFigure(browser, server.url));
	for (const figure of await storageFigures(browser, server.url)) print(figure);
} finally {
	await browser.close();
	await server.close();
}
