import { packs } from '$lib/server/packs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	packs: packs.map((pack) => ({ meta: pack.meta, factCount: pack.facts.length }))
});
