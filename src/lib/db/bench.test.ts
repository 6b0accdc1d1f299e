import { describe, expect, it } from 'vitest';
import { benchGrade, benchLoad } from './bench';
import { freshDB } from './testing';

// Smoke tests only: the timings that matter come from Chromium, not fake-indexeddb.
describe('bench', () => {
	it('benchGrade returns one timing per grade and writes every review', async () => {
		const db = await freshDB();
		const timings = await benchGrade(db, 12);
		expect(timings).toHaveLength(12);
		expect(await db.reviewLog.count()).toBe(12);
	});

	it('benchLoad writes the history and times each load', async () => {
		const db = await freshDB();
		const result = await benchLoad(db, { entries: 3000, runs: 2 });
		expect(await db.reviewLog.count()).toBe(3000);
		expect(result.queue).toHaveLength(2);
		expect(result.dashboard).toHaveLength(2);
	});
});
