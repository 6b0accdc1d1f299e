/**
 * Text folding shared by validation, search and answer matching, so that "Côte d’Ivoire",
 * "Cote d'Ivoire" and "COTE D'IVOIRE" compare equal everywhere.
 */

/** Lower case, without diacritics, with straight quotes, plain hyphens and single spaces. */
export function foldText(text: string): string {
	// Plain ASCII has no accents, curly quotes or dashes to fold: skip the costly normalisation
	// (the engine folds thousands of texts per quiz).
	const plain = /^[\x20-\x7e]*$/.test(text)
		? text.replace(/`/g, "'")
		: text
				.normalize('NFKD')
				.replace(/\p{M}/gu, '')
				// Azerbaijani and Turkish letters Unicode does not decompose: Məmmədyarov, Xocalı.
				.replace(/[əƏ]/g, 'a')
				.replace(/ı/g, 'i')
				.replace(/[’‘ʼ`´]/g, "'")
				.replace(/[“”«»„]/g, '"')
				.replace(/[‐‑‒–—−]/g, '-');
	return plain.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** {@link foldText}, then punctuation to spaces: the form used to compare answers and search. */
export function searchKey(text: string): string {
	return foldText(text)
		.replace(/['"]/g, '')
		.replace(/[^\p{L}\p{N}%]+/gu, ' ')
		.trim();
}

/**
 * Orders two texts by UTF-16 code units, as `<` does. Unlike `localeCompare`, it gives the same
 * order on every runtime and in every locale: sorting must not change what a link builds.
 */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `needle` stands in `haystack` as whole words, after {@link searchKey}. */
export function containsPhrase(haystack: string, needle: string): boolean {
	const key = searchKey(needle);
	if (!key) return false;
	return ` ${searchKey(haystack)} `.includes(` ${key} `);
}

/** A paragraph of a source text, with its place in the text. */
export interface Paragraph {
	/** Counted from 1. */
	number: number;
	text: string;
	/** Offset of the paragraph's first character in the whole text. */
	offset: number;
}

/** The paragraphs of a text: runs of lines separated by blank lines. */
/**
 * Words of the speech in quotation marks, as the app quotes them: words that are already one
 * quotation (a resolution's title) keep their own marks rather than get a second pair, and
 * quotations inside the words become single marks, as English nests them.
 */
export function quoted(words: string): string {
	if (/^“[^“”]*”$/.test(words)) return words;
	return `“${words.replaceAll('“', '‘').replaceAll('”', '’')}”`;
}

export function splitParagraphs(text: string): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	const pattern = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
	for (const match of text.matchAll(pattern)) {
		const raw = match[0];
		const leading = raw.length - raw.trimStart().length;
		const trimmed = raw.trim();
		if (!trimmed) continue;
		paragraphs.push({
			number: paragraphs.length + 1,
			text: trimmed,
			offset: match.index + leading
		});
	}
	return paragraphs;
}

/**
 * The optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions),
 * stopping early once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before = new Array<number>(b.length + 1).fill(0);
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, before[j - 2]! + 1);
			}
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}
