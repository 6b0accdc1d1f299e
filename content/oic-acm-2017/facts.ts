/**
 * The checkable statements of Elmar Mammadyarov's speech at the OIC Annual Coordination Meeting,
 * 22 September 2017. Ids are stable and never reused: learner progress is keyed by them.
 * Paragraphs are counted from 1 in speech.txt, blank lines separating them.
 */
import type { Fact } from '../../src/lib/content/models';

export const facts = [
	{
		id: 'occasion-speaker',
		topic: 'meeting',
		statement:
			'Elmar Mammadyarov, Minister of Foreign Affairs of Azerbaijan, gave the speech at the OIC Annual Coordination Meeting.',
		question:
			'Which Minister of Foreign Affairs of Azerbaijan gave this speech at the OIC Annual Coordination Meeting?',
		answer: {
			kind: 'person',
			text: 'Elmar Mammadyarov',
			describes: 'the Minister of Foreign Affairs of Azerbaijan who gave the speech'
		},
		aliases: ['Mammadyarov', 'Elmar Mamedyarov', 'Mamedyarov'],
		source: {
			quote:
				'Speech by Mr. Elmar Mammadyarov, the Minister of Foreign Affairs of the Republic of Azerbaijan',
			paragraph: 1
		},
		attribution: 'occasion',
		difficulty: 1,
		related: []
	},
	{
		id: 'khojaly-civilians-killed',
		topic: 'khojaly',
		statement: 'According to the speech, 613 civilians were killed at Khojaly.',
		question: 'According to the speech, how many civilians were killed at Khojaly?',
		answer: {
			kind: 'number',
			text: '613',
			value: 613,
			unit: 'people',
			counts: 'civilians killed at Khojaly'
		},
		aliases: [],
		source: {
			quote: 'As a result, 613 civilians were killed, including 106 women, 63 children and 70 elderly.',
			paragraph: 20
		},
		attribution: 'speaker',
		difficulty: 2,
		related: []
	}
] satisfies Fact[];
