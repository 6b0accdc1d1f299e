import { describe, expect, it } from 'vitest';
import { dateAnswer, makeFact, numberAnswer, textAnswer } from '../../../tests/fixtures/facts';
import { editDistance } from '../content/text';
import { gradeTypedAnswer } from './match-answer';

const facts = {
	speaker: makeFact({
		answer: textAnswer('person', 'Elmar Mammadyarov'),
		aliases: ['Mammadyarov', 'Elmar Mamedyarov']
	}),
	cote: makeFact({ answer: textAnswer('place', "Côte d'Ivoire"), aliases: ['Ivory Coast'] }),
	oic: makeFact({
		answer: textAnswer('organisation', 'Organization of Islamic Cooperation'),
		aliases: ['OIC']
	}),
	games: makeFact({ answer: textAnswer('event', '4th Islamic Solidarity Games') }),
	expo: makeFact({ answer: textAnswer('event', 'Expo 2025') }),
	baku: makeFact({ answer: textAnswer('place', 'Baku') }),
	killed: makeFact({ answer: numberAnswer(613) }),
	cleansed: makeFact({
		answer: numberAnswer(1_000_000, {
			text: '1 million',
			counts: 'Azerbaijanis ethnically cleansed',
			approximate: true
		})
	}),
	lands: makeFact({
		answer: numberAnswer(20, { text: '20%', unit: 'percent', counts: 'share of lands occupied' })
	}),
	session: makeFact({
		answer: numberAnswer(44, { text: '44th', unit: 'ordinal', counts: 'session of the council' })
	}),
	night: makeFact({
		answer: dateAnswer('25–26 February 1992', '1992-02-25', { end: '1992-02-26' })
	}),
	speech: makeFact({ answer: dateAnswer('22 September 2017', '2017-09-22') }),
	year: makeFact({ answer: dateAnswer('2017', '2017') })
};
type Key = keyof typeof facts;

const accepted: [Key, string, boolean][] = [
	// [fact, input, exact]
	['speaker', 'Elmar Mammadyarov', true],
	['speaker', '  elmar   MAMMADYAROV ', true],
	['speaker', 'Elmar Mamedyarov', true],
	['speaker', 'mammadyarov', true],
	['speaker', 'Elmar Mammadyarv', false],
	['speaker', 'Elmar Mammadayrov', false],
	['cote', 'Cote d’Ivoire', true],
	['cote', 'cote divoire', true],
	['cote', 'Cote d Ivoire', true],
	['cote', 'ivory coast', true],
	['oic', 'the Organization of Islamic Cooperation', true],
	['oic', 'O.I.C.', true],
	['oic', 'Organisation of Islamic Cooperation', false],
	['games', 'fourth Islamic Solidarity Games', true],
	['expo', 'Expo2025', true],
	['killed', '613', true],
	['killed', 'six hundred and thirteen', true],
	['killed', '613 civilians', true],
	['cleansed', '1,000,000', true],
	['cleansed', 'one million', true],
	['cleansed', '1000000', true],
	['cleansed', 'about 1 million', true],
	['cleansed', '980,000', false],
	['lands', '20 percent', true],
	['lands', '20%', true],
	['lands', 'twenty per cent', true],
	['session', '44', true],
	['session', '44th', true],
	['night', '25-26 February 1992', true],
	['night', 'February 25-26, 1992', true],
	['night', '25 to 26 February 1992', true],
	['speech', '22/09/2017', true],
	['speech', '2017-09-22', true],
	['speech', 'Sept. 22, 2017', true],
	['year', '2017', true],
	// As a teacher grades: titles before a name, Azerbaijani letters, official forms, a country
	// after a city, abbreviated millions, any unambiguous date.
	['speaker', 'Mr. Elmar Mammadyarov', true],
	['speaker', 'H.E. Elmar Mammadyarov', true],
	['speaker', 'Elmar Məmmədyarov', true],
	['cote', 'the Republic of Côte d’Ivoire', true],
	['baku', 'Baku, Azerbaijan', true],
	['baku', 'Baku (Azerbaijan)', true],
	['cleansed', '1m', true],
	['cleansed', '1 mln', true],
	['speech', '09/22/2017', true],
	['speech', '22.09.2017', true],
	['speech', '22nd of September, 2017', true]
];

const rejected: [Key, string][] = [
	['speaker', ''],
	['speaker', '   '],
	['speaker', 'Ilham Aliyev'],
	['speaker', 'Elmar'],
	['speaker', 'Elmar Mamadyarv'],
	['baku', 'Bak'],
	['baku', 'Bako'],
	['expo', 'Expo 2026'],
	['killed', '614'],
	['killed', '631'],
	['killed', 'many'],
	['cleansed', '2 million'],
	['lands', '25%'],
	['session', '43rd'],
	['night', '25 February 1992'],
	['night', '25–26 February 1993'],
	['speech', '23 September 2017'],
	['speech', 'September 2017'],
	['year', '2018'],
	['year', '2071'],
	// Other people, places, numbers and dates stay wrong, whatever words come with them.
	['speaker', 'Mr. Ilham Aliyev'],
	['speaker', 'President Mammadov'],
	['cote', 'Republic of Senegal'],
	['baku', 'Ganja, Azerbaijan'],
	['cleansed', '2m'],
	['speech', '21/09/2017']
];

describe('gradeTypedAnswer accepts', () => {
	it.each(accepted)('%s: "%s" (exact: %s)', (key, input, exact) => {
		const grade = gradeTypedAnswer(input, facts[key]);
		expect(grade.correct).toBe(true);
		expect(grade.exact).toBe(exact);
		expect(grade.expected).toBe(facts[key].answer.text);
	});
});

describe('gradeTypedAnswer rejects', () => {
	it.each(rejected)('%s: "%s"', (key, input) => {
		expect(gradeTypedAnswer(input, facts[key]).correct).toBe(false);
	});
});

describe('gradeTypedAnswer notes', () => {
	it('shows the exact spelling after a typo', () => {
		expect(gradeTypedAnswer('Elmar Mammadyarv', facts.speaker).note).toContain(
			'"Elmar Mammadyarov"'
		);
	});

	it('says why an approximate figure was accepted', () => {
		expect(gradeTypedAnswer('1,040,000', facts.cleansed)).toMatchObject({
			correct: true,
			exact: false
		});
	});

	it('gives no tolerance to a figure the speech gives exactly', () => {
		expect(gradeTypedAnswer('620', facts.killed).correct).toBe(false);
	});
});

describe('editDistance', () => {
	it.each([
		['kitten', 'sitting', 3],
		['abcd', 'abdc', 1],
		['', 'abc', 3],
		['same', 'same', 0]
	])('%s → %s = %d', (a, b, distance) => expect(editDistance(a, b)).toBe(distance));

	it('stops early past its limit', () => {
		expect(editDistance('abcdefgh', 'zzzzzzzz', 1)).toBe(2);
	});
});
