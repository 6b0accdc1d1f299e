/**
 * The facts of every pack as one module for the browser: pages that need the facts import it, and
 * the bundler puts it in one shared chunk that is downloaded and cached once, rather than copying
 * the facts into every page's HTML and data file. The content was validated at build time (the
 * home and speech pages load `$lib/server/packs`, which fails the build on invalid content).
 */
import type { Fact, PackedFact, PackVocabulary, TopicDefinition } from './models';
import { labelsOf, mergeTopics } from './topics';

const modules = import.meta.glob<Fact[]>('/content/*/facts.ts', { eager: true, import: 'facts' });

/** Every fact of every pack, with its pack id, in pack order. */
export const bundledFacts: PackedFact[] = Object.keys(modules)
	.sort()
	.flatMap((path) => {
		const pack = path.split('/')[2] ?? '';
		return (modules[path] ?? []).map((fact) => ({ ...fact, pack }));
	});

const vocabularies = import.meta.glob<PackVocabulary>('/content/*/vocabulary.ts', {
	eager: true,
	import: 'vocabulary'
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
