/**
 * What the engine bundle exposes: the golden record, built from the facts as the app bundles
 * them. The same bundle runs in Node and in Chromium (`bundle.ts`).
 */
import { goldenRecord } from '$lib/assignments/golden';
import { FORMAT_VERSION } from '$lib/assignments/frame';
import { bundledFacts } from '$lib/content/bundled';

export function record() {
	return goldenRecord(bundledFacts, FORMAT_VERSION);
}
