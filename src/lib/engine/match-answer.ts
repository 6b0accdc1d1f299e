/**
 * Grading typed answers leniently, as a teacher would: case, diacritics, punctuation and spacing
 * do not matter; aliases count; numbers may be written in digits or words ("one million" =
 * "1,000,000" = "1 million"), percentages with "%" or "percent", dates in any common format. One
 * typo in a long name counts, with the exact spelling shown; a typo in a number or date does not.
 */
import type { Answer } from '../content/models';
import { editDistance, searchKey } from '../content/text';
import {
	NUMBER_WORDS,
	ORDINAL_WORDS,
	parseDate,
	parseNumber,
	sameDate,
	wordValue
} from '../content/values';
import { answerKey, dateValue, ordinalSuffix } from './answers';
import { approximateTolerance } from './distractors';
import type { ExpectedAnswer, Grade } from './models';

/** Names this long (letters and digits, spaces aside) forgive one typo. */
export const TYPO_MIN_LENGTH = 8;

/** Words that hedge a number without changing it: "about 1 million". */
const HEDGES = new Set([
	'about',
	'around',
	'approximately',
	'roughly',
	'some',
	'nearly',
	'almost',
	'over'
]);

/** An answer key with small numbers as digits, so "fourth games" = "4th games". */
function numeralKey(text: string): string {
	return answerKey(text)
		.split(' ')
		.map((word) => {
			const ordinal = wordValue(ORDINAL_WORDS, word);
			if (ordinal !== undefined) return `${ordinal}${ordinalSuffix(ordinal)}`;
			return wordValue(NUMBER_WORDS, word)?.toString() ?? word;
		})
		.join(' ');
}

/** A key without spaces, so "Cote d Ivoire" = "Côte d’Ivoire" and "Expo2025" = "Expo 2025". */
const compact = (text: string) => numeralKey(text).replace(/ /g, '');

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** Titles and honorifics a student may write before a name ("Mr.", "H.E.", "President"). */
const TITLES =
	/^(?:(?:mr|mrs|ms|dr|sir|sheikh|his excellency|her excellency|h e|president|foreign minister|minister|secretary general|prime minister)\s+)+/;

/** The words that make a short name official: "the Republic of Azerbaijan" for "Azerbaijan". */
const OFFICIAL_FORM =
	/^(?:(?:islamic|federal|democratic|people s|united|arab)\s+)*(?:republic|state|kingdom|sultanate|emirate|union)\s+of\s+/;

/**
 * The forms of a typed answer a teacher accepts beside its spellings, each with why: a name with
 * a title before it, a place with its country or city after it ("Baku, Azerbaijan"), a fuller
 * official form of a name. Other people and places stay wrong: only the extra words go.
 */
function lenientForms(input: string, kind: Answer['kind']): { key: string; why: string }[] {
	const forms: { key: string; why: string }[] = [];
	const key = answerKey(input);
	if (kind === 'person') {
		const bare = key.replace(TITLES, '');
		if (bare !== key && bare) forms.push({ key: compact(bare), why: 'the title aside' });
	}
	if (kind === 'place' || kind === 'organisation') {
		const place = kind === 'place' ? answerKey(input.split(/[,(]/)[0] ?? '') : key;
		if (place !== key && place) forms.push({ key: compact(place), why: 'the place named first' });
		const short = place.replace(OFFICIAL_FORM, '');
		if (short !== place && short) forms.push({ key: compact(short), why: 'the official form' });
	}
	return forms;
}

/** A spelling as the lenient forms compare it: without the words of an official form. */
const shortForm = (spelling: string) => compact(answerKey(spelling).replace(OFFICIAL_FORM, ''));

/**
 * Abbreviated scales ("1m", "1 mln", "1.2 bn", "20k") as words, where the answer is of that
 * scale: for a length in metres "420 m" stays 420.
 */
function spellScales(input: string, value: number): string {
	let text = input;
	if (value >= 1_000_000_000) text = text.replace(/(\d)\s*(bn|b)\b\.?/gi, '$1 billion');
	if (value >= 1_000_000) text = text.replace(/(\d)\s*(mln|mn|m)\b\.?/gi, '$1 million');
	if (value >= 1_000) text = text.replace(/(\d)\s*k\b/gi, '$1 thousand');
	return text;
}

/** Reads a number out of an answer such as "613 civilians killed" or "about 1 million". */
function readNumber(typed: string, answer: Answer & { kind: 'number' }): number | undefined {
	const input = spellScales(typed, answer.value);
	const direct = parseNumber(input);
	if (direct !== undefined) return direct;
	// Drop the words of what the number counts, which the learner may repeat from the question.
	const context = new Set(searchKey(`${answer.counts} ${answer.unit}`).split(' '));
	const kept = searchKey(input)
		.split(' ')
		.filter((word) => !context.has(word) && !HEDGES.has(word));
	return kept.length ? parseNumber(kept.join(' ')) : undefined;
}

/**
 * Grades a typed answer against a fact's answer and aliases (a fact, or a question's `expected`).
 * `expected` in the result is the answer's canonical text.
 */
export function gradeTypedAnswer(input: string, expected: ExpectedAnswer): Grade {
	const { answer } = expected;
	const wrong: Grade = { correct: false, exact: false, expected: answer.text };
	const right: Grade = { correct: true, exact: true, expected: answer.text };
	if (!searchKey(input)) return wrong;

	const spellings = [answer.text, ...expected.aliases];
	const inputKey = compact(input);
	if (spellings.some((spelling) => compact(spelling) === inputKey)) return right;

	if (answer.kind === 'number') {
		const value = readNumber(input, answer);
		if (value === undefined) return wrong;
		if (value === answer.value) return right;
		const within = Math.abs(value - answer.value) <= approximateTolerance(answer.value);
		if (answer.approximate && within) {
			return {
				correct: true,
				exact: false,
				expected: answer.text,
				note: `Accepted: the speech gives the round figure ${answer.text}.`
			};
		}
		return wrong;
	}

	if (answer.kind === 'date') {
		const date = parseDate(input);
		return date && sameDate(date, dateValue(answer)) ? right : wrong;
	}

	const shortSpellings = new Set(spellings.map(shortForm));
	const allKeys = new Set([...spellings.map(compact), ...shortSpellings]);
	const lenient = lenientForms(input, answer.kind).find((form) => allKeys.has(form.key));
	if (lenient)
		return { ...right, note: `Accepted, ${lenient.why}: the answer is "${answer.text}".` };
	if (shortSpellings.has(shortForm(input))) {
		return { ...right, note: `Accepted, the official form aside: the answer is "${answer.text}".` };
	}

	if (inputKey.length < TYPO_MIN_LENGTH) return wrong;
	for (const spelling of spellings) {
		const key = compact(spelling);
		if (key.length < TYPO_MIN_LENGTH || digitsOf(key) !== digitsOf(inputKey)) continue;
		if (editDistance(inputKey, key, 1) <= 1) {
			return {
				correct: true,
				exact: false,
				expected: answer.text,
				note: `Accepted with a typo: the exact spelling is "${spelling}".`
			};
		}
	}
	return wrong;
}
