import { error } from '@sveltejs/kit';
import { segmentParagraph } from '$lib/content/segments';
import { splitParagraphs } from '$lib/content/text';
import { buildFlashcards } from '$lib/engine/flashcards';
import { allFacts, packs } from '$lib/server/packs';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => packs.map((pack) => ({ pack: pack.meta.id }));

export const load: PageServerLoad = ({ params }) => {
	const pack = packs.find((candidate) => candidate.meta.id === params.pack);
	if (!pack) error(404, `No speech called “${params.pack}”`);
	// The cards of each fact, as the study screen builds them (from every pack's facts), so that
	// the speech map reads the learner's recall of exactly those cards.
	const ids = new Set(pack.facts.map((fact) => fact.id));
	const cardIds: Record<string, string[]> = {};
	for (const card of buildFlashcards(allFacts)) {
		if (ids.has(card.factId)) (cardIds[card.factId] ??= []).push(card.id);
	}
	return {
		meta: pack.meta,
		paragraphs: splitParagraphs(pack.text).map((paragraph) => ({
			number: paragraph.number,
			segments: segmentParagraph(paragraph, pack.facts)
		})),
		facts: pack.facts.map(({ id, statement, attribution, contested, source }) => ({
			id,
			statement,
			attribution,
			...(contested ? { contested } : {}),
			paragraph: source.paragraph
		})),
		cardIds
	};
};
