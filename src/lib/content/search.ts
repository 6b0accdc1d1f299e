/** Filtering facts as the learner types: every word must match, ignoring case and accents. */
import { TOPIC_LABELS, TOPICS, type Fact, type Topic } from './models';
import { searchKey } from './text';

function haystack(fact: Fact): string {
	return searchKey(
		[
			fact.statement,
			fact.question,
			fact.answer.text,
			...fact.aliases,
			fact.source.quote,
			TOPIC_LABELS[fact.topic]
		].join(' ')
	);
}

/** The facts that contain every word of `query` (all of them for an empty query), in order. */
export function filterFacts<F extends Fact>(facts: readonly F[], query: string): F[] {
	const words = searchKey(query).split(' ').filter(Boolean);
	if (words.length === 0) return [...facts];
	return facts.filter((fact) => {
		const text = ` ${haystack(fact)}`;
		return words.every((word) => text.includes(` ${word}`) || text.includes(word));
	});
}

/** Facts grouped by topic, in the app's topic order, leaving out empty topics. */
export function groupByTopic<F extends Fact>(facts: readonly F[]): { topic: Topic; facts: F[] }[] {
	return TOPICS.map((topic) => ({
		topic,
		facts: facts.filter((fact) => fact.topic === topic)
	})).filter((group) => group.facts.length > 0);
}
