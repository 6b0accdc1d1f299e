/** Filtering facts as the learner types: every word must match, ignoring case and accents. */
import type { Fact } from './models';
import { searchKey } from './text';

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
 * topic's label counts as words of its facts.
 */
export function filterFacts<F extends Fact>(
	facts: readonly F[],
	query: string,
	topicLabels: Readonly<Record<string, string>>
): F[] {
	const words = searchKey(query).split(' ').filter(Boolean);
	if (words.length === 0) return [...facts];
	return facts.filter((fact) => {
		const text = ` ${haystack(fact, topicLabels)}`;
		return words.every((word) => text.includes(` ${word}`) || text.includes(word));
	});
}
