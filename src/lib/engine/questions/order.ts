/** Chronological ordering: dated events of the speech (February 1992 to September 2017), earliest first. */
import type { DateAnswer, Fact } from '../../content/models';
import { compareText, searchKey } from '../../content/text';
import { dateValue, displayAnswer } from '../answers';
import { attributePrompt, capitalise, describeAnswer } from '../attribution';
import type { OrderQuestion } from '../models';
import { shuffle } from '../random';
import { questionBase, type GeneratorContext } from './common';

/** Fewest and most events in one ordering question. */
export const ORDER_MIN_ITEMS = 3;
export const ORDER_MAX_ITEMS = 5;

type DatedFact = Fact & { answer: DateAnswer };

/** The first and last day a date covers, as comparable ISO strings ("2017" → 2017-01-01…12-31). */
function span(answer: DateAnswer): [string, string] {
	const { start, end = answer.start } = dateValue(answer);
	const first = start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
	const last = end.length === 4 ? `${end}-12-31` : end.length === 7 ? `${end}-31` : end;
	return [first, last];
}

/**
 * True when a fact can be an item: a date whose description does not give its year away
 * ("the Khojaly massacre of 1992" would order itself).
 */
export function isOrderable(fact: Fact): fact is DatedFact {
	if (fact.answer.kind !== 'date') return false;
	const year = fact.answer.start.slice(0, 4);
	return !new RegExp(`(?<!\\d)${year}(?!\\d)`).test(fact.answer.describes);
}

function pickGreedily(candidates: readonly Fact[], size: number): DatedFact[] {
	const picked: DatedFact[] = [];
	for (const fact of candidates) {
		if (picked.length >= size) break;
		if (!isOrderable(fact)) continue;
		const [first, last] = span(fact.answer);
		const description = searchKey(describeAnswer(fact));
		const clashes = picked.some((other) => {
			const [otherFirst, otherLast] = span(other.answer);
			const overlap = !(last < otherFirst || otherLast < first);
			return overlap || searchKey(describeAnswer(other)) === description;
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

/** An ordering question over `facts` (picked by {@link pickOrderFacts}). */
export function makeOrder(
	facts: readonly Fact[],
	{ rng }: GeneratorContext
): OrderQuestion | undefined {
	if (facts.length < ORDER_MIN_ITEMS || facts.length > ORDER_MAX_ITEMS) return undefined;
	if (!facts.every(isOrderable)) return undefined;
	const sorted = [...facts].sort((a, b) => compareText(span(a.answer)[0], span(b.answer)[0]));
	const items = sorted.map((fact) => capitalise(describeAnswer(fact)));
	return {
		...questionBase('order', sorted),
		prompt: attributePrompt('Put these events in chronological order, earliest first.', sorted),
		options: shuffle(rng, items),
		answer: items,
		explanation: sorted
			.map((fact) => `${displayAnswer(fact.answer)}: ${describeAnswer(fact)}.`)
			.join(' ')
	};
}
