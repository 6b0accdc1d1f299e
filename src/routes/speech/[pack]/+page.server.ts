import { error } from '@sveltejs/kit';
import { segmentParagraph } from '$lib/content/segments';
import { splitParagraphs } from '$lib/content/text';
import { packs } from '$lib/server/packs';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => packs.map((pack) => ({ pack: pack.meta.id }));

export const load: PageServerLoad = ({ params }) => {
	const pack = packs.find((candidate) => candidate.meta.id === params.pack);
	if (!pack) error(404, `No speech called “${params.pack}”`);
	return {
		meta: pack.meta,
		paragraphs: splitParagraphs(pack.text).map((paragraph) => ({
			number: paragraph.number,
			segments: segmentParagraph(paragraph, pack.facts)
		})),
		facts: pack.facts.map(({ id, statement, attribution, source }) => ({
			id,
			statement,
			attribution,
			paragraph: source.paragraph
		}))
	};
};
