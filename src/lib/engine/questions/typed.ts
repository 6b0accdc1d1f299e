/** Typed answer: fill in the blank of the fact's statement, graded by {@link gradeTypedAnswer}. */
import { PHRASE_KINDS, type Fact } from '../../content/models';
import { answerSpans, leaksAnswer } from '../answers';
import { leaksAnswerIn, searchKeyIn, type FactSet } from '../fact-set';
import { sharedStems } from '../giveaways';
import type { TypedQuestion } from '../models';
import { BLANK, replaceSpans, type Span } from '../spans';
import { questionBase, type GeneratorContext } from './common';

/**
 * The statement with its answer as one blank, or undefined where the answer stands in it more
 * than once (two blanks and one box). An article before the blank goes into it: "a _____" or
 * "an _____" would tell the answer's first sound.
 */
function blankedStatement(fact: Fact): string | undefined {
	const spans = answerSpans(fact.statement, fact);
	if (spans.length !== 1) return undefined;
	const [span] = spans as [Span];
	const article = /\b(?:a|an)\s+$/i.exec(fact.statement.slice(0, span.start));
	const start = article ? span.start - article[0].length : span.start;
	return replaceSpans(fact.statement, [{ start, end: span.end }], BLANK);
}

/** Per set: each fact's blanked statement, and how many facts blank to each statement's key. */
interface Blanks {
	byFact: Map<Fact, string | undefined>;
	counts: Map<string, number>;
}

const blanksBySet = new WeakMap<FactSet, Blanks>();

/** The set's {@link Blanks}, made in one pass: every fact is blanked once, not once per use. */
function blanksOf(set: FactSet): Blanks {
	let blanks = blanksBySet.get(set);
	if (!blanks) {
		blanks = { byFact: new Map(), counts: new Map() };
		for (const other of set.facts) {
			const blanked = blankedStatement(other);
			blanks.byFact.set(other, blanked);
			const key = searchKeyIn(set, blanked ?? '');
			if (key) blanks.counts.set(key, (blanks.counts.get(key) ?? 0) + 1);
		}
		blanksBySet.set(set, blanks);
	}
	return blanks;
}

/** A blank shared by two facts of the set is ambiguous. */
function isAmbiguous(blanked: string, set: FactSet): boolean {
	return (blanksOf(set).counts.get(searchKeyIn(set, blanked)) ?? 0) > 1;
}

/**
 * The statement with its answer blanked; the fact's question where the blanked statement would
 * still give the answer away (an alias elsewhere in it), or where another fact of the set blanks
 * to the same sentence ("the _____ took part in the conference"), so that one answer is right.
 */
export function fillInPrompt(fact: Fact, set?: FactSet): string | undefined {
	// A prompt sharing a word with the answer ("addresses the chair as _____") gives it away too.
	const leaks = (text: string) =>
		set
			? leaksAnswerIn(set, text, fact) || sharedStems(set, text, fact.answer.text).length > 0
			: leaksAnswer(text, fact);
	// A fact of the set was blanked with the others; one from elsewhere is blanked here.
	const blanks = set && blanksOf(set);
	const blanked = blanks?.byFact.has(fact) ? blanks.byFact.get(fact) : blankedStatement(fact);
	if (blanked && !leaks(blanked) && !(set && isAmbiguous(blanked, set))) return blanked;
	// Asked as a question, an item of a list has as many right answers as the list has items.
	const listed =
		set &&
		[...(set.related.get(fact.id) ?? [])].some(
			(id) => set.byId.get(id)?.category === fact.category
		);
	return listed || leaks(fact.question) ? undefined : fact.question;
}

/**
 * Answers longer than this many words are for recognising, not recalling: a resolution's title
 * or a whole clause ("never reconcile with the occupation of its territories") is asked as
 * multiple choice, where a student is not marked wrong for one word out of fifteen.
 */
export const TYPED_MAX_WORDS = 4;

/** A typed-answer question, or undefined when every prompt would give the answer away. */
export function makeTyped(fact: Fact, context?: GeneratorContext): TypedQuestion | undefined {
	if (fact.answer.text.split(/\s+/).length > TYPED_MAX_WORDS) return undefined;
	// A phrase or a stance blanked out of its sentence has as many right answers as the sentence
	// has readings ("pleased to see the _____ for the State of Palestine"): it is recognised in
	// multiple choice, and recalled on its cloze card, where the learner grades themselves.
	if (PHRASE_KINDS.includes(fact.answer.kind)) return undefined;
	const prompt = fillInPrompt(fact, context?.set);
	if (!prompt) return undefined;
	return {
		...questionBase('typed', [fact]),
		prompt,
		answer: fact.answer.text,
		expected: { answer: fact.answer, aliases: fact.aliases }
	};
}
