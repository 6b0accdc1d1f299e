/**
 * Card ids as the engine makes them: `${factId}:${kind}`. Only this file knows the format, so
 * that the schema upgrade and the quiz link between facts and cards agree.
 */

const CARD_KINDS = ['qa', 'reverse', 'cloze'];

/** The fact a card belongs to: its id without the `:kind` suffix. */
export function factIdOf(cardId: string): string {
	const colon = cardId.lastIndexOf(':');
	return colon > 0 && CARD_KINDS.includes(cardId.slice(colon + 1))
		? cardId.slice(0, colon)
		: cardId;
}

/** The card a quiz answer on a fact moves: the fact's question-and-answer card. */
export function quizCardId(factId: string): string {
	return `${factId}:qa`;
}
