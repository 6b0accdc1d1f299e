import { describe, expect, it } from 'vitest';
import type { CardState } from './models';
import { createScheduler, newCardState } from './scheduler';
import { DAY_MS } from './time';
import { forecastWorkload } from './workload';

const MONDAY = Date.UTC(2025, 0, 6, 9);
const cardIds = Array.from({ length: 60 }, (_, i) => `fact-${i}:qa`);

/** Forty cards learned over the last weeks, twenty still new. */
function states(): Map<string, CardState> {
	const scheduler = createScheduler({ desiredRetention: 0.9 });
	const map = new Map<string, CardState>();
	for (const [i, cardId] of cardIds.slice(0, 40).entries()) {
		let at = MONDAY - (30 - (i % 20)) * DAY_MS;
		let state = newCardState(cardId, at);
		for (let step = 0; step < 6 && at < MONDAY; step++) {
			state = scheduler.grade(state, 'good', at).state;
			at = Math.max(at + 60_000, state.due);
		}
		map.set(cardId, state);
	}
	return map;
}

describe('the workload forecast', () => {
	const input = { cardIds, states: states(), newPerDay: 5, now: MONDAY, runs: 3 };

	it('costs more reviews a day at a higher desired retention', () => {
		const [low, high] = forecastWorkload({ ...input, retentions: [0.8, 0.95] });
		expect(low!.perDay).toHaveLength(30);
		expect(high!.mean).toBeGreaterThan(low!.mean);
		expect(high!.peak).toBeGreaterThanOrEqual(high!.mean);
	});

	it('counts the new cards it introduces, and nothing once every card is met and far off', () => {
		const [only] = forecastWorkload({ ...input, retentions: [0.9], days: 10 });
		// Four days of five new cards each, seen at least once each.
		expect(only!.perDay.slice(0, 4).every((count) => count >= 5)).toBe(true);
		expect(forecastWorkload({ ...input, retentions: [0.9] })).toEqual(
			forecastWorkload({ ...input, retentions: [0.9] })
		);
	});
});
