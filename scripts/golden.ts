// `npm run golden`: writes `src/lib/assignments/golden.json`, the record of what the current
// assignment format version builds (see FORMAT_VERSION in src/lib/assignments/frame.ts).
// It refuses to rewrite the record of a version with different outputs: links already shared
// would stop opening. Bump FORMAT_VERSION first, then run it again. `--check` only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { FORMAT_VERSION } from '../src/lib/assignments/frame';
import { goldenRecord, type GoldenRecord } from '../src/lib/assignments/golden';
import { packedFacts } from '../src/lib/server/discover-packs';

const FIXTURE = 'src/lib/assignments/golden.json';
const check = process.argv.includes('--check');

const fresh = goldenRecord(await packedFacts('content'), FORMAT_VERSION);
let old: GoldenRecord | undefined;
try {
	old = JSON.parse(readFileSync(FIXTURE, 'utf8')) as GoldenRecord;
} catch {
	old = undefined;
}

if (old && isDeepStrictEqual(old, fresh)) {
	console.log(`${FIXTURE}: format version ${FORMAT_VERSION}, unchanged.`);
	process.exit(0);
}
if (check) {
	console.error(`${FIXTURE} does not match what format version ${FORMAT_VERSION} builds.`);
	process.exit(1);
}
if (old && old.formatVersion === FORMAT_VERSION) {
	console.error(
		`Quiz generation changed, but the format version is still ${FORMAT_VERSION}: assignment ` +
			`links made with it would no longer open. Bump FORMAT_VERSION in ` +
			`src/lib/assignments/frame.ts (and say what changed there), then run this again.`
	);
	process.exit(1);
}
// Written as Prettier writes JSON, so that the lint step finds it formatted.
const options = (await resolveConfig(FIXTURE)) ?? {};
writeFileSync(FIXTURE, await format(JSON.stringify(fresh), { ...options, parser: 'json' }));
console.log(`${FIXTURE}: written for format version ${FORMAT_VERSION}.`);
