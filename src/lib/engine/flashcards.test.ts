import { describe, expect, it } from 'vitest';
import { discoverPacks } from '../server/discover-packs';
import {
	claim,
	khojalyFacts,
	makeFact,
	numberAnswer,
	textAnswer
} from '../../../tests/fixtures/facts';
import { buildFactCards, buildFlashcards, inStudyOrder } from './flashcards';
import { BLANK } from './spans';

describe('buildFlashcards', () => {
	const abidjan = makeFact({
		id: 'cfm-city',
		question: 'In which city was the 44th session of the OIC Council of Foreign Ministers held?',
		answer: textAnswer(
			'place',
			'Abidjan',
			'the city of the 44th session of the OIC Council of Foreign Ministers'
		),
		source: { quote: 'passed on July 10-11, 2017 in Abidjan.', paragraph: 21 }
	});

	it('writes question → answer, answer → what it identifies, and a cloze', () => {
		const cards = buildFactCards(abidjan, [abidjan]);
		expect(cards.map((card) => card.kind)).toEqual(['qa', 'reverse', 'cloze']);
		expect(cards[0]).toMatchObject({ front: abidjan.question, back: 'Abidjan' });
		expect(cards[1]).toMatchObject({
			front: 'Abidjan',
			back: 'The city of the 44th session of the OIC Council of Foreign Ministers'
		});
		expect(cards[2]).toMatchObject({
			front: `passed on July 10-11, 2017 in ${BLANK}.`,
			back: 'Abidjan'
		});
	});

	it('keys cards by fact id and kind, stable across builds', () => {
		const ids = buildFlashcards([abidjan]).map((card) => card.id);
		expect(ids).toEqual(['cfm-city:qa', 'cfm-city:reverse', 'cfm-city:cloze']);
		expect(buildFlashcards([abidjan]).map((card) => card.id)).toEqual(ids);
	});

	it('attributes the reverse card of a speaker claim to the speech', () => {
		const [killed] = khojalyFacts();
		const reverse = buildFactCards(killed!, [killed!]).find((card) => card.kind === 'reverse');
		expect(reverse).toMatchObject({
			front: '613',
			back: 'Civilians were killed at Khojaly, according to the speech'
		});
	});

	it('does not repeat an attribution the description already has', () => {
		const fact = claim({
			statement: 'the aid weighed 100 tons.',
			question: 'how much did the aid weigh?',
			answer: numberAnswer(100, {
				text: '100 tons',
				unit: 'tons',
				counts: 'aid sent to Myanmar, according to the speech'
			})
		});
		const reverse = buildFactCards(fact, [fact]).find((card) => card.kind === 'reverse');
		expect(reverse?.back).toBe('Aid sent to Myanmar, according to the speech');
	});

	it('writes no reverse card where another fact has the same answer', () => {
		const forum = makeFact({ answer: numberAnswer(4, { text: '4th', unit: 'ordinal' }) });
		const games = makeFact({ answer: numberAnswer(4, { text: '4th', unit: 'ordinal' }) });
		const kinds = buildFactCards(forum, [forum, games]).map((card) => card.kind);
		expect(kinds).not.toContain('reverse');
	});

	it('writes no cloze where the quote is little more than the answer', () => {
		const fact = makeFact({
			answer: textAnswer('place', 'Baku'),
			source: { quote: 'in Baku', paragraph: 1 }
		});
		expect(buildFactCards(fact, [fact]).map((card) => card.kind)).not.toContain('cloze');
	});

	it('blanks every form of the answer in the quote', () => {
		const [killed] = khojalyFacts();
		const cloze = buildFactCards(killed!, [killed!]).find((card) => card.kind === 'cloze');
		expect(cloze?.front).toContain(`As a result, ${BLANK} civilians were killed`);
		expect(cloze?.front).not.toContain('613');
	});
});

const realFacts = (await discoverPacks('content')).flatMap((pack) => pack.facts);

describe('inStudyOrder', () => {
	it('puts every question card before any reverse card, and reverse cards before cloze cards', () => {
		const cards = inStudyOrder(buildFlashcards(realFacts));
		const kinds = cards.map((card) => card.kind);
		expect(kinds.lastIndexOf('qa')).toBeLessThan(kinds.indexOf('reverse'));
		expect(kinds.lastIndexOf('reverse')).toBeLessThan(kinds.indexOf('cloze'));
		expect(cards).toHaveLength(buildFlashcards(realFacts).length);
	});
});
