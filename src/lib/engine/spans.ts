/**
 * Finding a phrase inside a text the way answers are compared (case, diacritics, curly quotes and
 * dashes ignored) while keeping the text's own characters, so a quote can be blanked verbatim.
 */

/** What stands in for a blanked answer. */
export const BLANK = '_____';

/** One found occurrence: `text.slice(start, end)` is the phrase as the text writes it. */
export interface Span {
	start: number;
	end: number;
}

const FOLDED_CHAR = new Map<string, string>([
	['ə', 'a'],
	['Ə', 'a'],
	['ı', 'i'],
	['’', "'"],
	['‘', "'"],
	['ʼ', "'"],
	['`', "'"],
	['´', "'"],
	['“', '"'],
	['”', '"'],
	['‐', '-'],
	['‑', '-'],
	['‒', '-'],
	['–', '-'],
	['—', '-'],
	['−', '-']
]);

function foldChar(char: string): string {
	const code = char.charCodeAt(0);
	// Plain ASCII, most of any English text: no table, no normalisation.
	if (code < 128) {
		if (code === 32 || (code >= 9 && code <= 13)) return ' ';
		if (code === 96) return "'";
		return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
	}
	const mapped = FOLDED_CHAR.get(char);
	if (mapped) return mapped;
	if (/\s/.test(char)) return ' ';
	return char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The folded text and, for each folded character, the index of the character it came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
	let folded = '';
	const origin: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const char = foldChar(text[i]!);
		// Runs of spaces count as one, as foldText has them.
		if (char === ' ' && folded.endsWith(' ')) continue;
		for (const piece of char) {
			folded += piece;
			origin.push(i);
		}
	}
	return { folded, origin };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every whole-word occurrence of `needle` in `text`, compared without case, diacritics or quote
 * and dash styles: `findSpans('Cote d’Ivoire hosted', "Côte d'Ivoire")` finds the first 13 characters.
 */
export function findSpans(text: string, needle: string): Span[] {
	const target = foldWithMap(needle.trim()).folded;
	if (!target) return [];
	const { folded, origin } = foldWithMap(text);
	const spans: Span[] = [];
	let from = 0;
	for (;;) {
		const at = folded.indexOf(target, from);
		if (at < 0) break;
		const end = at + target.length;
		const before = folded[at - 1];
		const after = folded[end];
		const wholeWord =
			!(before && WORD_CHAR.test(before) && WORD_CHAR.test(target[0]!)) &&
			!(after && WORD_CHAR.test(after) && WORD_CHAR.test(target.at(-1)!));
		if (wholeWord) spans.push({ start: origin[at]!, end: origin[end - 1]! + 1 });
		from = at + 1;
	}
	return spans;
}

/** `text` with each span replaced, spans being sorted and not overlapping. */
export function replaceSpans(text: string, spans: readonly Span[], replacement: string): string {
	let result = '';
	let last = 0;
	for (const span of spans) {
		result += text.slice(last, span.start) + replacement;
		last = span.end;
	}
	return result + text.slice(last);
}

/** Sorts spans and drops any that overlap an earlier (longer-first) one. */
export function mergeSpans(spans: readonly Span[]): Span[] {
	const byLength = [...spans].sort(
		(a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start
	);
	const kept: Span[] = [];
	for (const span of byLength) {
		if (kept.every((k) => span.end <= k.start || span.start >= k.end)) kept.push(span);
	}
	return kept.sort((a, b) => a.start - b.start);
}
