import { TOPIC_LABELS, TOPICS } from '$lib/content/models';
import { buildFlashcards } from '$lib/engine/flashcards';
import type { TopicCards } from '$lib/progress/models';
import { allFacts } from '$lib/server/packs';
import type { PageServerLoad } from './$types';

// The cards of each topic, known at build time: the page ships their ids, not the engine.
export const load: PageServerLoad = () => {
	const cards = buildFlashcards(allFacts);
	const topics: TopicCards[] = TOPICS.map((topic) => ({
		topic,
		label: TOPIC_LABELS[topic],
		cardIds: cards.filter((card) => card.topic === topic).map((card) => card.id)
	})).filter((topic) => topic.cardIds.length > 0);
	return { topics };
};
