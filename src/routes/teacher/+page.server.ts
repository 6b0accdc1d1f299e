import { TOPICS } from '$lib/content/models';
import { packs } from '$lib/server/packs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	packs: packs.map((pack) => ({
		id: pack.meta.id,
		title: pack.meta.title,
		topics: TOPICS.filter((topic) => pack.facts.some((fact) => fact.topic === topic))
	}))
});
