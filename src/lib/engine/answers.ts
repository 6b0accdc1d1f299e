/**
 * What an answer is, in the forms the generators need: the keys that identify it, how to write a
 * value of the same kind in the same style, where it stands in a text, and whether a text gives
 * it away. Every generator and the answer matcher share these rules.
 */
import type { Answer, DateAnswer, Fact, NumberAnswer } from '../content/models';
import { searchKey } from '../content/text';
import {
	dateAppearsIn,
	dateForms,
	formatDate,
	groupThousands,
	MONTHS,
	numberAppearsIn,
	type DateValue
} from '../content/values';
import { findSpans, mergeSpans, type Span } from './spans';

/** The answer's text and aliases, compared as a learner's answer is: folded, no leading "the". */
export function answerKey(text: string): string {
	return searchKey(text).replace(/^(the|a|an) /, '');
}

/** The keys of every accepted spelling of a fact's answer. */
export function acceptedKeys(fact: Pick<Fact, 'answer' | 'aliases'>): Set<string> {
	return new Set([fact.answer.text, ...fact.aliases].map(answerKey).filter(Boolean));
}

/** The date of a date answer, as the value helpers take it. */
export function dateValue(answer: DateAnswer): DateValue {
	return answer.end === undefined
		? { start: answer.start, precision: answer.precision }
		: { start: answer.start, end: answer.end, precision: answer.precision };
}

/** "st", "nd", "rd" or "th" for an ordinal. */
export function ordinalSuffix(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return 'th';
	return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

const SCALE_WORDS: [RegExp, number][] = [
	[/\bbillion\b/i, 1_000_000_000],
	[/\bmillion\b/i, 1_000_000],
	[/\bthousand\b/i, 1_000]
];

/**
 * `value` written in the style of the answer's text, so options and falsified statements look
 * alike: "1 million" → "2 million", "20%" → "25%", "44th" → "43rd", "1,275" → "1,300".
 * Returns undefined where the style cannot write the value ("1 million" cannot write 613).
 */
export function formatNumberLike(answer: NumberAnswer, value: number): string | undefined {
	const token = /(\d[\d,]*(?:\.\d+)?)(st|nd|rd|th)?/i.exec(answer.text);
	if (!token) {
		// Written in words ("fourth", "one million"): fall back to digits for every option.
		if (answer.unit === 'ordinal') return `${value}${ordinalSuffix(value)}`;
		return groupThousands(value);
	}
	const scale = SCALE_WORDS.find(([word]) => word.test(answer.text))?.[1] ?? 1;
	const scaled = value / scale;
	// "0.8 million" and "1.25 million" are not how anyone writes a figure.
	if (!Number.isInteger(scaled * 10) || (scale > 1 && scaled < 1)) return undefined;
	const digits = token[1]!.includes(',') ? groupThousands(scaled) : String(scaled);
	const suffix = token[2] ? ordinalSuffix(value) : '';
	return (
		answer.text.slice(0, token.index) +
		digits +
		suffix +
		answer.text.slice(token.index + token[0].length)
	);
}

/** A date written in the style of the answer's text: "September 19, 2017" or "19 September 2017". */
export function formatDateLike(answer: DateAnswer, value: DateValue): string {
	const monthFirst = new RegExp(`^(${MONTHS.join('|')})\\s+\\d`, 'i').test(answer.text.trim());
	if (!monthFirst || value.precision !== 'day') return formatDate(value);
	const [year, month, day] = value.start.split('-').map(Number);
	const endDay = value.end ? `–${Number(value.end.split('-')[2])}` : '';
	return `${MONTHS[month! - 1]} ${day}${endDay}, ${year}`;
}

/** The answer as options, answer keys and cards show it, in the same style as its distractors. */
export function displayAnswer(answer: Answer): string {
	if (answer.kind === 'number') return formatNumberLike(answer, answer.value) ?? answer.text;
	if (answer.kind === 'date') return formatDateLike(answer, dateValue(answer));
	return answer.text;
}

/** Two facts whose answers name the same thing (equal value, or a spelling in common). */
export function sameAnswer(a: Fact, b: Fact): boolean {
	if (a.answer.kind === 'number' && b.answer.kind === 'number') {
		return a.answer.value === b.answer.value && a.answer.unit === b.answer.unit;
	}
	if (a.answer.kind === 'date' && b.answer.kind === 'date') {
		return formatDate(dateValue(a.answer)) === formatDate(dateValue(b.answer));
	}
	const keys = acceptedKeys(b);
	return [...acceptedKeys(a)].some((key) => keys.has(key));
}

/**
 * True when `text` names the fact's answer: a spelling of it, its number or its date. `key` is
 * {@link searchKey}, or a memo of it where the same texts are checked again and again.
 */
export function leaksAnswer(
	text: string,
	fact: Pick<Fact, 'answer' | 'aliases'>,
	key: (text: string) => string = searchKey
): boolean {
	const { answer } = fact;
	if (answer.kind === 'number' && numberAppearsIn(text, answer.value)) return true;
	if (answer.kind === 'date' && dateAppearsIn(text, dateValue(answer))) return true;
	const haystack = ` ${key(text)} `;
	return [answer.text, ...fact.aliases].some((candidate) => {
		const needle = key(candidate);
		return needle.length > 1 && haystack.includes(` ${needle} `);
	});
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a number stands in a text as digits, with an ordinal suffix if it has one. */
function numberSpans(text: string, value: number): Span[] {
	const forms = new Set([String(value), groupThousands(value)]);
	if (value >= 1_000_000 && value % 100_000 === 0) forms.add(`${value / 1_000_000} million`);
	const alternatives = [...forms].map(escape).join('|');
	const pattern = new RegExp(`(?<![\\d,.])(?:${alternatives})(?:st|nd|rd|th)?(?![\\d]|,\\d)`, 'gi');
	return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Where the answer stands in `text` (a quote or a statement): its text, an alias, its number in
 * digits or its date in a usual form. Sorted, without overlaps; empty when it is not there.
 */
export function answerSpans(text: string, fact: Pick<Fact, 'answer' | 'aliases'>): Span[] {
	const { answer } = fact;
	const spans = [answer.text, ...fact.aliases].flatMap((candidate) => findSpans(text, candidate));
	if (answer.kind === 'number') spans.push(...numberSpans(text, answer.value));
	if (answer.kind === 'date') {
		for (const form of dateForms(dateValue(answer))) spans.push(...findSpans(text, form));
	}
	return mergeSpans(spans);
}

/** The first and last day a date answer covers, as ISO days: 2017 is 2017-01-01 to 2017-12-31. */
export function dateSpan(answer: DateAnswer): [string, string] {
	const { start, end = answer.start } = dateValue(answer);
	const first = start.length === 4 ? `${start}-01-01` : start.length === 7 ? `${start}-01` : start;
	const last = end.length === 4 ? `${end}-12-31` : end.length === 7 ? `${end}-31` : end;
	return [first, last];
}

/** True when two dates share a day: 2017 holds 22 September 2017, so neither orders nor matches. */
export function datesOverlap(a: DateAnswer, b: DateAnswer): boolean {
	const [aFirst, aLast] = dateSpan(a);
	const [bFirst, bLast] = dateSpan(b);
	return !(aLast < bFirst || bLast < aFirst);
}
