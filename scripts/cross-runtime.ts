// `npm run --silent cross-runtime`: bundles the engine once and builds the golden record (the
// golden specs and 240 cross-runtime specs) from that one bundle in Node and in Chromium, then
// prints one JSON object: how many specs each runtime built, how many quizzes differ, and the
// first few that do. Exit code 1 when any differs. This is how "the same quiz on every browser"
// is measured; the tests pin the same record in `src/lib/assignments/golden.json`.
import { runInThisContext } from 'node:vm';
import { chromium } from '@playwright/test';
import type { GoldenRecord } from '../src/lib/assignments/golden';
import { BUNDLE_GLOBAL, engineBundle } from '../tests/cross-runtime/bundle';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';

const code = await engineBundle();
const call = `${code};${BUNDLE_GLOBAL}.record()`;

const inNode = runInThisContext(call) as GoldenRecord;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
let inChromium: GoldenRecord;
try {
	const page = await browser.newPage();
	inChromium = (await page.evaluate(call)) as GoldenRecord;
} finally {
	await browser.close();
}

const nodeAll = [...inNode.golden.map((g) => g.outcome.fingerprint), ...inNode.crossRuntime];
const chromiumAll = [
	...inChromium.golden.map((g) => g.outcome.fingerprint),
	...inChromium.crossRuntime
];
const differing = nodeAll.flatMap((fingerprint, i) =>
	fingerprint === chromiumAll[i] ? [] : [{ index: i, node: fingerprint, chromium: chromiumAll[i] }]
);
const built = nodeAll.filter((fingerprint) => !fingerprint.startsWith('error:')).length;
const randomDiffers = JSON.stringify(inNode.random) !== JSON.stringify(inChromium.random);
console.log(
	JSON.stringify(
		{
			specs: nodeAll.length,
			quizzesBuilt: built,
			differing: differing.length,
			randomDiffers,
			examples: differing.slice(0, 5)
		},
		null,
		2
	)
);
process.exit(differing.length || randomDiffers ? 1 : 0);
