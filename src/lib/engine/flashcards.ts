/**
 * The flashcards a good teacher would write for each fact: question → answer; answer → what it
 * identifies; and the speech's own words with the answer blanked.
 */
import type { Fact } from '../content/models';
import { searchKey } from '../content/text';
import { answerSpans } from './answers';
import { attributeDescription } from './attribution';
import { CARD_KINDS, type CardKind, type Flashcard } from './models';
import { prepareFacts, sameAnswerIn, type FactSet } from './fact-set';
import { BLANK, replaceSpans } from './spans';

function card(fact: Fact, kind: CardKind, fields: Pick<Flashcard, 'front' | 'back'>): Flashcard {
	return {
		id: `${fact.id}:${kind}`,
		factId: fact.id,
		kind,
		topic: fact.topic,
		...fields,
		quote: fact.source.quote,
		...(fact.contested ? { contested: true } : {})
	};
}

function qaCard(fact: Fact): Flashcard {
	return card(fact, 'qa', { front: fact.question, back: fact.answer.text });
}

/**
 * Answer → what it identifies. Left out when another fact has the same answer ("4th" is both the
 * Forum and the Games): the front would then not identify one fact.
 */
function reverseCard(fact: Fact, set: FactSet): Flashcard | undefined {
	if (set.facts.some((other) => other.id !== fact.id && sameAnswerIn(set, fact, other)))
		return undefined;
	return card(fact, 'reverse', {
		front: fact.answer.text,
		back: attributeDescription(fact)
	});
}

/** Words a cloze card keeps around its blank, or it asks nothing ("_____" alone). */
const CLOZE_MIN_WORDS = 3;

/**
 * The quote with every form of the answer blanked; left out when the quote does not hold it or
 * is little more than the answer.
 */
function clozeCard(fact: Fact): Flashcard | undefined {
	const spans = answerSpans(fact.source.quote, fact);
	if (!spans.length) return undefined;
	const front = replaceSpans(fact.source.quote, spans, BLANK);
	const words = searchKey(front.replaceAll(BLANK, ' ')).split(' ').filter(Boolean);
	if (words.length < CLOZE_MIN_WORDS) return undefined;
	return card(fact, 'cloze', { front, back: fact.answer.text });
}

/** The cards of one fact, in the order qa, reverse, cloze (reverse and cloze where they work). */
export function buildFactCards(fact: Fact, facts: readonly Fact[]): Flashcard[] {
	const set = prepareFacts(facts);
	return [qaCard(fact), reverseCard(fact, set), clozeCard(fact)].filter(
		(c): c is Flashcard => c !== undefined
	);
}

/** Every card of every fact, fact by fact. Card ids are `${factId}:${kind}` and stable. */
export function buildFlashcards(facts: readonly Fact[]): Flashcard[] {
	return facts.flatMap((fact) => buildFactCards(fact, facts));
}

/**
 * The order new cards are introduced in: every fact's question card first (in fact order), then
 * the reverse cards, then the cloze cards, so that a learner never meets the three cards of one
 * fact back to back, and the first days cover the whole speech.
 */
export function inStudyOrder(cards: readonly Flashcard[]): Flashcard[] {
	return CARD_KINDS.flatMap((kind) => cards.filter((card) => card.kind === kind));
}
