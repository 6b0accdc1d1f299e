/**
 * Test helpers: a small hand-made quiz with one question of each type, the facts it asks, the
 * teacher's keys and factories for assignments and results. Imported only by tests.
 */
import type { Fact } from '../content/models';
import type { Quiz } from '../engine/models';
import { makeAssignment, newAssignmentId } from './assignment';
import { exportPublicKey, generateTeacherKeyPair } from './keys';
import type { Assignment, AssignmentDraft, GivenAnswer, ReportFact, StudentResult } from './models';

/** Monday 6 January 2025, 09:00 UTC. */
export const T0 = Date.UTC(2025, 0, 6, 9);

function fact(id: string, answer: Fact['answer'], paragraph: number): ReportFact {
	return {
		id,
		topic: 'meeting',
		statement: `Statement of ${id}.`,
		question: `Question of ${id}?`,
		answer,
		category: answer.kind === 'place' ? 'city' : answer.kind,
		aliases: [],
		source: { quote: `quote of ${id}`, paragraph },
		attribution: 'occasion',
		difficulty: 1,
		related: [],
		pack: 'test-pack'
	};
}

const place = (text: string) => ({ kind: 'place' as const, text, describes: `the place ${text}` });

/** The facts of {@link fixtureQuiz}. */
export const FIXTURE_FACTS: ReportFact[] = [
	fact('host-city', place('Istanbul'), 1),
	fact('founding', place('Rabat'), 2),
	fact('summit-town', place('Mecca'), 3),
	fact(
		'victims',
		{ kind: 'number', text: '613', value: 613, unit: 'people', counts: 'civilians killed' },
		4
	),
	fact('m-baku', place('Baku'), 5),
	fact('m-doha', place('Doha'), 5),
	fact('m-cairo', place('Cairo'), 6),
	fact('m-jeddah', place('Jeddah'), 6),
	fact(
		'o-first',
		{ kind: 'date', text: '1992', start: '1992', precision: 'year', describes: 'first' },
		7
	),
	fact(
		'o-second',
		{ kind: 'date', text: '2001', start: '2001', precision: 'year', describes: 'second' },
		8
	),
	fact(
		'o-third',
		{ kind: 'date', text: '2017', start: '2017', precision: 'year', describes: 'third' },
		9
	)
];

/** Six questions, one of each type, as the engine would build them. */
export function fixtureQuiz(): Quiz {
	const [host, founding, summit, victims] = FIXTURE_FACTS;
	return {
		spec: {
			types: ['mc', 'tf', 'typed', 'numeric', 'match', 'order'],
			count: 6,
			difficulty: [1, 3],
			seed: 7
		},
		questions: [
			{
				id: 'mc:host-city',
				type: 'mc',
				prompt: 'Which city hosted the meeting?',
				factIds: ['host-city'],
				difficulty: 1,
				explanation: host!.statement,
				options: ['Ankara', 'Istanbul', 'Baku', 'Tehran'],
				answer: 'Istanbul'
			},
			{
				id: 'tf:founding',
				type: 'tf',
				prompt: 'The organisation was founded in Rabat.',
				factIds: ['founding'],
				difficulty: 1,
				explanation: founding!.statement,
				options: ['True', 'False'],
				answer: 'True'
			},
			{
				id: 'typed:summit-town',
				type: 'typed',
				prompt: 'The summit was held in _____.',
				factIds: ['summit-town'],
				difficulty: 2,
				explanation: summit!.statement,
				answer: 'Mecca',
				expected: { answer: summit!.answer, aliases: ['Makkah'] }
			},
			{
				id: 'numeric:victims',
				type: 'numeric',
				prompt: 'How many civilians were killed?',
				factIds: ['victims'],
				difficulty: 2,
				explanation: victims!.statement,
				answer: '613',
				value: 613,
				unit: 'people',
				tolerance: 0,
				expected: { answer: victims!.answer, aliases: [] }
			},
			{
				id: 'match:m-baku+m-doha+m-cairo+m-jeddah',
				type: 'match',
				prompt: 'Match each name to what it is in the speech.',
				factIds: ['m-baku', 'm-doha', 'm-cairo', 'm-jeddah'],
				difficulty: 1,
				explanation: 'The four places.',
				left: ['Doha', 'Baku', 'Jeddah', 'Cairo'],
				right: ['The place Cairo', 'The place Baku', 'The place Jeddah', 'The place Doha'],
				answer: {
					Baku: 'The place Baku',
					Doha: 'The place Doha',
					Cairo: 'The place Cairo',
					Jeddah: 'The place Jeddah'
				}
			},
			{
				id: 'order:o-first+o-second+o-third',
				type: 'order',
				prompt: 'Put these events in chronological order, earliest first.',
				factIds: ['o-first', 'o-second', 'o-third'],
				difficulty: 2,
				explanation: 'First, second, third.',
				options: ['Second', 'Third', 'First'],
				answer: ['First', 'Second', 'Third']
			}
		]
	};
}

/** The right answer to each question of {@link fixtureQuiz}, in the normal form. */
export const RIGHT_ANSWERS: GivenAnswer[] = [
	'Istanbul',
	'True',
	'Mecca',
	'613',
	[
		['Doha', 'The place Doha'],
		['Baku', 'The place Baku'],
		['Jeddah', 'The place Jeddah'],
		['Cairo', 'The place Cairo']
	],
	['First', 'Second', 'Third']
];

let keys: Promise<CryptoKeyPair> | undefined;

/** One teacher key pair for the whole test run: generating keys is the slow part. */
export function teacherKeys(): Promise<CryptoKeyPair> {
	keys ??= generateTeacherKeyPair();
	return keys;
}

export const DRAFT: AssignmentDraft = {
	title: 'Khojaly and the OIC',
	pack: 'oic-acm-2017',
	spec: {
		types: ['mc', 'tf', 'typed', 'numeric', 'match', 'order'],
		count: 6,
		difficulty: [1, 3],
		seed: 7
	},
	passMark: 50,
	feedback: 'end'
};

/** An assignment of {@link fixtureQuiz}, to the test teacher's key. */
export async function fixtureAssignment(
	overrides: Partial<AssignmentDraft> = {}
): Promise<Assignment> {
	const pair = await teacherKeys();
	return makeAssignment(
		{ ...DRAFT, ...overrides },
		{
			id: newAssignmentId(new Uint8Array([1, 2, 3, 4, 5, 6])),
			teacherKey: await exportPublicKey(pair.publicKey),
			quiz: fixtureQuiz(),
			now: T0
		}
	);
}

/** A result for `assignment`; every answer right unless overridden. */
export function makeResult(
	assignment: Pick<Assignment, 'id'>,
	overrides: Partial<StudentResult> = {}
): StudentResult {
	return {
		assignmentId: assignment.id,
		name: 'Aysel Guliyeva',
		answers: RIGHT_ANSWERS,
		submittedAt: T0 + 3_600_000,
		durationSeconds: 754,
		...overrides
	};
}
