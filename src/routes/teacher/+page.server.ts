import { mergeTopics } from '$lib/content/topics';
import { packs } from '$lib/server/packs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	packs: packs.map((pack) => ({
		id: pack.meta.id,
		title: pack.meta.title,
		topics: mergeTopics([pack.vocabulary.topics], pack.facts)
	}))
});
