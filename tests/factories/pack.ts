/** Factories for content tests: a small valid pack, and facts to vary one field at a time. */
import type { Fact, PackMeta, PackVocabulary } from '../../src/lib/content/models';
import type { RawPack } from '../../src/lib/content/validate';

export const SPEECH = [
	'Address by the Envoy of Testland',
	'',
	'May 4, 2019',
	'',
	'Mr. President,',
	'',
	'We sent 50 tons of aid to Riverton, and 20% of our budget went to Côte d’Ivoire.',
	'',
	'The summit was held on 10-11 June 2019 in Lakeside.'
].join('\n');

export function makeMeta(overrides: Partial<PackMeta> = {}): PackMeta {
	return {
		id: 'testland-2019',
		title: 'Address by the Envoy of Testland',
		speaker: 'The Envoy',
		role: 'Envoy of Testland',
		event: 'Test summit',
		place: 'Lakeside',
		date: '2019-05-04',
		language: 'en',
		source: { note: 'Test fixture' },
		...overrides
	};
}

export function makeVocabulary(): PackVocabulary {
	return {
		topics: [
			{ id: 'humanitarian', label: 'Humanitarian aid' },
			{ id: 'meeting', label: 'The meeting' }
		],
		categories: {
			'aid-quantity': { label: 'Quantity of aid' },
			city: { label: 'City' },
			country: { label: 'Country' },
			date: { label: 'Date' }
		}
	};
}

export function makeFact(overrides: Partial<Fact> = {}): Fact {
	return {
		id: 'aid-tons',
		topic: 'humanitarian',
		statement: 'According to the speech, Testland sent 50 tons of aid to Riverton.',
		question: 'According to the speech, how many tons of aid did Testland send to Riverton?',
		answer: { kind: 'number', text: '50', value: 50, unit: 'tons', counts: 'tons of aid sent' },
		category: 'aid-quantity',
		aliases: [],
		source: { quote: 'We sent 50 tons of aid to Riverton', paragraph: 4 },
		attribution: 'speaker',
		difficulty: 1,
		related: [],
		...overrides
	};
}

export function makeRawPack(
	facts: unknown[] = [makeFact()],
	overrides: Partial<RawPack> = {}
): RawPack {
	return {
		dir: 'content/testland-2019',
		meta: makeMeta(),
		text: SPEECH,
		facts,
		vocabulary: makeVocabulary(),
		...overrides
	};
}
