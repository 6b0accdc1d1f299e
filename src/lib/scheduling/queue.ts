/** Which cards to study now, in which order, and what "due" means everywhere the app says it. */
import type { CardState, EpochMs, StudyQueueInput } from './models';

/**
 * The one meaning of "due", for Study and Progress alike: a card in review that comes due at any
 * time of the learner's day (FSRS schedules reviews in days, so the hour does not matter), or a
 * learning step whose minutes are up (taken early, the step would not space anything).
 * `endOfToday` is when the learner's day ends.
 */
export function isDue(state: CardState, now: EpochMs, endOfToday: EpochMs): boolean {
	if (state.phase === 'new') return false;
	if (state.phase === 'review') return state.due < endOfToday;
	return state.due <= now;
}

/**
 * The cards to study at `now`: first every due card, the most overdue first, then new cards in
 * the order given, up to what is left of the day's limit. Cards without a state, or whose state is
 * still `new`, are new. States of cards not in `cardIds` (a fact since removed) are ignored.
 */
export function buildStudyQueue(input: StudyQueueInput): string[] {
	const { cardIds, now, newLimit, newIntroducedToday, endOfToday } = input;
	const states = new Map<string, CardState>();
	for (const state of input.states) states.set(state.cardId, state);

	const order = new Map(cardIds.map((id, index) => [id, index]));
	const due: CardState[] = [];
	const fresh: string[] = [];
	for (const cardId of cardIds) {
		const state = states.get(cardId);
		if (!state || state.phase === 'new') fresh.push(cardId);
		else if (isDue(state, now, endOfToday)) due.push(state);
	}
	// Ties (cards graded in one quiz share a due time) keep the cards' own order, so the queue is
	// the same on every call.
	due.sort((a, b) => a.due - b.due || (order.get(a.cardId) ?? 0) - (order.get(b.cardId) ?? 0));
	const newAllowed = Math.max(0, Math.floor(newLimit) - newIntroducedToday);
	return [...due.map((state) => state.cardId), ...fresh.slice(0, newAllowed)];
}

/**
 * When the next card that is not yet due ({@link isDue}) comes due (a learning step in a few
 * minutes), or null: the study screen can say "next card in 8 minutes" instead of "done".
 */
export function nextDueAfter(
	states: Iterable<CardState>,
	now: EpochMs,
	endOfToday: EpochMs
): number | null {
	let next: number | null = null;
	for (const state of states) {
		if (state.phase === 'new' || isDue(state, now, endOfToday)) continue;
		if (next === null || state.due < next) next = state.due;
	}
	return next;
}
