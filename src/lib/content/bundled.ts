/**
 * The facts of every pack as one module for the browser: pages that need the facts import it, and
 * the bundler puts it in one shared chunk that is downloaded and cached once, rather than copying
 * the facts into every page's HTML and data file. The content was validated at build time (the
 * home and speech pages load `$lib/server/packs`, which fails the build on invalid content).
 */
import { factsFromAnnotations } from './annotations';
import type {
	Fact,
	PackedFact,
	PackVocabulary,
	PassageAnnotation,
	TopicDefinition
} from './models';
import { labelsOf, mergeTopics } from './topics';

const modules = import.meta.glob<Fact[]>('/content/*/facts.ts', { eager: true, import: 'facts' });
const annotationModules = import.meta.glob<PassageAnnotation[]>('/content/*/annotations.ts', {
	eager: true,
	import: 'annotations'
});
const vocabularies = import.meta.glob<PackVocabulary>('/content/*/vocabulary.ts', {
	eager: true,
	import: 'vocabulary'
});

/**
 * Every fact of every pack, with its pack id, in pack order: the facts written, then those of
 * the annotations, as the content check makes them.
 */
export const bundledFacts: PackedFact[] = Object.keys(modules)
	.sort()
	.flatMap((path) => {
		const dir = path.slice(0, path.lastIndexOf('/'));
		const pack = path.split('/')[2] ?? '';
		const annotated = factsFromAnnotations(
			annotationModules[`${dir}/annotations.ts`] ?? [],
			vocabularies[`${dir}/vocabulary.ts`]?.speechActs
		);
		return [...(modules[path] ?? []), ...annotated].map((fact) => ({ ...fact, pack }));
	});

/**
 * Every topic there are facts for, in pack order and each pack's own order; a topic two packs
 * share (the content check makes sure they label it alike) is listed once.
 */
export const bundledTopics: TopicDefinition[] = mergeTopics(
	Object.keys(vocabularies)
		.sort()
		.map((path) => vocabularies[path]?.topics ?? []),
	bundledFacts
);

/** By topic id, its label. */
export const bundledTopicLabels = labelsOf(bundledTopics);
