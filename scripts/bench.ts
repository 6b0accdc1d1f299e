// `npm run bench`: how long the engine takes, as figures next to their goals. It only prints and
// never fails on time: machines differ. Sections are a list so that later issues can add theirs
// (the Chromium and IndexedDB figures) alongside.
import { performance } from 'node:perf_hooks';
import type { Fact } from '../src/lib/content/models';
import { buildFlashcards } from '../src/lib/engine/flashcards';
import { QUESTION_TYPES } from '../src/lib/engine/models';
import { buildQuiz } from '../src/lib/engine/quiz';
import { discoverPacks } from '../src/lib/server/discover-packs';

/** One measured operation. `run` gets the iteration number, e.g. to vary a seed. */
export interface BenchSection {
	name: string;
	/** The goal in milliseconds for the median. */
	goalMs: number;
	iterations: number;
	run(iteration: number): unknown;
}

export interface BenchResult {
	name: string;
	goalMs: number;
	medianMs: number;
	p95Ms: number;
	iterations: number;
}

function percentile(sorted: readonly number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

/** Times a section after a few warm-up runs (the JIT), one sample per iteration. */
export function measure(section: BenchSection): BenchResult {
	for (let i = 0; i < Math.min(20, section.iterations); i++) section.run(-1 - i);
	const samples: number[] = [];
	for (let i = 0; i < section.iterations; i++) {
		const start = performance.now();
		section.run(i);
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	return {
		name: section.name,
		goalMs: section.goalMs,
		medianMs: percentile(samples, 0.5),
		p95Ms: percentile(samples, 0.95),
		iterations: section.iterations
	};
}

export function formatResult(result: BenchResult): string {
	const verdict = result.medianMs <= result.goalMs ? 'within goal' : 'OVER GOAL';
	return (
		`${result.name.padEnd(34)} median ${result.medianMs.toFixed(2).padStart(7)} ms   ` +
		`p95 ${result.p95Ms.toFixed(2).padStart(7)} ms   goal < ${result.goalMs} ms (${verdict}, ` +
		`${result.iterations} runs)`
	);
}

/** The engine's sections, over the real fact set. */
export function engineSections(facts: readonly Fact[]): BenchSection[] {
	return [
		{
			name: '50-question mixed quiz',
			goalMs: 5,
			iterations: 500,
			// A new seed each run, over the same facts, as in a session: what does not depend on the
			// seed (which facts each type can ask) is prepared once per fact set and kept.
			run: (i) =>
				buildQuiz(facts, { types: [...QUESTION_TYPES], count: 50, difficulty: [1, 3], seed: i })
		},
		{
			name: '50-question mixed quiz, cold',
			goalMs: 5,
			iterations: 200,
			// A fresh copy of the facts each run: the first quiz of a session, nothing prepared yet.
			run: (i) =>
				buildQuiz([...facts], {
					types: [...QUESTION_TYPES],
					count: 50,
					difficulty: [1, 3],
					seed: i
				})
		},
		{
			name: 'all flashcards',
			goalMs: 10,
			iterations: 500,
			// A fresh copy of the array each run, so no per-array cache carries over.
			run: () => buildFlashcards([...facts])
		}
	];
}

const facts = (await discoverPacks('content')).flatMap((pack) => pack.facts);
console.log(`Engine benchmark: ${facts.length} facts, Node ${process.version}\n`);
for (const section of engineSections(facts)) console.log(formatResult(measure(section)));
