import { describe, expect, it } from 'vitest';
import { makeFact, makeMeta, makeRawPack, makeVocabulary } from '../../../tests/factories/pack';
import { ContentError } from './errors';
import type { Fact } from './models';
import { buildPacks, type RawPack } from './validate';

/** The issue messages a set of packs fails with, or [] when it is valid. */
function problems(...raws: RawPack[]): string[] {
	try {
		buildPacks(raws);
		return [];
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return error.issues.map((issue) => `${issue.file} ${issue.factId ?? '-'}: ${issue.message}`);
	}
}

const FACTS_FILE = 'content/testland-2019/facts.ts';

describe('buildPacks', () => {
	it('accepts a valid pack and keeps the text byte for byte', () => {
		const [pack] = buildPacks([makeRawPack()]);
		expect(pack?.facts).toHaveLength(1);
		expect(pack?.text).toBe(makeRawPack().text);
	});

	it('fails when a quote is not an exact substring, naming the file and the fact', () => {
		const fact = makeFact({ source: { quote: 'We sent fifty tons of aid', paragraph: 4 } });
		expect(problems(makeRawPack([fact]))).toEqual([
			`${FACTS_FILE} aid-tons: quote is not an exact substring of the speech: "We sent fifty tons of aid"`,
			`${FACTS_FILE} aid-tons: the number 50 does not appear in the quote`
		]);
	});

	it('treats curly and straight apostrophes as different characters in quotes', () => {
		const fact = makeFact({
			id: 'budget',
			statement: "According to the speech, 20% of the budget went to Côte d'Ivoire.",
			question: 'According to the speech, what share of the budget went to Ivory Coast?',
			answer: {
				kind: 'number',
				text: '20%',
				value: 20,
				unit: 'percent',
				counts: 'share of budget'
			},
			source: { quote: "20% of our budget went to Côte d'Ivoire", paragraph: 4 }
		});
		expect(problems(makeRawPack([fact]))[0]).toContain('quote is not an exact substring');
	});

	it('names the paragraph a quote really is in', () => {
		const fact = makeFact({
			source: { quote: 'We sent 50 tons of aid to Riverton', paragraph: 3 }
		});
		expect(problems(makeRawPack([fact]))).toEqual([
			`${FACTS_FILE} aid-tons: quote is not in paragraph 3; it is in paragraph 4`
		]);
	});

	it('fails when an id repeats, within a pack or across packs', () => {
		expect(problems(makeRawPack([makeFact(), makeFact()]))).toEqual([
			`${FACTS_FILE} aid-tons: id repeats (also used in ${FACTS_FILE})`
		]);
		const other = makeRawPack([makeFact()], {
			dir: 'content/other-2019',
			meta: makeMeta({ id: 'other-2019' })
		});
		expect(problems(makeRawPack(), other)).toEqual([
			`${FACTS_FILE} aid-tons: id repeats (also used in content/other-2019/facts.ts)`
		]);
	});

	it('fails on a missing or mistyped field, naming its path', () => {
		const missing: Partial<Fact> = makeFact();
		delete missing.difficulty;
		const mistyped = {
			...makeFact({ id: 'typed' }),
			answer: { ...makeFact().answer, value: '50' }
		};
		const found = problems(makeRawPack([missing, mistyped]));
		expect(found.some((p) => p.includes('aid-tons') && p.includes('difficulty'))).toBe(true);
		expect(found.some((p) => p.includes('typed') && p.includes('answer.value'))).toBe(true);
	});

	it('fails on an unknown topic or answer kind', () => {
		const found = problems(
			makeRawPack([
				{ ...makeFact(), topic: 'sports' },
				{ ...makeFact({ id: 'b' }), answer: { kind: 'colour', text: 'red', describes: 'x' } }
			])
		);
		expect(found).toContain(
			`${FACTS_FILE} aid-tons: topic "sports" is not in the pack's vocabulary.ts (humanitarian, meeting)`
		);
		expect(found.some((p) => p.includes(' b:') && p.includes('answer kind must be one of'))).toBe(
			true
		);
	});

	it('fails when a number answer does not read as its value', () => {
		const fact = makeFact({
			answer: { kind: 'number', text: '60', value: 50, unit: 'tons', counts: 'tons of aid' },
			statement: 'According to the speech, Testland sent 60 tons of aid.'
		});
		expect(problems(makeRawPack([fact]))).toContain(
			`${FACTS_FILE} aid-tons: answer.text "60" does not read as the value 50`
		);
	});

	it('fails when a number or date answer is not in its quote in any accepted form', () => {
		const number = makeFact({
			answer: { kind: 'number', text: '20%', value: 20, unit: 'percent', counts: 'share' },
			statement: 'According to the speech, 20% went to aid.'
		});
		const date = makeFact({
			id: 'summit-date',
			statement: 'According to the speech, the summit was held on 12–13 June 2019.',
			question: 'According to the speech, when was the summit held?',
			answer: {
				kind: 'date',
				text: '12–13 June 2019',
				start: '2019-06-12',
				end: '2019-06-13',
				precision: 'day',
				describes: 'the summit'
			},
			source: { quote: 'The summit was held on 10-11 June 2019 in Lakeside.', paragraph: 5 }
		});
		expect(problems(makeRawPack([number, date]))).toEqual([
			`${FACTS_FILE} aid-tons: the number 20 does not appear in the quote`,
			`${FACTS_FILE} summit-date: the date 12–13 June 2019 does not appear in the quote in any usual form`
		]);
	});

	it('accepts a date range written as the speech writes it', () => {
		const date = makeFact({
			id: 'summit-date',
			statement: 'According to the speech, the summit was held on 10–11 June 2019.',
			question: 'According to the speech, when was the summit held?',
			answer: {
				kind: 'date',
				text: '10–11 June 2019',
				start: '2019-06-10',
				end: '2019-06-11',
				precision: 'day',
				describes: 'the summit'
			},
			source: { quote: 'The summit was held on 10-11 June 2019 in Lakeside.', paragraph: 5 }
		});
		expect(problems(makeRawPack([date]))).toEqual([]);
	});

	it('fails when a claim of the speaker lacks attribution', () => {
		const fact = makeFact({ statement: 'Testland sent 50 tons of aid to Riverton.' });
		expect(problems(makeRawPack([fact]))).toEqual([
			`${FACTS_FILE} aid-tons: a claim of the speaker needs attribution: statement must start "According to the speech, …"`
		]);
	});

	it('marks as contested only a claim of the speaker', () => {
		const fact = makeFact({
			attribution: 'occasion',
			contested: true,
			statement: 'Testland sent 50 tons of aid to Riverton.',
			question: 'How many tons of aid did Testland send to Riverton?'
		});
		expect(problems(makeRawPack([fact]))).toEqual([
			`${FACTS_FILE} aid-tons: only a claim of the speaker can be contested (attribution "speaker")`
		]);
	});

	it('fails when a question gives away its answer', () => {
		const fact = makeFact({
			question: 'According to the speech, did Testland send 50 tons of aid to Riverton?'
		});
		expect(problems(makeRawPack([fact]))).toEqual([
			`${FACTS_FILE} aid-tons: question gives away its own answer ("50")`
		]);
	});

	it('fails when the statement does not state the answer, or an alias repeats it', () => {
		const fact = makeFact({
			statement: 'According to the speech, Testland sent fifty tons of aid.',
			aliases: ['fifty', 'Fifty']
		});
		expect(problems(makeRawPack([fact]))).toEqual([
			`${FACTS_FILE} aid-tons: statement must contain the answer text "50" as written`,
			`${FACTS_FILE} aid-tons: alias "Fifty" repeats the answer or another alias`
		]);
	});

	it('fails when a text answer cannot be found in its quote', () => {
		const fact = makeFact({
			statement: 'According to the speech, the aid went to Riverton.',
			question: 'According to the speech, where did the aid go?',
			answer: { kind: 'place', text: 'Hillside', describes: 'where the aid went' },
			aliases: []
		});
		const found = problems(makeRawPack([fact]));
		expect(found).toContain(
			`${FACTS_FILE} aid-tons: neither the answer nor an alias appears in the quote, so it cannot be blanked`
		);
	});

	it('fails on related ids that do not exist', () => {
		expect(problems(makeRawPack([makeFact({ related: ['nope', 'aid-tons'] })]))).toEqual([
			`${FACTS_FILE} aid-tons: related id "nope" is not a fact`,
			`${FACTS_FILE} aid-tons: is related to itself`
		]);
	});

	it('fails on bad metadata and on a missing speech or facts export', () => {
		const found = problems(
			makeRawPack([], { meta: { ...makeMeta(), date: '22/09/2017', id: 'elsewhere' } }),
			makeRawPack(undefined, { dir: 'content/no-text', text: undefined }),
			makeRawPack(undefined, {
				dir: 'content/no-facts',
				meta: makeMeta({ id: 'no-facts' }),
				facts: undefined
			})
		);
		expect(found).toContain(
			'content/testland-2019/meta.json -: date: must be an ISO date (YYYY-MM-DD)'
		);
		expect(found).toContain('content/no-text/speech.txt -: is missing or empty');
		expect(found).toContain('content/no-facts/facts.ts -: must export `facts`, an array of facts');
	});

	it('fails when two packs label one topic differently, and on a topic named twice', () => {
		const other = makeRawPack([makeFact({ id: 'other' })], {
			dir: 'content/otherland-2020',
			meta: makeMeta({ id: 'otherland-2020' }),
			vocabulary: {
				...makeVocabulary(),
				topics: [
					{ id: 'humanitarian', label: 'Aid' },
					{ id: 'meeting', label: 'The meeting' },
					{ id: 'meeting', label: 'Again' }
				]
			}
		});
		const found = problems(makeRawPack(), other);
		expect(found).toContain(
			'content/otherland-2020/vocabulary.ts -: topics: must not name a topic twice'
		);
		const relabelled = makeRawPack([makeFact({ id: 'other' })], {
			dir: 'content/otherland-2020',
			meta: makeMeta({ id: 'otherland-2020' }),
			vocabulary: { ...makeVocabulary(), topics: [{ id: 'humanitarian', label: 'Aid' }] }
		});
		expect(problems(makeRawPack(), relabelled)).toEqual([
			'content/testland-2019/vocabulary.ts -: topic "humanitarian" is labelled "Humanitarian aid" here and "Aid" in another pack'
		]);
	});

	it('reports every problem at once, in one error message', () => {
		const error = (() => {
			try {
				buildPacks([makeRawPack([makeFact(), makeFact(), makeFact({ id: 'b', topic: 'x' })])]);
			} catch (caught) {
				return caught;
			}
		})();
		expect(error).toBeInstanceOf(ContentError);
		expect((error as ContentError).message).toMatch(/^Content check failed with 2 issues:/);
	});
});
describe('annotations', () => {
	const acts = {
		'reporting-an-action': { label: 'reporting an action' },
		'making-a-request': { label: 'making a request' },
		welcoming: { label: 'welcoming' },
		'expressing-hope': { label: 'expressing hope' }
	};
	const annotation = {
		id: 'act-aid',
		topic: 'humanitarian',
		paragraph: 4,
		quote: 'We sent 50 tons of aid to Riverton',
		act: 'reporting-an-action',
		notActs: ['making-a-request', 'welcoming', 'expressing-hope'],
		difficulty: 1
	};
	const withAnnotations = (annotations: unknown) =>
		makeRawPack([makeFact()], {
			vocabulary: {
				...makeVocabulary(),
				speechActs: acts,
				categories: { ...makeVocabulary().categories, 'speech-act': { label: 'Speech act' } }
			},
			annotations
		});
	const file = 'content/testland-2019/annotations.ts';

	it('become facts like any other, checked like any other', () => {
		const [pack] = buildPacks([withAnnotations([annotation])]);
		expect(pack?.facts.find((f) => f.id === 'act-aid')).toMatchObject({
			statement:
				'In the words “We sent 50 tons of aid to Riverton”, the speaker is reporting an action.',
			answer: { kind: 'act', text: 'reporting an action' },
			nearMisses: ['making a request', 'welcoming', 'expressing hope'],
			attribution: 'text'
		});
	});

	it('fail on an unknown act, an act among its own wrong ones, or a quote not in the speech', () => {
		const found = problems(
			withAnnotations([
				{ ...annotation, act: 'singing' },
				{
					...annotation,
					id: 'b',
					notActs: ['reporting-an-action', 'welcoming', 'expressing-hope']
				},
				{ ...annotation, id: 'c', quote: 'We sent 60 tons' }
			])
		);
		expect(found).toContain(
			`${file} act-aid: act "singing" is not among the speechActs of vocabulary.ts (reporting-an-action, making-a-request, welcoming, expressing-hope)`
		);
		expect(found).toContain(`${file} b: notActs names the act itself ("reporting-an-action")`);
		expect(found).toContain(
			`${file} c: quote is not an exact substring of the speech: "We sent 60 tons"`
		);
	});

	it('that are not an array are reported, naming the file', () => {
		expect(problems(withAnnotations(null))).toContain(
			`${file} -: must export \`annotations\`, an array of passage annotations`
		);
	});
});
