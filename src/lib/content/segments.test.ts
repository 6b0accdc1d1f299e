import { describe, expect, it } from 'vitest';
import { makeFact } from '../../../tests/factories/pack';
import { segmentParagraph } from './segments';

const paragraph = { number: 4, offset: 0, text: 'Alpha beta gamma delta.' };
const quoting = (id: string, quote: string, number = 4) =>
	makeFact({ id, source: { quote, paragraph: number } });

describe('segmentParagraph', () => {
	it('returns the whole paragraph as one plain segment when no fact quotes it', () => {
		expect(segmentParagraph(paragraph, [quoting('x', 'Alpha', 5)])).toEqual([
			{ text: 'Alpha beta gamma delta.', factIds: [] }
		]);
	});

	it('splits at overlapping quotes and lists every fact covering each run', () => {
		const segments = segmentParagraph(paragraph, [
			quoting('a', 'Alpha beta'),
			quoting('b', 'beta gamma')
		]);
		expect(segments).toEqual([
			{ text: 'Alpha ', factIds: ['a'] },
			{ text: 'beta', factIds: ['a', 'b'] },
			{ text: ' gamma', factIds: ['b'] },
			{ text: ' delta.', factIds: [] }
		]);
		expect(segments.map((s) => s.text).join('')).toBe(paragraph.text);
	});

	it('joins a quoted run of only punctuation to the run before it: too small a mark to tap', () => {
		const segments = segmentParagraph(paragraph, [
			quoting('a', 'Alpha beta gamma delta.'),
			quoting('b', 'beta gamma delta')
		]);
		expect(segments).toEqual([
			{ text: 'Alpha ', factIds: ['a'] },
			{ text: 'beta gamma delta.', factIds: ['a', 'b'] }
		]);
	});

	it('leaves an unquoted space between quotes as plain text', () => {
		const segments = segmentParagraph(paragraph, [quoting('a', 'Alpha'), quoting('b', 'beta')]);
		expect(segments.map((s) => [s.text, s.factIds])).toEqual([
			['Alpha', ['a']],
			[' ', []],
			['beta', ['b']],
			[' gamma delta.', []]
		]);
	});
});
