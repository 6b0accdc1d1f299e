import { describe, expect, it } from 'vitest';
import {
	dateAppearsIn,
	formatDate,
	isIsoDate,
	numberAppearsIn,
	parseDate,
	parseNumber,
	sameDate
} from './values';

describe('parseNumber', () => {
	it.each([
		['613', 613],
		['1,000', 1000],
		['1 000', 1000],
		['1 million', 1_000_000],
		['one million', 1_000_000],
		['1,000,000', 1_000_000],
		['a thousand', 1000],
		['six hundred and thirteen', 613],
		['20%', 20],
		['20 percent', 20],
		['44th', 44],
		['fourth', 4],
		['100 tons', 100],
		['No.366', 366],
		['2.5', 2.5]
	])('reads %s as %d', (text, value) => {
		expect(parseNumber(text)).toBe(value);
	});

	it.each(['', 'Baku', 'a', 'many', '12 apples and pears'])('rejects %j', (text) => {
		expect(parseNumber(text)).toBeUndefined();
	});
});

describe('numberAppearsIn', () => {
	it('finds a number written with digits, commas or "million"', () => {
		expect(numberAppearsIn('Another 1000 people were wounded', 1000)).toBe(true);
		expect(numberAppearsIn('Another 1,000 people were wounded', 1000)).toBe(true);
		expect(numberAppearsIn('cleansing of 1 million Azerbaijanis', 1_000_000)).toBe(true);
		expect(numberAppearsIn('the 44thsession of the Council', 44)).toBe(true);
		expect(numberAppearsIn('the infantry guards regiment No.366 of', 366)).toBe(true);
	});

	it('does not find a number inside a longer one', () => {
		expect(numberAppearsIn('1275 taken hostage', 127)).toBe(false);
		expect(numberAppearsIn('1275 taken hostage', 275)).toBe(false);
		expect(numberAppearsIn('1,366 people', 366)).toBe(false);
		expect(numberAppearsIn('a rise of 2.366 percent', 366)).toBe(false);
	});
});

describe('parseDate', () => {
	it.each([
		['22 September 2017', { start: '2017-09-22', precision: 'day' }],
		['September 22, 2017', { start: '2017-09-22', precision: 'day' }],
		['Sept 22 2017', { start: '2017-09-22', precision: 'day' }],
		['22nd September 2017', { start: '2017-09-22', precision: 'day' }],
		['2017-09-22', { start: '2017-09-22', precision: 'day' }],
		['22/09/2017', { start: '2017-09-22', precision: 'day' }],
		['22.09.2017', { start: '2017-09-22', precision: 'day' }],
		['September 2017', { start: '2017-09', precision: 'month' }],
		['2017', { start: '2017', precision: 'year' }],
		['25–26 February 1992', { start: '1992-02-25', end: '1992-02-26', precision: 'day' }],
		['25 to 26 February 1992', { start: '1992-02-25', end: '1992-02-26', precision: 'day' }],
		['the night of 25-26 Feb 1992', { start: '1992-02-25', end: '1992-02-26', precision: 'day' }],
		['July 10-11, 2017', { start: '2017-07-10', end: '2017-07-11', precision: 'day' }]
	])('reads %s', (text, value) => {
		expect(parseDate(text)).toEqual(value);
	});

	it.each(['30 February 2017', '2017-13', 'Baku', '26-25 February 1992', 'Smarch 2017', ''])(
		'rejects %j',
		(text) => {
			expect(parseDate(text)).toBeUndefined();
		}
	);
});

describe('formatDate and sameDate', () => {
	it('writes the canonical English form at each precision', () => {
		expect(formatDate({ start: '2017-09-22', precision: 'day' })).toBe('22 September 2017');
		expect(formatDate({ start: '1992-02-25', end: '1992-02-26', precision: 'day' })).toBe(
			'25–26 February 1992'
		);
		expect(formatDate({ start: '2017-09', precision: 'month' })).toBe('September 2017');
		expect(formatDate({ start: '2017', precision: 'year' })).toBe('2017');
	});

	it('reads back what it writes', () => {
		const value = { start: '1992-02-25', end: '1992-02-26', precision: 'day' } as const;
		expect(sameDate(parseDate(formatDate(value))!, value)).toBe(true);
	});

	it('tells a single day from a range and one precision from another', () => {
		expect(
			sameDate({ start: '2017', precision: 'year' }, { start: '2017', precision: 'year' })
		).toBe(true);
		expect(
			sameDate(
				{ start: '1992-02-25', precision: 'day' },
				{ start: '1992-02-25', end: '1992-02-26', precision: 'day' }
			)
		).toBe(false);
	});
});

describe('isIsoDate', () => {
	it('checks the shape for the precision and that the day exists', () => {
		expect(isIsoDate('2017-09-22', 'day')).toBe(true);
		expect(isIsoDate('2017-02-30', 'day')).toBe(false);
		expect(isIsoDate('2017-09', 'day')).toBe(false);
		expect(isIsoDate('2017-09', 'month')).toBe(true);
		expect(isIsoDate('17', 'year')).toBe(false);
	});
});

describe('dateAppearsIn', () => {
	it('finds the usual written forms of a date or range', () => {
		const khojaly = { start: '1992-02-25', end: '1992-02-26', precision: 'day' } as const;
		expect(dateAppearsIn('Over the night of the 25 to 26 February 1992', khojaly)).toBe(true);
		expect(
			dateAppearsIn('passed on July 10-11, 2017', {
				...khojaly,
				start: '2017-07-10',
				end: '2017-07-11'
			})
		).toBe(true);
		expect(
			dateAppearsIn('held on September 19, 2017.', { start: '2017-09-19', precision: 'day' })
		).toBe(true);
		expect(
			dateAppearsIn('held on September 19, 2017.', { start: '2017-09-18', precision: 'day' })
		).toBe(false);
	});
});

describe('parseNumber on words that name properties of objects', () => {
	it.each(['constructor', 'toString', '__proto__', 'one constructor'])('rejects %j', (text) => {
		expect(parseNumber(text)).toBeUndefined();
	});
});
