import { describe, expect, it } from 'vitest';
import { findSpans, mergeSpans, replaceSpans } from './spans';

describe('findSpans', () => {
	it('ignores case, diacritics and quote styles, and returns the text as written', () => {
		const text = 'hosting by the State of Cote d’Ivoire of the session';
		const [span] = findSpans(text, "Côte d'Ivoire");
		expect(span && text.slice(span.start, span.end)).toBe('Cote d’Ivoire');
	});

	it('matches whole words only', () => {
		expect(findSpans('Bakuvian and Baku', 'Baku')).toEqual([{ start: 13, end: 17 }]);
	});

	it('treats dashes alike', () => {
		expect(findSpans('25–26 February 1992', '25-26 February 1992')).toHaveLength(1);
	});

	it('finds every occurrence', () => {
		expect(findSpans('Khojaly and Khojaly', 'khojaly')).toHaveLength(2);
	});
});

describe('replaceSpans and mergeSpans', () => {
	it('replaces spans and keeps the longer of overlapping ones', () => {
		const text = 'Mr. Elmar Mammadyarov spoke';
		const spans = mergeSpans([
			...findSpans(text, 'Mammadyarov'),
			...findSpans(text, 'Elmar Mammadyarov')
		]);
		expect(replaceSpans(text, spans, '_')).toBe('Mr. _ spoke');
	});
});
