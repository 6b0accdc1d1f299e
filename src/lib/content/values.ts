/**
 * Reading and writing the values of number and date answers in the forms people use:
 * "1 million" = "one million" = "1,000,000"; "20%" = "20 percent"; "25–26 February 1992" =
 * "February 25-26, 1992". Content validation and answer matching share these rules.
 */
import type { DatePrecision, IsoDate } from './models';
import { foldText } from './text';

/** Number words and their values, for reading numbers written out. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};
/** Ordinal words and their values: "fourth" = 4. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	eleventh: 11,
	twelfth: 12
};
const SCALES: Record<string, number> = {
	hundred: 100,
	thousand: 1_000,
	million: 1_000_000,
	billion: 1_000_000_000
};

/** The value of `word` in one of the tables above; never a property of Object's prototype. */
export function wordValue(
	table: Readonly<Record<string, number>>,
	word: string
): number | undefined {
	return Object.hasOwn(table, word) ? table[word] : undefined;
}

/** Words after a number that say nothing about its value. */
const UNIT_WORDS =
	/\b(percent|per cent|pct|tons?|tonnes?|people|persons?|civilians?|women|children|elderly|years?|th|st|nd|rd)\b/g;

/** Parses a number written with digits, words or both ("1 million", "six hundred and thirteen"). */
function parseNumberWords(words: string[]): number | undefined {
	let total = 0;
	let current = 0;
	let seen = false;
	for (const word of words) {
		// "and" as in "six hundred and thirteen"; "a" as in "a thousand".
		if (word === 'and' || ((word === 'a' || word === 'an') && words.length > 1)) continue;
		const digits = /^\d+(?:\.\d+)?$/.test(word) ? Number(word) : undefined;
		const small = digits ?? wordValue(NUMBER_WORDS, word) ?? wordValue(ORDINAL_WORDS, word);
		if (small !== undefined) {
			current += small;
			seen = true;
			continue;
		}
		const scale = wordValue(SCALES, word);
		if (scale === undefined) return undefined;
		seen = true;
		if (scale === 100) {
			current = (current || 1) * 100;
		} else {
			total += (current || 1) * scale;
			current = 0;
		}
	}
	return seen ? total + current : undefined;
}

/**
 * The value of a number answer as someone might type it, or undefined when it is not a number.
 * Accepts "613", "1,000", "1 000", "1 million", "one million", "20%", "20 percent", "44th",
 * "fourth", "100 tons", "No. 366". Percent signs and units are ignored: the question names the unit.
 */
export function parseNumber(text: string): number | undefined {
	let folded = foldText(text)
		.replace(/^no\.?\s*/, '')
		.replace(/%/g, ' ')
		.replace(/(\d)(st|nd|rd|th)\b/g, '$1')
		.replace(UNIT_WORDS, ' ')
		.replace(/(\d)[,\u00a0 ](?=\d{3}\b)/g, '$1')
		.replace(/[-–]/g, ' ')
		.trim();
	folded = folded.replace(/\s+/g, ' ');
	if (!folded) return undefined;
	if (/^[+-]?\d+(?:\.\d+)?$/.test(folded)) return Number(folded);
	return parseNumberWords(folded.split(' '));
}

/**
 * A number with a comma between groups of three digits: 1275 → "1,275", 1.5 → "1.5". What
 * `toLocaleString('en-US')` gives, without depending on the runtime's locale data.
 */
