/**
 * The question generators by type. A single generator asks one fact; a group generator asks
 * several at once (a matching or ordering question) and picks which ones go together.
 */
import type { Fact } from '../../content/models';
import type { Question, QuestionType } from '../models';
import type { GeneratorContext } from './common';
import { MATCH_MAX_PAIRS, MATCH_MIN_PAIRS, makeMatch, pickMatchFacts } from './match';
import { makeMultipleChoice } from './multiple-choice';
import { makeNumeric } from './numeric';
import { ORDER_MAX_ITEMS, ORDER_MIN_ITEMS, makeOrder, pickOrderItems } from './order';
import { makeTrueFalse } from './true-false';
import { makeTyped } from './typed';

export interface SingleGenerator {
	kind: 'single';
	/** A question about the fact, or undefined when the fact cannot make one of this type. */
	make(fact: Fact, context: GeneratorContext): Question | undefined;
}

export interface GroupGenerator {
	kind: 'group';
	/** Fewest and most facts in one question. */
	minFacts: number;
	maxFacts: number;
	/** Up to `size` facts from `candidates` (in the order given) that make a question together. */
	pick(candidates: readonly Fact[], size: number, context: GeneratorContext): Fact[];
	make(facts: readonly Fact[], context: GeneratorContext): Question | undefined;
}

export type Generator = SingleGenerator | GroupGenerator;

export const GENERATORS: Record<QuestionType, Generator> = {
	mc: { kind: 'single', make: makeMultipleChoice },
	tf: { kind: 'single', make: makeTrueFalse },
	typed: { kind: 'single', make: makeTyped },
	numeric: { kind: 'single', make: makeNumeric },
	match: {
		kind: 'group',
		minFacts: MATCH_MIN_PAIRS,
		maxFacts: MATCH_MAX_PAIRS,
		pick: pickMatchFacts,
		make: makeMatch
	},
	order: {
		kind: 'group',
		minFacts: ORDER_MIN_ITEMS,
		maxFacts: ORDER_MAX_ITEMS,
		pick: pickOrderItems,
		make: makeOrder
	}
};

export { makeMatch, makeMultipleChoice, makeNumeric, makeOrder, makeTrueFalse, makeTyped };
