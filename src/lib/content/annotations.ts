/**
 * Facts about the speech as a speech, made from the pack's annotations of its passages: what a
 * passage does (thanks, welcomes, asks…) and who is thanked for what. The build, the tools and
 * the browser all make them with this one function, so every runtime has the same facts.
 */
import type { Fact, PassageAnnotation, SpeechActDefinition } from './models';
import { quoted } from './text';

/** The answer category of every speech-act fact; a pack with annotations defines it. */
export const SPEECH_ACT_CATEGORY = 'speech-act';
/** The answer category of every "thanked for what" fact. */
export const THANKS_CATEGORY = 'reason-for-thanks';

const labelOf = (acts: Readonly<Record<string, SpeechActDefinition>>, id: string) =>
	acts[id]?.label ?? id;

/** The act fact of one annotation. */
function actFact(
	annotation: PassageAnnotation,
	acts: Readonly<Record<string, SpeechActDefinition>>
): Fact {
	const label = labelOf(acts, annotation.act);
	// A full stop inside the quotation marks would end the sentence that quotes it.
	const words = `the words ${quoted(annotation.quote.replace(/\.$/, ''))}`;
	return {
		id: annotation.id,
		topic: annotation.topic,
		statement: `In ${words}, the speaker is ${label}.`,
		question: `In ${words}, what is the speaker doing?`,
		answer: { kind: 'act', text: label, describes: `what the speaker is doing in ${words}` },
		category: SPEECH_ACT_CATEGORY,
		nearMisses: annotation.notActs.map((id) => labelOf(acts, id)),
		aliases: [],
		source: { quote: annotation.quote, paragraph: annotation.paragraph },
		attribution: 'text',
		difficulty: annotation.difficulty,
		related: annotation.thanks ? [annotation.thanks.id] : []
	};
}

/** The "thanked for what" fact of an annotation of thanks. */
function thanksFact(
	annotation: PassageAnnotation,
	thanks: NonNullable<PassageAnnotation['thanks']>
): Fact {
	return {
		id: thanks.id,
		topic: annotation.topic,
		statement: `According to the speech, the speaker thanks ${thanks.whom} for ${thanks.for}.`,
		question: `According to the speech, for what does the speaker thank ${thanks.whom}?`,
		answer: {
			kind: 'phrase',
			text: thanks.for,
			describes: `what, according to the speech, the speaker thanks ${thanks.whom} for`
		},
		category: THANKS_CATEGORY,
		nearMisses: thanks.nearMisses,
		aliases: thanks.aliases ?? [],
		source: { quote: annotation.quote, paragraph: annotation.paragraph },
		attribution: 'text',
		difficulty: annotation.difficulty,
		related: [annotation.id]
	};
}

/** The facts of a pack's annotations, in annotation order: each act, then its thanks. */
export function factsFromAnnotations(
	annotations: readonly PassageAnnotation[],
	acts: Readonly<Record<string, SpeechActDefinition>> = {}
): Fact[] {
	return annotations.flatMap((annotation) => [
		actFact(annotation, acts),
		...(annotation.thanks ? [thanksFact(annotation, annotation.thanks)] : [])
	]);
}