export function groupThousands(value: number): string {
	const [whole = '', fraction] = String(Math.abs(value)).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** True when `value` is written in `text` as digits ("1000", "1,000", "44th") or as "N million". */
export function numberAppearsIn(text: string, value: number): boolean {
	const folded = foldText(text);
	const forms = new Set([String(value), groupThousands(value)]);
	if (value >= 1_000_000 && value % 100_000 === 0) forms.add(`${value / 1_000_000} million`);
	return [...forms].some((form) => {
		const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		// Not the tail of a longer number (1366, 1,366, 2.366), but "No.366" is 366.
		return new RegExp(`(?<!\\d)(?<!\\d[,.])${escaped}(?![\\d]|,\\d)`).test(folded);
	});
}

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** A date or date range at a precision, as a date answer holds it. */
export interface DateValue {
	start: IsoDate;
	end?: IsoDate;
	precision: DatePrecision;
}

function monthNumber(word: string): number | undefined {
	const lower = word.toLowerCase().replace(/\.$/, '');
	if (lower.length < 3) return undefined;
	const index = MONTHS.findIndex((month) => month.toLowerCase().startsWith(lower));
	return index >= 0 && (lower === 'sept' || MONTHS[index]!.toLowerCase().startsWith(lower))
		? index + 1
		: undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(year: number, month: number, day: number): IsoDate | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined;
	if (date.getUTCDate() !== day) return undefined;
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** True when an ISO date string has the shape its precision asks for and is a real date. */
export function isIsoDate(value: string, precision: DatePrecision): boolean {
	const shapes: Record<DatePrecision, RegExp> = {
		year: /^\d{4}$/,
		month: /^\d{4}-(0[1-9]|1[0-2])$/,
		day: /^(\d{4})-(\d{2})-(\d{2})$/
	};
	const match = shapes[precision].exec(value);
	if (!match) return false;
	if (precision !== 'day') return true;
	return isoDay(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

/**
 * Reads a date or a range in a common format: "22 September 2017", "September 22, 2017",
 * "2017-09-22", "22/09/2017", "September 2017", "2017", "25–26 February 1992",
 * "25 to 26 February 1992", "July 10-11, 2017". Returns undefined for anything else.
 */
export function parseDate(text: string): DateValue | undefined {
	const folded = foldText(text)
		.replace(/\b(the|on|of|in|night|over|from)\b/g, ' ')
		.replace(/(\d)(st|nd|rd|th)\b/g, '$1')
		.replace(/\s*(-|\bto\b|\band\b)\s*/g, '-')
		.replace(/,/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

	let match = /^(\d{4})$/.exec(folded);
	if (match) return { start: match[1]!, precision: 'year' };

	match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(folded);
	if (match) {
		const [year, month] = [Number(match[1]), Number(match[2])];
		if (!match[3])
			return month >= 1 && month <= 12
				? { start: `${year}-${pad(month)}`, precision: 'month' }
				: undefined;
		const start = isoDay(year, month, Number(match[3]));
		return start ? { start, precision: 'day' } : undefined;
	}

	match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(folded);
	if (match) {
		// Day first, as most of the world writes it; month first where that is the only reading
		// (09/22/2017).
		const [a, b, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
		const start = isoDay(year, b, a) ?? isoDay(year, a, b);
		return start ? { start, precision: 'day' } : undefined;
	}

	match = /^([a-z.]+) (\d{4})$/.exec(folded);
	if (match) {
		const month = monthNumber(match[1]!);
		return month ? { start: `${match[2]}-${pad(month)}`, precision: 'month' } : undefined;
	}

	// Day (or day range) and month in either order, then the year.
	match =
		/^(\d{1,2})(?:-(\d{1,2}))? ([a-z.]+) (\d{4})$/.exec(folded) ??
		/^([a-z.]+) (\d{1,2})(?:-(\d{1,2}))? (\d{4})$/.exec(folded);
	if (!match) return undefined;
	const dayFirst = /^\d/.test(match[1]!);
	const [firstDay, lastDay, monthWord] = dayFirst
		? [match[1]!, match[2], match[3]!]
		: [match[2]!, match[3], match[1]!];
	const month = monthNumber(monthWord);
	if (!month) return undefined;
	const year = Number(match[4]);
	const start = isoDay(year, month, Number(firstDay));
	if (!start) return undefined;
	if (lastDay === undefined) return { start, precision: 'day' };
	const end = isoDay(year, month, Number(lastDay));
	return end && end > start ? { start, end, precision: 'day' } : undefined;
}

/** Equal dates at equal precision. */
export function sameDate(a: DateValue, b: DateValue): boolean {
	return (
		a.start === b.start && (a.end ?? a.start) === (b.end ?? b.start) && a.precision === b.precision
	);
}

function parts(iso: IsoDate): { year: number; month?: number; day?: number } {
	const [year, month, day] = iso.split('-').map(Number);
	return { year: year!, month, day };
}

/** The canonical English form: "22 September 2017", "25–26 February 1992", "September 2017", "2017". */
export function formatDate(value: DateValue): string {
	const start = parts(value.start);
	if (value.precision === 'year') return String(start.year);
	const month = MONTHS[start.month! - 1]!;
	if (value.precision === 'month') return `${month} ${start.year}`;
	if (!value.end) return `${start.day} ${month} ${start.year}`;
	const end = parts(value.end);
	return `${start.day}–${end.day} ${month} ${start.year}`;
}

/** The ways a date is commonly written in running text: to check a quote, or to find it there. */
export function dateForms(value: DateValue): string[] {
	const start = parts(value.start);
	if (value.precision === 'year') return [String(start.year)];
	const month = MONTHS[start.month! - 1]!;
	const y = start.year;
	if (value.precision === 'month') return [`${month} ${y}`, `${month}, ${y}`];
	if (!value.end) return [`${start.day} ${month} ${y}`, `${month} ${start.day}, ${y}`, value.start];
	const [d1, d2] = [start.day, parts(value.end).day];
	return [
		`${d1}-${d2} ${month} ${y}`,
		`${d1} to ${d2} ${month} ${y}`,
		`${month} ${d1}-${d2}, ${y}`
	];
}

/** True when `text` writes the date in one of the usual forms. */
export function dateAppearsIn(text: string, value: DateValue): boolean {
	const folded = foldText(text)
		.replace(/(\d)(st|nd|rd|th)\b/g, '$1')
		.replace(/\s*-\s*/g, '-');
	return dateForms(value).some((form) => folded.includes(foldText(form)));
}
