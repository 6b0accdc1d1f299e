import { describe, expect, it } from 'vitest';
import {
	dateAnswer,
	datedFacts,
	khojalyFacts,
	makeFact,
	numberAnswer,
	textAnswer
} from '../../../tests/fixtures/facts';
import { searchKey } from '../content/text';
import { distractorsFor } from './distractors';
import { prepareFacts } from './fact-set';
import { createRng } from './random';

const wrongFor = (fact: Parameters<typeof distractorsFor>[0], facts = [fact], seed = 1, n = 3) =>
	distractorsFor(fact, prepareFacts(facts), createRng(seed), n);

describe('number distractors', () => {
	it('come from the set with the same unit and a similar magnitude first', () => {
		const facts = khojalyFacts();
		const killed = facts[0]!;
		const wrong = wrongFor(killed, facts, 1, 4);
		// 63, 70 and 106 are under a fifth of 613: implausible; 1000 and 1275 are not.
		expect(wrong.slice(0, 2).sort()).toEqual(['1000', '1275']);
		for (const tooSmall of ['63', '70', '106']) expect(wrong).not.toContain(tooSmall);
	});

	it('are derived near the answer where the set has none', () => {
		const fact = makeFact({ answer: numberAnswer(44, { text: '44th', unit: 'ordinal' }) });
		const wrong = wrongFor(fact);
		expect(wrong).toHaveLength(3);
		for (const option of wrong) expect(Math.abs(parseInt(option) - 44)).toBeLessThanOrEqual(3);
		expect(wrong.every((option) => /^\d+(st|nd|rd|th)$/.test(option))).toBe(true);
	});

	it('keep a percentage under 100 and in its style', () => {
		const fact = makeFact({ answer: numberAnswer(80, { text: '80%', unit: 'percent' }) });
		for (const option of wrongFor(fact, [fact], 3, 6)) {
			expect(option).toMatch(/^\d+%$/);
			expect(parseInt(option)).toBeLessThanOrEqual(100);
		}
	});

	it('stay clear of the tolerance of an approximate figure', () => {
		const fact = makeFact({
			answer: numberAnswer(1_000_000, { text: '1 million', approximate: true })
		});
		for (const option of wrongFor(fact, [fact], 5, 6)) expect(option).not.toBe('1 million');
	});
});

describe('date distractors', () => {
	it('have the precision and shape of the answer', () => {
		const facts = datedFacts();
		const night = facts[0]!;
		for (const option of wrongFor(night, facts, 2, 5))
			expect(option).toMatch(/^\d+–\d+ \w+ \d{4}$/);
		const year = facts[5]!;
		for (const option of wrongFor(year, facts, 2, 5)) expect(option).toMatch(/^\d{4}$/);
	});

	it('are written in the style of the answer', () => {
		const fact = makeFact({ answer: dateAnswer('September 19, 2017', '2017-09-19') });
		for (const option of wrongFor(fact)) expect(option).toMatch(/^[A-Z][a-z]+ \d+, \d{4}$/);
	});
});

describe('text distractors', () => {
	const place = (id: string, text: string, describes = 'the city where it was held') =>
		makeFact({ id, answer: textAnswer('place', text, describes) });

	it('never include the answer or an alias of it', () => {
		const fact = makeFact({
			id: 'cote',
			answer: textAnswer('place', "Côte d'Ivoire", 'the state that hosted the session'),
			aliases: ['Ivory Coast', 'Cote d’Ivoire']
		});
		const others = [
			makeFact({ answer: textAnswer('place', 'Ivory Coast', 'the state that led the meeting') }),
			makeFact({ answer: textAnswer('place', 'Azerbaijan', 'the state of the speaker') })
		];
		const keys = ["côte d'ivoire", 'ivory coast'].map(searchKey);
		for (const option of wrongFor(fact, [fact, ...others], 1, 6)) {
			expect(keys).not.toContain(searchKey(option));
		}
	});

	it('leave out the answers of related facts, true here too', () => {
		const oic = makeFact({ id: 'oic', answer: textAnswer('organisation', 'OIC', 'a participant') });
		const ocha = makeFact({
			id: 'ocha',
			related: ['oic'],
			answer: textAnswer('organisation', 'OCHA', 'a participant')
		});
		const elsewhere = makeFact({
			id: 'oic-2',
			answer: textAnswer('organisation', 'OIC', 'the host')
		});
		expect(wrongFor(ocha, [oic, ocha, elsewhere], 1, 10)).not.toContain('OIC');
	});

	it('leave out names the fact itself mentions', () => {
		const games = makeFact({
			id: 'games',
			answer: textAnswer('event', 'Islamic Solidarity Games', 'the games held in Baku'),
			source: { quote: 'the World Forum and the Islamic Solidarity Games in Baku', paragraph: 1 }
		});
		const forum = makeFact({
			id: 'forum',
			answer: textAnswer('event', 'World Forum', 'the forum held')
		});
		expect(wrongFor(games, [games, forum])).not.toContain('World Forum');
	});

	it('come from the answer’s own category only: no city for a building, no salutation for a name', () => {
		const venue = makeFact({
			id: 'venue',
			answer: textAnswer('place', 'UN headquarters', 'the building where the meeting was held'),
			category: 'building'
		});
		const city = place('city', 'New York');
		const greeting = makeFact({
			id: 'greeting',
			answer: textAnswer('phrase', 'Dear Friends', 'a form of address'),
			category: 'salutation'
		});
		expect(wrongFor(venue, [venue, city, greeting], 1, 10)).toEqual([]);
		expect(wrongFor(city, [venue, city, greeting], 1, 10)).toEqual([]);
	});

	it('start with the near-misses the content author picked, then the category', () => {
		const only = makeFact({
			id: 'only',
			answer: textAnswer('place', 'Baku', 'the city where it was held'),
			nearMisses: ['Ganja', 'Sumgait', 'Shaki']
		});
		const other = place('other', 'Abidjan');
		expect(new Set(wrongFor(only, [only, other], 1, 3))).toEqual(
			new Set(['Ganja', 'Sumgait', 'Shaki'])
		);
		expect(wrongFor(only, [only, other], 1, 4)).toContain('Abidjan');
	});

	it('are distinct', () => {
		const facts = ['Baku', 'Abidjan', 'New York', 'Baku'].map((text, i) => place(`p${i}`, text));
		const wrong = wrongFor(facts[1]!, facts, 3, 8);
		expect(new Set(wrong.map(searchKey)).size).toBe(wrong.length);
	});
});
