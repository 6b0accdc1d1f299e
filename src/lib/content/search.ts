/**
 * Filtering facts as the learner types: every word must match, ignoring case and accents, and
 * forgiving a slip of one letter (two in a long word) or another spelling of a name ("Mamedyarov",
 * "Xocali", "Aliev").
 */
import type { Fact } from './models';
import { editDistance, searchKey } from './text';

/** Words shorter than this are never read as a slip: "Paris" is not "parts". */
const SLIP_FROM = 6;

/**
 * A word as it sounds, roughly, across the usual transliterations of Azerbaijani names: x for
 * kh (Xocalı, Khojaly), j for c (Xocalı), i for y (Aliyev, Aliev), and double letters single
 * (Mammadyarov, Mamadyarov).
 */
const sounded = (word: string) =>
	word
		.replace(/kh/g, 'x')
		.replace(/c/g, 'j')
		.replace(/y/g, 'i')
		.replace(/(.)\1+/g, '$1');

/**
 * True when `word` is another spelling of `target` ("Xocali", or "Xoca" while still typing), or,
 * for a word of {@link SLIP_FROM} letters or more, a slip of one letter (two from nine letters).
 * Slips are judged on whole words: "Geneva" is not a slip for "general".
 */
function nearly(word: string, target: string): boolean {
	const [typed, known] = [sounded(word), sounded(target)];
	if (word.length >= 4 && known.startsWith(typed)) return true;
	if (word.length < SLIP_FROM) return false;
	const allowed = word.length >= 9 ? 2 : 1;
	return editDistance(typed, known, allowed) <= allowed;
}

function haystack(fact: Fact, topicLabels: Readonly<Record<string, string>>): string {
	return searchKey(
		[
			fact.statement,
			fact.question,
			fact.answer.text,
			...fact.aliases,
			fact.source.quote,
			topicLabels[fact.topic] ?? ''
		].join(' ')
	);
}

/**
 * The facts that contain every word of `query` (all of them for an empty query), in order; a
 * topic's label counts as words of its facts. A word may also be another spelling of a name, and
 * a long one a slip of a letter.
 */
export function filterFacts<F extends Fact>(
	facts: readonly F[],
	query: string,
	topicLabels: Readonly<Record<string, string>>
): F[] {
	const words = searchKey(query).split(' ').filter(Boolean);
	if (words.length === 0) return [...facts];
	return facts.filter((fact) => {
		const key = haystack(fact, topicLabels);
		const text = ` ${key}`;
		let known: string[] | undefined;
		return words.every((word) => {
			if (text.includes(word)) return true;
			if (word.length < 4) return false;
			known ??= key.split(' ');
			return known.some((target) => nearly(word, target));
		});
	});
}
