/**
 * Facts that were merged into another because they said the same thing. A learner's progress is
 * keyed by fact id, so every record that names a merged fact is carried over to the fact it was
 * merged into: by the schema upgrade of the version that merged it (for what is on the device)
 * and by backup import (for a file written before the merge). Entries are never edited or
 * removed once shipped, and a merged id is never used again for a new fact.
 */
import { factIdOf } from './card-ids';
import type { QuizAttempt, StoredCardState, StoredReview } from './models';

/** One merge: the schema version that made it, and the ids. */
export interface FactMerge {
	version: number;
	from: string;
	into: string;
}

export const FACT_MERGES: readonly FactMerge[] = [
	// "Côte d'Ivoire hosted the 44th CFM", asked once for the state and once for the body.
	{ version: 4, from: 'cfm-council-of-foreign-ministers', into: 'cote-divoire-hosted-cfm' },
	// "Aid was sent to the Rohingya Muslims of Myanmar", asked once for the people, once the country.
	{ version: 4, from: 'rohingya-aid-country', into: 'rohingya-aid-recipients' }
];

/** The records a merge rewrites. */
export interface MergeableRecords {
	cardStates: StoredCardState[];
	reviewLog: StoredReview[];
	quizAttempts: QuizAttempt[];
}

/** Renames fact ids by the merges given, following a chain (a → b, later b → c) to its end. */
export function factRenamer(merges: readonly FactMerge[]): (factId: string) => string {
	const into = new Map(merges.map((merge) => [merge.from, merge.into]));
	return (factId) => {
		let id = factId;
		// A chain is at most as long as the list; the bound also stops a cycle written by mistake.
		for (let step = 0; step < merges.length && into.has(id); step++) id = into.get(id) ?? id;
		return id;
	};
}

/** The merges a schema version made: its upgrade step applies these, and only these. */
export function mergesOf(version: number): FactMerge[] {
	return FACT_MERGES.filter((merge) => merge.version === version);
}

const reviewedAt = (state: StoredCardState) => state.lastReview ?? Number.NEGATIVE_INFINITY;

/**
 * The records with every merged fact renamed. Two card states that become one card (the learner
 * had studied both facts) keep the one reviewed last; every review and answer is kept, under the
 * new id, so the history of both facts is the history of the merged one. Records of other facts
 * come back unchanged (the same objects). `renamedStates` lists the keys of card states that were
 * renamed, so a database can delete them under their old ids.
 */
export function applyMerges(
	records: MergeableRecords,
	merges: readonly FactMerge[]
): MergeableRecords & { renamedStates: [string, string][] } {
	const rename = factRenamer(merges);
	const renameCard = (cardId: string) => {
		const factId = factIdOf(cardId);
		const renamed = rename(factId);
		return renamed === factId ? cardId : `${renamed}${cardId.slice(factId.length)}`;
	};

	const renamedStates: [string, string][] = [];
	const states = new Map<string, StoredCardState>();
	const key = (state: StoredCardState) => `${state.learnerId}\n${state.cardId}`;
	// Unrenamed states first, so a renamed one is compared with the state already at its new id.
	const ordered = [...records.cardStates].sort(
		(a, b) => Number(renameCard(a.cardId) !== a.cardId) - Number(renameCard(b.cardId) !== b.cardId)
	);
	for (const state of ordered) {
		const cardId = renameCard(state.cardId);
		if (cardId !== state.cardId) renamedStates.push([state.learnerId, state.cardId]);
		const moved = cardId === state.cardId ? state : { ...state, cardId };
		const here = states.get(key(moved));
		if (!here || reviewedAt(moved) > reviewedAt(here)) states.set(key(moved), moved);
	}

	const reviewLog = records.reviewLog.map((review) => {
		const cardId = renameCard(review.cardId);
		if (cardId === review.cardId) return review;
		return {
			...review,
			cardId,
			factId: rename(review.factId),
			previous: review.previous && { ...review.previous, cardId }
		};
	});

	const quizAttempts = records.quizAttempts.map((attempt) => {
		const touched = attempt.answers.some((answer) =>
			answer.factIds.some((id) => rename(id) !== id)
		);
		if (!touched) return attempt;
		return {
			...attempt,
			answers: attempt.answers.map((answer) => ({
				...answer,
				factIds: answer.factIds.map(rename),
				...(answer.factResults
					? {
							factResults: answer.factResults.map((result) => ({
								...result,
								factId: rename(result.factId)
							}))
						}
					: {})
			}))
		};
	});

	return { cardStates: [...states.values()], reviewLog, quizAttempts, renamedStates };
}
