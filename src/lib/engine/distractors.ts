/**
 * The distractor pool: wrong values of the answer's own category, for multiple-choice options
 * and falsified true/false statements. The fact's near-misses come first (a teacher picked them),
 * then answers of other facts of the same category, then, for numbers and dates, values derived
 * from the answer (nearby counts, shifted dates). Never the answer, an alias of it, the answer of
 * a related fact (true here too), or a duplicate. The categories and near-misses are the content
 * pack's: nothing here knows what a city or a salutation is.
 */
import type { DateAnswer, Fact, NumberAnswer, TextAnswer } from '../content/models';
import { isIsoDate, type DateValue } from '../content/values';
import { answerKey, dateValue, displayAnswer, formatDateLike, formatNumberLike } from './answers';
import { keysIn, sameAnswerIn, searchKeyIn, type FactSet } from './fact-set';
import { randomInt, shuffle, type Rng } from './random';

/** How far a typed answer to an approximate number may stray, in percent of it. */
export const APPROXIMATE_TOLERANCE_PERCENT = 5;

/** The tolerance of an approximate figure: {@link APPROXIMATE_TOLERANCE_PERCENT} of it. */
export function approximateTolerance(value: number): number {
	return (Math.abs(value) * APPROXIMATE_TOLERANCE_PERCENT) / 100;
}

/** Other facts' values are plausible when within this factor of the answer. */
const MAGNITUDE_FACTOR = 5;

/** Rounds to the precision the answer is given in, so 1,000 gets 800 and 1,300, not 837. */
function roundingStep(value: number): number {
	let step = 1;
	while (value % (step * 10) === 0 && step * 10 <= value) step *= 10;
	return step >= 100 ? step / 10 : step;
}

function derivedNumbers(answer: NumberAnswer): number[] {
	const { value } = answer;
	if (!Number.isInteger(value) || value <= 12 || answer.unit === 'ordinal') {
		return [1, -1, 2, -2, 3, 3].map((offset) => value + offset).filter((n) => n > 0);
	}
	const step = roundingStep(value);
	// Percentages, not fractions: integer products, the same on every runtime.
	const percents = [50, 60, 75, 80, 120, 125, 140, 150, 200, 300];
	return percents.map((percent) => Math.round((value * percent) / (100 * step)) * step);
}

function numberCandidates(fact: Fact & { answer: NumberAnswer }, set: FactSet, rng: Rng): string[] {
	const { answer } = fact;
	const plausible = (n: number) => {
		if (n === answer.value || n <= 0) return false;
		if (answer.unit === 'percent' && n > 100) return false;
		// An approximate figure's distractors stay clear of what its tolerance would accept.
		const margin = answer.approximate ? 2 * approximateTolerance(answer.value) : 0;
		return Math.abs(n - answer.value) > margin;
	};
	const fromSet = set.facts.flatMap((other) =>
		other.answer.kind === 'number' &&
		other.category === fact.category &&
		other.answer.unit === answer.unit &&
		other.answer.value <= answer.value * MAGNITUDE_FACTOR &&
		other.answer.value * MAGNITUDE_FACTOR >= answer.value
			? [other.answer.value]
			: []
	);
	const values = [...shuffle(rng, fromSet), ...shuffle(rng, derivedNumbers(answer))];
	const made = values.filter(plausible).flatMap((n) => formatNumberLike(answer, n) ?? []);
	return [...shuffle(rng, fact.nearMisses ?? []), ...made];
}

function shiftDate(value: DateValue, amount: number): DateValue | undefined {
	const shift = (iso: string) => {
		const [y, m = 1, d = 1] = iso.split('-').map(Number);
		const unit = value.precision;
		const date = new Date(
			Date.UTC(
				y! + (unit === 'year' ? amount : 0),
				m - 1 + (unit === 'month' ? amount : 0),
				d + (unit === 'day' ? amount : 0)
			)
		);
		const iso10 = date.toISOString().slice(0, 10);
		return unit === 'year' ? iso10.slice(0, 4) : unit === 'month' ? iso10.slice(0, 7) : iso10;
	};
	const start = shift(value.start);
	if (value.end === undefined) return { start, precision: value.precision };
	const end = shift(value.end);
	// A range is written "25–26 February 1992": both days must stay in one month.
	return start.slice(0, 7) === end.slice(0, 7)
		? { start, end, precision: value.precision }
		: undefined;
}

/** Dates of the set this far from the answer's year are offered as its distractors. */
const MAX_YEARS_APART = 2;

