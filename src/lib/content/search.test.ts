import { describe, expect, it } from 'vitest';
import { makeFact } from '../../../tests/factories/pack';
import { filterFacts } from './search';
import { groupByTopic, mergeTopics } from './topics';

const labels = { humanitarian: 'Humanitarian aid', meeting: 'The meeting' };

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
		expect(filterFacts([aid, budget], '  ', labels)).toEqual([aid, budget]);
	});

	it('matches without regard to case or accents', () => {
		expect(filterFacts([aid, budget], 'COTE', labels)).toEqual([budget]);
	});

	it('needs every word to match', () => {
		expect(filterFacts([aid, budget], 'tons riverton', labels)).toEqual([aid]);
		expect(filterFacts([aid, budget], 'tons budget', labels)).toEqual([]);
	});

	it('searches aliases and quotes too', () => {
		expect(filterFacts([aid, budget], 'twenty', labels)).toEqual([budget]);
		expect(filterFacts([aid, budget], 'we sent', labels)).toEqual([aid]);
	});
});

describe('filterFacts forgives', () => {
	const speaker = makeFact({
		id: 'speaker',
		statement: 'Elmar Mammadyarov gave the speech at the Khojaly commemoration.',
		aliases: ['Ilham Aliyev'],
		source: { quote: 'the Khojaly Genocide', paragraph: 2 }
	});

	it('a slip of one letter, or two in a long word', () => {
		expect(filterFacts([aid, speaker], 'Mammadyarv', labels)).toEqual([speaker]);
		expect(filterFacts([aid, speaker], 'Mamedyarov', labels)).toEqual([speaker]);
		expect(filterFacts([aid, speaker], 'commemoratoin', labels)).toEqual([speaker]);
	});

	it('another transliteration of a name, even while still typing it', () => {
		expect(filterFacts([aid, speaker], 'Xocali', labels)).toEqual([speaker]);
		expect(filterFacts([aid, speaker], 'Xoca', labels)).toEqual([speaker]);
		expect(filterFacts([aid, speaker], 'Aliev', labels)).toEqual([speaker]);
	});

	it('no slip in a short word, and nothing far off or merely alike', () => {
		expect(filterFacts([aid, speaker], 'gove', labels)).toEqual([]);
		expect(filterFacts([aid, speaker], 'Mitterrand', labels)).toEqual([]);
		expect(filterFacts([aid, speaker], 'Elmer', labels)).toEqual([]);
		expect(filterFacts([aid, speaker], 'Geneva', labels)).toEqual([]);
	});
});

describe('filterFacts by topic', () => {
	it('finds a fact by the words of its topic label', () => {
		expect(filterFacts([aid, budget], 'humanitarian', labels)).toEqual([aid]);
	});
});

describe('groupByTopic', () => {
	it('follows the order of the topics given and leaves out empty topics', () => {
		const topics = [
			{ id: 'meeting', label: 'The meeting' },
			{ id: 'protocol', label: 'Protocol' },
			{ id: 'humanitarian', label: 'Aid' }
		];
		expect(groupByTopic([aid, budget], topics).map((group) => group.topic.id)).toEqual([
			'meeting',
			'humanitarian'
		]);
	});
});

describe('mergeTopics', () => {
	it('lists a topic two packs share once, and leaves out topics no fact belongs to', () => {
		const merged = mergeTopics(
			[
				[
					{ id: 'meeting', label: 'The meeting' },
					{ id: 'unused', label: 'Unused' }
				],
				[
					{ id: 'humanitarian', label: 'Aid' },
					{ id: 'meeting', label: 'The meeting' }
				]
			],
			[aid, budget]
		);
		expect(merged.map((topic) => topic.id)).toEqual(['meeting', 'humanitarian']);
	});
});
