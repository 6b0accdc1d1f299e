/**
 * The content packs the app is built from, bundled by Vite and validated when the build loads
 * them: invalid content fails the build with a message naming the file and the fact.
 */
import { buildPacks, type RawPack } from '$lib/content/validate';
import type { Pack, PackedFact } from '$lib/content/models';

const metas = import.meta.glob<unknown>('/content/*/meta.json', { eager: true, import: 'default' });
const texts = import.meta.glob<string>('/content/*/speech.txt', {
	eager: true,
	query: '?raw',
	import: 'default'
});
const factModules = import.meta.glob<unknown>('/content/*/facts.ts', {
	eager: true,
	import: 'facts'
});

const vocabularies = import.meta.glob<unknown>('/content/*/vocabulary.ts', {
	eager: true,
	import: 'vocabulary'
});

const annotationModules = import.meta.glob<unknown>('/content/*/annotations.ts', {
	eager: true,
	import: 'annotations'
});

const raws: RawPack[] = Object.keys(metas).map((metaPath) => {
	const dir = metaPath.slice(1, metaPath.lastIndexOf('/'));
	const annotations = annotationModules[`/${dir}/annotations.ts`];
	return {
		...(annotations === undefined ? {} : { annotations }),
		dir,
		meta: metas[metaPath],
		text: texts[`/${dir}/speech.txt`],
		facts: factModules[`/${dir}/facts.ts`],
		vocabulary: vocabularies[`/${dir}/vocabulary.ts`]
	};
});

/** Every pack, validated. */
export const packs: Pack[] = buildPacks(raws);

/** Every fact of every pack, with its pack id. */
export const allFacts: PackedFact[] = packs.flatMap((pack) =>
	pack.facts.map((fact) => ({ ...fact, pack: pack.meta.id }))
);
