import { buildFlashcards, inStudyOrder } from '$lib/engine/flashcards';
import { allFacts } from '$lib/server/packs';
import type { PageServerLoad } from './$types';

// Cards are built at build time: the page ships them as data, not the code that writes them.
export const load: PageServerLoad = () => ({
	cards: inStudyOrder(buildFlashcards(allFacts)),
	packOf: Object.fromEntries(allFacts.map((fact) => [fact.id, fact.pack]))
});
