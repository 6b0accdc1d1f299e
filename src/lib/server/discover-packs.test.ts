import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildQuiz } from '../engine/quiz';
import { discoverPacks } from './discover-packs';

describe('discoverPacks', () => {
	it('validates the real content without a single issue', async () => {
		const packs = await discoverPacks('content');
		expect(packs.map((pack) => pack.meta.id)).toContain('oic-acm-2017');
	});

	const root = mkdtempSync(join(tmpdir(), 'packs-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('finds a second speech by its folder alone, with no code change', async () => {
		cpSync('content/oic-acm-2017', join(root, 'oic-acm-2017'), { recursive: true });
		cpSync('tests/fixtures/content/harbour-2020', join(root, 'harbour-2020'), { recursive: true });
		const packs = await discoverPacks(root);
		expect(packs.map((pack) => pack.meta.id)).toEqual(['harbour-2020', 'oic-acm-2017']);
		const harbour = packs.find((pack) => pack.meta.id === 'harbour-2020');
		expect(harbour?.facts.map((fact) => fact.id)).toEqual([
			'harbour-pier-length',
			'harbour-opening-date'
		]);
		// Its own topics, and a quiz of one of them, with no code naming them.
		expect(harbour?.vocabulary.topics.map((topic) => topic.id)).toEqual([
			'harbour-works',
			'harbour-history'
		]);
		const quiz = buildQuiz(harbour?.facts ?? [], {
			topics: ['harbour-works'],
			types: ['typed', 'numeric'],
			count: 2,
			difficulty: [1, 3],
			seed: 1
		});
		expect(
			quiz.questions
				.map((question) => question.factIds)
				.flat()
				.sort()
		).toEqual(['harbour-opening-date', 'harbour-pier-length']);
	});

	it('ignores folders that are not packs', async () => {
		const packs = await discoverPacks('tests/fixtures');
		expect(packs).toEqual([]);
	});
});
