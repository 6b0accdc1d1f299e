/** Typed answer: fill in the blank of the fact's statement, graded by {@link gradeTypedAnswer}. */
import type { Fact } from '../../content/models';
import { searchKey } from '../../content/text';
import { answerSpans, leaksAnswer } from '../answers';
import type { FactSet } from '../fact-set';
import type { TypedQuestion } from '../models';
import { BLANK, replaceSpans } from '../spans';
import { questionBase, type GeneratorContext } from './common';

function blankedStatement(fact: Fact): string | undefined {
	const spans = answerSpans(fact.statement, fact);
	return spans.length ? replaceSpans(fact.statement, spans, BLANK) : undefined;
}

/** How many facts of a set blank to each statement: a blank shared by two facts is ambiguous. */
const blankCounts = new WeakMap<FactSet, Map<string, number>>();

function isAmbiguous(blanked: string, set: FactSet): boolean {
	let counts = blankCounts.get(set);
	if (!counts) {
		counts = new Map();
		for (const other of set.facts) {
			const key = searchKey(blankedStatement(other) ?? '');
			if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		blankCounts.set(set, counts);
	}
	return (counts.get(searchKey(blanked)) ?? 0) > 1;
}

/**
 * The statement with its answer blanked; the fact's question where the blanked statement would
 * still give the answer away (an alias elsewhere in it), or where another fact of the set blanks
 * to the same sentence ("the _____ took part in the conference"), so that one answer is right.
 */
export function fillInPrompt(fact: Fact, set?: FactSet): string | undefined {
	const blanked = blankedStatement(fact);
	if (blanked && !leaksAnswer(blanked, fact) && !(set && isAmbiguous(blanked, set))) return blanked;
	return leaksAnswer(fact.question, fact) ? undefined : fact.question;
}

/** A typed-answer question, or undefined when every prompt would give the answer away. */
export function makeTyped(fact: Fact, context?: GeneratorContext): TypedQuestion | undefined {
	const prompt = fillInPrompt(fact, context?.set);
	if (!prompt) return undefined;
	return {
		...questionBase('typed', [fact]),
		prompt,
		answer: fact.answer.text,
		expected: { answer: fact.answer, aliases: fact.aliases }
	};
}
