import { describe, expect, it } from 'vitest';
import { makeFact } from '../../../tests/factories/pack';
import { filterFacts, groupByTopic } from './search';

const aid = makeFact();
const budget = makeFact({
	id: 'budget',
	topic: 'meeting',
	statement: 'According to the speech, 20% of the budget went to Côte d’Ivoire.',
	answer: { kind: 'number', text: '20%', value: 20, unit: 'percent', counts: 'share' },
	question: 'According to the speech, what share of the budget went to Ivory Coast?',
	aliases: ['twenty percent'],
	source: { quote: '20% of our budget went to Côte d’Ivoire', paragraph: 4 }
});

describe('filterFacts', () => {
	it('keeps every fact for an empty query', () => {
		expect(filterFacts([aid, budget], '  ')).toEqual([aid, budget]);
	});

	it('matches without regard to case or accents', () => {
		expect(filterFacts([aid, budget], 'COTE')).toEqual([budget]);
	});

	it('needs every word to match', () => {
		expect(filterFacts([aid, budget], 'tons riverton')).toEqual([aid]);
		expect(filterFacts([aid, budget], 'tons budget')).toEqual([]);
	});

	it('searches aliases and quotes too', () => {
		expect(filterFacts([aid, budget], 'twenty')).toEqual([budget]);
		expect(filterFacts([aid, budget], 'we sent')).toEqual([aid]);
	});
});

describe('groupByTopic', () => {
	it('follows the topic order and leaves out empty topics', () => {
		expect(groupByTopic([aid, budget]).map((group) => group.topic)).toEqual([
			'meeting',
			'humanitarian'
		]);
	});
});
