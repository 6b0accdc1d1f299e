import { mergeTopics } from '$lib/content/topics';
import { buildFlashcards } from '$lib/engine/flashcards';
import type { TopicCards } from '$lib/progress/models';
import { allFacts, packs } from '$lib/server/packs';
import type { PageServerLoad } from './$types';

// The cards of each topic, known at build time: the page ships their ids, not the engine.
export const load: PageServerLoad = () => {
	const cards = buildFlashcards(allFacts);
	const topics: TopicCards[] = mergeTopics(
		packs.map((pack) => pack.vocabulary.topics),
		allFacts
	).map(({ id, label }) => ({
		topic: id,
		label,
		cardIds: cards.filter((card) => card.topic === id).map((card) => card.id)
	}));
	return { topics };
};
