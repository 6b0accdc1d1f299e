import { describe, expect, it } from 'vitest';
import { bundledFacts } from '../content/bundled';
import { FORMAT_VERSION } from './frame';
import { crossRuntimeSpecs, GOLDEN_SPECS, goldenRecord, type GoldenRecord } from './golden';
import fixture from './golden.json';

const pinned = fixture as unknown as GoldenRecord;
const built = goldenRecord(bundledFacts, FORMAT_VERSION);

const HOW_TO =
	'Quiz generation changed, so assignment links already shared would build other quizzes. ' +
	'If that is on purpose, bump FORMAT_VERSION in src/lib/assignments/frame.ts and run ' +
	'`npm run golden` (README: "Assignment format").';

describe('the golden quizzes of this assignment format version', () => {
	it('are pinned for the current format version', () => {
		expect(pinned.formatVersion, 'run `npm run golden` after bumping FORMAT_VERSION').toBe(
			FORMAT_VERSION
		);
	});

	it('start from the pinned outputs of the seeded generator', () => {
		expect(built.random, HOW_TO).toEqual(pinned.random);
	});

	it.each(GOLDEN_SPECS.map((spec, i) => [i, spec] as const))(
		'golden spec %i builds the pinned quiz, question for question',
		(i, spec) => {
			expect(pinned.golden[i]?.spec).toEqual(spec);
			expect(built.golden[i]?.outcome, HOW_TO).toEqual(pinned.golden[i]?.outcome);
		}
	);

	it('cover every question type, topic filters and difficulty ranges', () => {
		const types = new Set(GOLDEN_SPECS.flatMap((spec) => spec.types));
		expect(types.size).toBe(6);
		expect(GOLDEN_SPECS.some((spec) => spec.topics?.length)).toBe(true);
		const ranges = new Set(GOLDEN_SPECS.map((spec) => spec.difficulty.join('-')));
		expect(ranges.size).toBeGreaterThanOrEqual(4);
		const ids = pinned.golden.flatMap((g) => g.outcome.questionIds);
		for (const type of types) expect(ids.some((id) => id.startsWith(`${type}:`))).toBe(true);
	});

	it('build the pinned fingerprint for each of the 240 cross-runtime specs in Node', () => {
		expect(crossRuntimeSpecs()).toHaveLength(pinned.crossRuntime.length);
		const differing = built.crossRuntime.flatMap((fingerprint, i) =>
			fingerprint === pinned.crossRuntime[i] ? [] : [i]
		);
		expect(differing, HOW_TO).toEqual([]);
	});

	it('are almost all real quizzes, not refusals', () => {
		const refused = pinned.crossRuntime.filter((fingerprint) => fingerprint.startsWith('error:'));
		expect(refused.length).toBeLessThanOrEqual(pinned.crossRuntime.length / 10);
	});
});
