/**
 * Runtime schemas of the content files. TypeScript checks facts written in `facts.ts`; these
 * check what is actually loaded (a JSON file, a pack written without types), field by field.
 */
import * as v from 'valibot';
import {
	ANSWER_KINDS,
	DATE_PRECISIONS,
	type Answer,
	type Fact,
	type PackMeta,
	type PackVocabulary,
	type PassageAnnotation
} from './models';

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const kebabId = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)')
);

const textKinds = ANSWER_KINDS.filter(
	(kind): kind is Exclude<(typeof ANSWER_KINDS)[number], 'date' | 'number'> =>
		kind !== 'date' && kind !== 'number'
);

const AnswerSchema = v.variant(
	'kind',
	[
		v.strictObject({ kind: v.picklist(textKinds), text, describes: text }),
		v.strictObject({
			kind: v.literal('date'),
			text,
			start: v.string(),
			end: v.optional(v.string()),
			precision: v.picklist(DATE_PRECISIONS),
			describes: text
		}),
		v.strictObject({
			kind: v.literal('number'),
			text,
			value: v.pipe(v.number(), v.finite()),
			unit: text,
			counts: text,
			approximate: v.optional(v.boolean())
		})
	],
	`answer kind must be one of: ${ANSWER_KINDS.join(', ')}`
) satisfies v.GenericSchema<unknown, Answer>;

const difficulty = v.picklist([1, 2, 3], 'difficulty must be 1, 2 or 3');

export const FactSchema = v.strictObject({
	id: kebabId,
	topic: kebabId,
	statement: text,
	question: text,
	answer: AnswerSchema,
	category: kebabId,
	nearMisses: v.optional(v.array(text)),
	trueFalse: v.optional(v.literal(false, 'trueFalse may only be false')),
	aliases: v.array(text),
	source: v.strictObject({
		quote: v.pipe(v.string(), v.nonEmpty('must not be empty')),
		paragraph: v.pipe(v.number(), v.integer(), v.minValue(1))
	}),
	attribution: v.picklist(
		['occasion', 'text', 'speaker'],
		'attribution must be "occasion", "text" or "speaker"'
	),
	contested: v.optional(v.boolean()),
	difficulty,
	related: v.array(kebabId)
}) satisfies v.GenericSchema<unknown, Fact>;

export const VocabularySchema = v.strictObject({
	topics: v.pipe(
		v.array(v.strictObject({ id: kebabId, label: text })),
		v.minLength(1, 'must name at least one topic'),
		v.check(
			(topics) => new Set(topics.map((topic) => topic.id)).size === topics.length,
			'must not name a topic twice'
		)
	),
	speechActs: v.optional(v.record(kebabId, v.strictObject({ label: text }))),
	categories: v.pipe(
		v.record(kebabId, v.strictObject({ label: text })),
		v.check((categories) => Object.keys(categories).length > 0, 'must name at least one category')
	)
}) satisfies v.GenericSchema<unknown, PackVocabulary>;

export const AnnotationSchema = v.strictObject({
	id: kebabId,
	topic: kebabId,
	paragraph: v.pipe(v.number(), v.integer(), v.minValue(1)),
	quote: v.pipe(v.string(), v.nonEmpty('must not be empty')),
	act: kebabId,
	notActs: v.pipe(v.array(kebabId), v.minLength(3, 'must name at least three acts')),
	difficulty,
	thanks: v.optional(
		v.strictObject({
			id: kebabId,
			whom: text,
			for: text,
			aliases: v.optional(v.array(text)),
			nearMisses: v.pipe(v.array(text), v.minLength(3, 'must name at least three'))
		})
	)
}) satisfies v.GenericSchema<unknown, PassageAnnotation>;

export const PackMetaSchema = v.strictObject({
	id: kebabId,
	title: text,
	speaker: text,
	role: text,
	event: text,
	place: text,
	date: v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)')),
	language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag')),
	source: v.strictObject({ file: v.optional(text), url: v.optional(text), note: text })
}) satisfies v.GenericSchema<unknown, PackMeta>;

/** Describes valibot's issues as "answer.value: Invalid type: Expected number but received "1""). */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
	return issues.map((issue) => {
		const path = v.getDotPath(issue);
		return path ? `${path}: ${issue.message}` : issue.message;
	});
}
