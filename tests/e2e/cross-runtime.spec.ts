import { readFileSync } from 'node:fs';
import type { GoldenRecord } from '../../src/lib/assignments/golden';
import { BUNDLE_GLOBAL, engineBundle } from '../cross-runtime/bundle';
import { expect, test } from './fixtures';

const pinned = JSON.parse(readFileSync('src/lib/assignments/golden.json', 'utf8')) as GoldenRecord;

// The unit tests pin what Node builds (`golden.test.ts`); this pins what Chromium builds from the
// same code, bundled as the app's build bundles it. Equal to one fixture, equal to each other.
test('Chromium builds the pinned quiz for every golden and cross-runtime spec', async ({
	page
}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'one JavaScript engine: the phone is the same');
	test.setTimeout(60_000);
	const code = await engineBundle();
	// A blank page: the engine alone, with nothing of the app around it.
	const built = (await page.evaluate(`${code};${BUNDLE_GLOBAL}.record()`)) as GoldenRecord;
	expect(built.formatVersion).toBe(pinned.formatVersion);
	expect(built.random).toEqual(pinned.random);
	expect(built.golden).toEqual(pinned.golden);
	expect(built.crossRuntime).toHaveLength(240);
	const differing = built.crossRuntime.flatMap((fingerprint, i) =>
		fingerprint === pinned.crossRuntime[i] ? [] : [i]
	);
	expect(differing, 'specs whose quiz differs between Chromium and Node').toEqual([]);
});
