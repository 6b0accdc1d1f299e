/**
 * Ordering: dated events of the speech in chronological order (February 1992 to September 2017),
 * or, where the dates run out, passages of the speech in the order the speech makes them. The
 * second can always be asked, so a quiz of orderings is never limited to the speech's few dates.
 */
import type { DateAnswer, Fact } from '../../content/models';
import { compareText, quoted, searchKey } from '../../content/text';
import { dateSpan as span, datesOverlap, displayAnswer } from '../answers';
import { attributePrompt, capitalise, describeAnswer, eventOf } from '../attribution';
import type { OrderQuestion } from '../models';
import { randomInt, shuffleOutOfOrder } from '../random';
import type { FactSet } from '../fact-set';
import { questionBase, type GeneratorContext } from './common';

/** Fewest and most events in one ordering question. */
export const ORDER_MIN_ITEMS = 3;
export const ORDER_MAX_ITEMS = 5;

type DatedFact = Fact & { answer: DateAnswer };

/**
 * True when a fact can be an item: a date whose description does not give its year away
 * ("the Khojaly massacre of 1992" would order itself), and not the date of the speech itself,
 * which comes after everything it tells of.
 */
export function isOrderable(fact: Fact): fact is DatedFact {
	if (fact.answer.kind !== 'date' || fact.attribution === 'occasion') return false;
	const year = fact.answer.start.slice(0, 4);
	return !new RegExp(`(?<!\\d)${year}(?!\\d)`).test(fact.answer.describes);
}

function pickGreedily(candidates: readonly Fact[], size: number): DatedFact[] {
	const picked: DatedFact[] = [];
	for (const fact of candidates) {
		if (picked.length >= size) break;
		if (!isOrderable(fact)) continue;
		const description = searchKey(describeAnswer(fact));
		const clashes = picked.some((other) => {
			return (
				datesOverlap(fact.answer, other.answer) || searchKey(describeAnswer(other)) === description
			);
		});
		if (!clashes) picked.push(fact);
	}
	return picked;
}

/**
 * Picks up to `size` dated facts from `candidates`, in their order, whose dates do not overlap
 * (2017 cannot be ordered against September 2017) and whose descriptions differ. Where the
 * preferred order gets stuck on a long date, the facts that end earliest first give the most.
 */
export function pickOrderFacts(candidates: readonly Fact[], size: number): DatedFact[] {
	const preferred = pickGreedily(candidates, size);
	if (preferred.length >= size) return preferred;
	const byEnd = [...candidates]
		.filter(isOrderable)
		.sort((a, b) => compareText(span(a.answer)[1], span(b.answer)[1]));
	const most = pickGreedily(byEnd, size);
	return most.length > preferred.length ? most : preferred;
}

/** Passages this long at most are put in order: a student compares them at a glance. */
const PASSAGE_MAX_LENGTH = 120;

/**
 * Passages of fewer words are left out: a salutation such as "Mr. Chairman," stands more than
 * once in a speech, and would have two right places.
 */
const PASSAGE_MIN_WORDS = 4;

/** The last paragraph any fact of the set quotes: a quiz is of one speech. */
function lastParagraph(set: FactSet): number {
	let last = 0;
	for (const fact of set.facts) last = Math.max(last, fact.source.paragraph);
	return last;
}

/**
 * Up to `size` facts from `candidates`, in their order, whose quotes are short passages of
 * different paragraphs: put in order, they say how the speech goes.
 */
export function pickPassages(candidates: readonly Fact[], size: number, set: FactSet): Fact[] {
	const picked: Fact[] = [];
	const paragraphs = new Set<number>();
	const closing = lastParagraph(set);
	for (const fact of candidates) {
		if (picked.length >= size) break;
		const { paragraph, quote } = fact.source;
		if (quote.length > PASSAGE_MAX_LENGTH || paragraphs.has(paragraph)) continue;
		// The heading and the dateline (facts of the occasion) are not passages the speech makes,
		// and its closing words ("Assalami alaikum…!") are plainly last: no order to find.
		if (fact.attribution === 'occasion' || paragraph === closing) continue;
		if (quote.trim().split(/\s+/).length < PASSAGE_MIN_WORDS) continue;
		// Words that are their own answer ("Dear friends and brothers,") say nothing to place.
		if (searchKey(quote) === searchKey(displayAnswer(fact.answer))) continue;
		picked.push(fact);
		paragraphs.add(paragraph);
	}
	return picked;
}

/**
 * Dated events or passages of the speech, one time in {@link DATED_ONE_IN} dated where both can
 * be asked: the speech has few dates, and asking them in every quiz would put the same handful
 * of facts in all of them.
 */
export function pickOrderItems(
	candidates: readonly Fact[],
	size: number,
	{ rng, set }: Pick<GeneratorContext, 'rng' | 'set'>
): Fact[] {
	const passages = pickPassages(candidates, size, set);
	const preferDated = passages.length < ORDER_MIN_ITEMS || randomInt(rng, DATED_ONE_IN) === 0;
	const dated = preferDated ? pickOrderFacts(candidates, size) : [];
	return dated.length >= ORDER_MIN_ITEMS ? dated : passages;
}

/** How rarely an ordering is of dates when passages could be ordered too. */
const DATED_ONE_IN = 3;

/** Passages of the speech to put in the order the speech makes them. */
function makePassageOrder(facts: readonly Fact[], rng: GeneratorContext['rng']): OrderQuestion {
	const sorted = [...facts].sort((a, b) => a.source.paragraph - b.source.paragraph);
	const items = sorted.map((fact) => quoted(fact.source.quote));
	return {
		...questionBase('order', sorted),
		// The items are the speech's own words, quoted: no claim is made in new words.
		prompt: 'Put these passages in the order the speech makes them, first to last.',
		by: 'speech',
		options: shuffleOutOfOrder(rng, items),
		answer: items,
		explanation: sorted
			.map((fact) => `Paragraph ${fact.source.paragraph}: ${quoted(fact.source.quote)}`)
			.join(' ')
	};
}

/** An ordering question over `facts` (picked by {@link pickOrderItems}). */
export function makeOrder(
	facts: readonly Fact[],
	{ rng }: GeneratorContext
): OrderQuestion | undefined {
	if (facts.length < ORDER_MIN_ITEMS || facts.length > ORDER_MAX_ITEMS) return undefined;
	if (!facts.every(isOrderable)) {
		const paragraphs = new Set(facts.map((fact) => fact.source.paragraph));
		return paragraphs.size === facts.length ? makePassageOrder(facts, rng) : undefined;
	}
	const sorted = [...facts].sort((a, b) => compareText(span(a.answer)[0], span(b.answer)[0]));
	const items = sorted.map((fact) => capitalise(eventOf(describeAnswer(fact))));
	return {
		...questionBase('order', sorted),
		prompt: attributePrompt('Put these events in chronological order, earliest first.', sorted),
		options: shuffleOutOfOrder(rng, items),
		answer: items,
		// The feedback keeps the attribution the items carry: these are the speech's dates.
		explanation: attributePrompt(
			sorted.map((fact) => `${displayAnswer(fact.answer)}: ${describeAnswer(fact)}.`).join(' '),
			sorted
		)
	};
}
