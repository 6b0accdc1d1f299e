/** The topics of the packs as the app lists them: one list, in the packs' own order. */
import type { Fact, TopicDefinition } from './models';

/** The topics of several packs as one list, leaving out topics no fact belongs to. */
export function mergeTopics(
	lists: readonly (readonly TopicDefinition[])[],
	facts: readonly Fact[]
): TopicDefinition[] {
	const used = new Set(facts.map((fact) => fact.topic));
	const merged = new Map<string, TopicDefinition>();
	for (const topic of lists.flat()) {
		if (used.has(topic.id) && !merged.has(topic.id)) merged.set(topic.id, topic);
	}
	return [...merged.values()];
}

/** By topic id, its label. */
export function labelsOf(topics: readonly TopicDefinition[]): Readonly<Record<string, string>> {
	return Object.fromEntries(topics.map((topic) => [topic.id, topic.label]));
}

/** Facts grouped by topic, in the order of `topics`, leaving out empty topics. */
export function groupByTopic<F extends Fact>(
	facts: readonly F[],
	topics: readonly TopicDefinition[]
): { topic: TopicDefinition; facts: F[] }[] {
	return topics
		.map((topic) => ({ topic, facts: facts.filter((fact) => fact.topic === topic.id) }))
		.filter((group) => group.facts.length > 0);
}
