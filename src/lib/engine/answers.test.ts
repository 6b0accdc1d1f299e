import { describe, expect, it } from 'vitest';
import { dateAnswer, makeFact, numberAnswer, textAnswer } from '../../../tests/fixtures/facts';
import {
	answerSpans,
	displayAnswer,
	formatDateLike,
	formatNumberLike,
	leaksAnswer,
	ordinalSuffix
} from './answers';

describe('formatNumberLike', () => {
	it.each([
		['613', 613, 650, '650'],
		['1 million', 1_000_000, 2_000_000, '2 million'],
		['1 million', 1_000_000, 1_500_000, '1.5 million'],
		['20%', 20, 30, '30%'],
		['44th', 44, 43, '43rd'],
		['1,275', 1275, 1300, '1,300'],
		['100 tons', 100, 80, '80 tons'],
		['No.366', 366, 365, 'No.365']
	])('writes %s style: %d → %d as "%s"', (text, value, other, expected) => {
		expect(formatNumberLike(numberAnswer(value, { text }), other)).toBe(expected);
	});

	it('refuses values its style cannot write', () => {
		expect(
			formatNumberLike(numberAnswer(1_000_000, { text: '1 million' }), 800_000)
		).toBeUndefined();
	});

	it('writes digits where the answer is in words', () => {
		expect(formatNumberLike(numberAnswer(4, { text: 'fourth', unit: 'ordinal' }), 5)).toBe('5th');
	});
});

describe('ordinalSuffix', () => {
	it.each([
		[1, 'st'],
		[2, 'nd'],
		[3, 'rd'],
		[4, 'th'],
		[11, 'th'],
		[12, 'th'],
		[13, 'th'],
		[21, 'st'],
		[44, 'th']
	])('%d → %s', (n, suffix) => expect(ordinalSuffix(n)).toBe(suffix));
});

describe('formatDateLike', () => {
	it('keeps a month-first style', () => {
		const answer = dateAnswer('September 19, 2017', '2017-09-19');
		expect(formatDateLike(answer, { start: '2017-09-22', precision: 'day' })).toBe(
			'September 22, 2017'
		);
		expect(
			formatDateLike(answer, { start: '2017-07-10', end: '2017-07-11', precision: 'day' })
		).toBe('July 10–11, 2017');
	});

	it('writes other styles the canonical way', () => {
		const answer = dateAnswer('25 to 26 February 1992', '1992-02-25', { end: '1992-02-26' });
		expect(displayAnswer(answer)).toBe('25–26 February 1992');
	});
});

describe('leaksAnswer', () => {
	const fact = makeFact({
		answer: textAnswer('place', 'Abidjan'),
		aliases: ['Abidjan, Côte d’Ivoire']
	});

	it('finds the answer and its aliases as whole words', () => {
		expect(leaksAnswer('Held in ABIDJAN?', fact)).toBe(true);
		expect(leaksAnswer('Where was it held?', fact)).toBe(false);
	});

	it('finds numbers in digits and dates in their usual forms', () => {
		expect(leaksAnswer('How many of the 613?', makeFact({ answer: numberAnswer(613) }))).toBe(true);
		expect(leaksAnswer('How many of the 6130?', makeFact({ answer: numberAnswer(613) }))).toBe(
			false
		);
		const dated = makeFact({ answer: dateAnswer('19 September 2017', '2017-09-19') });
		expect(leaksAnswer('What met on September 19, 2017?', dated)).toBe(true);
	});
});

describe('answerSpans', () => {
	it('finds an ordinal glued to the next word', () => {
		const fact = makeFact({ answer: numberAnswer(44, { text: '44th', unit: 'ordinal' }) });
		const quote = 'hosting of the 44thsession of the Council';
		const [span] = answerSpans(quote, fact);
		expect(span && quote.slice(span.start, span.end)).toBe('44th');
	});

	it('finds a date range written with "to"', () => {
		const fact = makeFact({
			answer: dateAnswer('25–26 February 1992', '1992-02-25', { end: '1992-02-26' })
		});
		const quote = 'Over the night of the 25 to 26 February 1992, following';
		const [span] = answerSpans(quote, fact);
		expect(span && quote.slice(span.start, span.end)).toBe('25 to 26 February 1992');
	});

	it('finds "1 million" written as it is in the quote', () => {
		const fact = makeFact({ answer: numberAnswer(1_000_000, { text: '1 million' }) });
		expect(answerSpans('cleansing of 1 million Azerbaijanis', fact)).toHaveLength(1);
	});
});