function dateCandidates(fact: Fact & { answer: DateAnswer }, set: FactSet, rng: Rng): string[] {
	const { answer } = fact;
	const isRange = answer.end !== undefined;
	// Dates of the same era only: July 2017 is no option for a night of February 1992.
	const year = Number(answer.start.slice(0, 4));
	const fromSet = set.facts.flatMap((other) =>
		other.answer.kind === 'date' &&
		other.category === fact.category &&
		other.answer.precision === answer.precision &&
		(other.answer.end !== undefined) === isRange &&
		Math.abs(Number(other.answer.start.slice(0, 4)) - year) <= MAX_YEARS_APART
			? [dateValue(other.answer)]
			: []
	);
	const offsets = answer.precision === 'day' ? [-7, -4, -3, 3, 4, 7, 14] : [-2, -1, 1, 2, 3];
	const derived = offsets.flatMap((offset) => shiftDate(dateValue(answer), offset) ?? []);
	if (answer.precision !== 'year') {
		// The same day or month a year apart is a classic confusion.
		const moveYears = (iso: string, years: number) =>
			`${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
		for (const years of [-1, 1]) {
			const start = moveYears(answer.start, years);
			const end = answer.end === undefined ? undefined : moveYears(answer.end, years);
			const valid =
				isIsoDate(start, answer.precision) &&
				(end === undefined || isIsoDate(end, answer.precision));
			if (valid) derived.push({ start, ...(end ? { end } : {}), precision: answer.precision });
		}
	}
	const made = [...shuffle(rng, fromSet), ...shuffle(rng, derived)].map((value) =>
		formatDateLike(answer, value)
	);
	return [...shuffle(rng, fact.nearMisses ?? []), ...made];
}

/** Options whose lengths differ more than threefold stand out. */
const MAX_LENGTH_RATIO = 3;

/**
 * Scores are whole numbers in units of 1/{@link SCORE_UNIT}, so that ranking candidates needs no
 * `Math.log` (whose last bit differs between JavaScript engines) and no rounding of any kind.
 */
const SCORE_UNIT = 64;

/** True when two texts' lengths differ too much for one to pass as the other. */
const lengthsClash = (a: number, b: number) => Math.max(a, b) > MAX_LENGTH_RATIO * Math.min(a, b);

/**
 * How much two lengths differ, from 0 (equal) to {@link SCORE_UNIT} (threefold): the ratio's
 * logarithm as its Padé approximant 2(a−b)/(a+b), which needs only integers.
 */
const lengthPenalty = (a: number, b: number) =>
	Math.floor((2 * SCORE_UNIT * Math.abs(a - b)) / (a + b));

/**
 * How plausible `other`, of the same category, is as a wrong answer to `fact`: descriptions in
 * common ("the city where…" against "the city where…"), the same topic, and a similar length.
 */
function plausibility(
	set: FactSet,
	fact: Fact & { answer: TextAnswer },
	other: Fact & { answer: TextAnswer }
): number | undefined {
	const [mineLength, otherLength] = [fact.answer.text.length, other.answer.text.length];
	if (lengthsClash(mineLength, otherLength)) return undefined;
	const mine = keysIn(set, fact).descriptionWords;
	let shared = 0;
	for (const word of keysIn(set, other).descriptionWords) if (mine.has(word)) shared++;
	const sameTopic = fact.topic === other.topic;
	return SCORE_UNIT * (2 * shared + (sameTopic ? 1 : 0)) - lengthPenalty(mineLength, otherLength);
}

/** How much chance reorders candidates of near plausibility, for variety between seeds. */
const JITTER = (3 * SCORE_UNIT) / 2;

/** A near-miss outranks every answer drawn from the category: a teacher chose it. */
const NEAR_MISS = 16 * SCORE_UNIT;

function textCandidates(fact: Fact & { answer: TextAnswer }, set: FactSet, rng: Rng): string[] {
	// Related facts are often items of one list ("the OIC took part", "OCHA took part"): their
	// answers are true here too, wherever else they are the answer.
	const related = [...(set.related.get(fact.id) ?? [])].flatMap((id) => set.byId.get(id) ?? []);
	const scored: { text: string; score: number }[] = (fact.nearMisses ?? []).map((text) => ({
		text,
		score: NEAR_MISS + randomInt(rng, JITTER)
	}));
	for (const other of set.facts) {
		if (other.category !== fact.category || other.id === fact.id) continue;
		if (other.answer.kind !== fact.answer.kind) continue;
		if (sameAnswerIn(set, fact, other)) continue;
		if (related.some((item) => sameAnswerIn(set, item, other))) continue;
		const score = plausibility(set, fact, other as Fact & { answer: TextAnswer });
		if (score !== undefined)
			scored.push({ text: other.answer.text, score: score + randomInt(rng, JITTER) });
	}
	return scored.sort((a, b) => b.score - a.score).map((candidate) => candidate.text);
}

/**
 * Up to `count` wrong values for the fact's answer, written as {@link displayAnswer} writes the
 * answer, in a seeded order. Text values are left out when the fact's question, statement or
 * quote mentions them (there they are often true too: "the 4th Forum and the 4th Games"), or
 * when they contain an accepted spelling of the answer or are contained in one.
 */
export function distractorsFor(fact: Fact, set: FactSet, rng: Rng, count: number): string[] {
	const { answer } = fact;
	const candidates =
		answer.kind === 'number'
			? numberCandidates(fact as Fact & { answer: NumberAnswer }, set, rng)
			: answer.kind === 'date'
				? dateCandidates(fact as Fact & { answer: DateAnswer }, set, rng)
				: textCandidates(fact as Fact & { answer: TextAnswer }, set, rng);

	const { accepted, context } = keysIn(set, fact);
	const taken = new Set([answerKey(displayAnswer(answer)), ...accepted]);
	const isText = answer.kind !== 'number' && answer.kind !== 'date';
	const chosen: string[] = [];
	for (const candidate of candidates) {
		if (chosen.length >= count) break;
		const key = answerKey(candidate);
		if (!key || taken.has(key)) continue;
		if (isText) {
			const phrase = ` ${searchKeyIn(set, candidate)} `;
			if (context.some((text) => text.includes(phrase))) continue;
			const overlaps = [...accepted].some(
				(accept) => ` ${key} `.includes(` ${accept} `) || ` ${accept} `.includes(` ${key} `)
			);
			if (overlaps) continue;
		}
		taken.add(key);
		chosen.push(candidate);
	}
	return chosen;
}
