/**
 * True / false: the fact's statement as given, or made false by changing its answer (a number,
 * date, place or actor) to a distractor of the same kind.
 */
import type { AnswerKind, Fact } from '../../content/models';
import { distractorsFor } from '../distractors';
import { leaksAnswerIn, searchKeyIn, type FactSet } from '../fact-set';
import type { TrueFalseQuestion } from '../models';
import type { Rng } from '../random';
import { findSpans, replaceSpans, type Span } from '../spans';
import { questionBase, type GeneratorContext } from './common';

/** How many distractors to try before giving up on a false statement. */
const ATTEMPTS = 6;

/**
 * The kinds a false statement may change: a number, date, place, actor or named event. Changing
 * a phrase or a stance gives a statement false only on its wording ("deeply saddened" for
 * "deeply concerned"), which a teacher would not mark wrong; changing a speech act gives one
 * false at a glance, since the quoted words show what they do ("with a heavy heart" is not
 * expressing hope), as teachers reading generated quizzes found nine times in fifty.
 */
export const FALSIFIABLE_KINDS: ReadonlySet<AnswerKind> = new Set<AnswerKind>([
	'number',
	'date',
	'place',
	'person',
	'organisation',
	'event'
]);

/**
 * The fact's statement with its answer replaced by a distractor, or undefined when that cannot
 * be done safely: the fact must not opt out (`trueFalse: false`), the answer must be of a
 * {@link FALSIFIABLE_KINDS} kind and stand once in the statement (replacing one of two "4th"s
 * would be a guess), and the result must differ from every true statement of the set and no
 * longer name the answer.
 */
export function falsify(fact: Fact, set: FactSet, rng: Rng): string | undefined {
	if (!FALSIFIABLE_KINDS.has(fact.answer.kind) || fact.trueFalse === false) return undefined;
	const spans = findSpans(fact.statement, fact.answer.text);
	if (spans.length !== 1) return undefined;
	for (const wrong of distractorsFor(fact, set, rng, ATTEMPTS)) {
		const statement = replaceSpans(
			fact.statement,
			spans,
			fitArticle(fact.statement, spans[0]!, wrong)
		);
		if (set.statementKeys.has(searchKeyIn(set, statement))) continue;
		if (leaksAnswerIn(set, statement, fact)) continue;
		return statement;
	}
	return undefined;
}

/** Drops a distractor's "the" where the statement already has one: not "the The aggression". */
function fitArticle(statement: string, span: Span, wrong: string): string {
	const hasArticle = /\bthe\s+$/i.test(statement.slice(0, span.start));
	return hasArticle ? wrong.replace(/^the\s+/i, '') : wrong;
}

/**
 * A true/false question, true or false by a coin toss; undefined where no false version exists
 * (a fact that is only ever asked as true would teach "true" rather than the fact).
 */
export function makeTrueFalse(
	fact: Fact,
	{ set, rng, wantTrue }: GeneratorContext
): TrueFalseQuestion | undefined {
	const falsified = falsify(fact, set, rng);
	if (!falsified) return undefined;
	const toss = rng() < 0.5;
	const isFalse = wantTrue === undefined ? toss : !wantTrue;
	return {
		...questionBase('tf', [fact]),
		prompt: isFalse ? falsified : fact.statement,
		options: ['True', 'False'],
		answer: isFalse ? 'False' : 'True'
	};
}
