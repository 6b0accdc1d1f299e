/**
 * Workload at a glance: how many reviews a day the learner can expect over the next weeks at
 * each desired retention, so that "what does 95% cost against 90%" has a number. As Anki's
 * simulator does, the learner's cards are studied forward with the app's own queue and
 * scheduler (see `simulation.ts`), each review recalled with the chance the memory model gives,
 * new cards at the learner's daily limit, and the counts averaged over a few seeded runs.
 */
import type { CardState, EpochMs } from './models';
import { simulateStudy } from './simulation';
import { DAY_MS } from './time';

export interface WorkloadInput {
	/** Every card the learner studies, in the order new cards come. */
	cardIds: readonly string[];
	states: ReadonlyMap<string, CardState>;
	/** The desired retentions to compare. */
	retentions: readonly number[];
	newPerDay: number;
	now: EpochMs;
	/** How many days ahead; 30 by default. */
	days?: number;
	/** How many runs each figure averages; 4 by default. */
	runs?: number;
}

export interface Workload {
	retention: number;
	/** Expected reviews on each day, from today. */
	perDay: number[];
	/** Their mean, and the busiest day's. */
	mean: number;
	peak: number;
}

export function forecastWorkload(input: WorkloadInput): Workload[] {
	const { days = 30, runs = 4 } = input;
	const start = Math.floor(input.now / DAY_MS) * DAY_MS;
	return input.retentions.map((retention) => {
		const perDay: number[] = Array.from({ length: days }, () => 0);
		for (let run = 0; run < runs; run++) {
			const outcome = simulateStudy({
				cardIds: input.cardIds,
				states: input.states,
				start,
				examInDays: days,
				// Every due card is studied: the question is how many there are.
				minutesPerDay: 24 * 60,
				plan: 'plain',
				target: retention,
				desiredRetention: retention,
				newPerDay: input.newPerDay,
				seed: `workload:${run}`
			});
			outcome.reviewsPerDay.forEach((count, day) => (perDay[day]! += count / runs));
		}
		const mean = perDay.reduce((sum, count) => sum + count, 0) / days;
		return { retention, perDay, mean, peak: Math.max(...perDay) };
	});
}
