/** Mastery per topic and the shading of the speech map, from each card's chance of recall now. */
import type { RecallOf, TopicCards, TopicMastery } from './models';

/**
 * Each topic's mean chance of recall: cards never seen count as 0 in `mastery`, and are left out
 * of `seenRecall`, so "how much of it do I know" and "how well do I know what I studied" both show.
 */
export function topicMastery(topics: readonly TopicCards[], recallOf: RecallOf): TopicMastery[] {
	return topics.map(({ topic, label, cardIds }) => {
		let sum = 0;
		let seen = 0;
		for (const id of cardIds) {
			const recall = recallOf(id);
			if (recall === null) continue;
			sum += recall;
			seen++;
		}
		return {
			topic,
			label,
			cards: cardIds.length,
			seen,
			mastery: cardIds.length ? sum / cardIds.length : 0,
			seenRecall: seen ? sum / seen : null
		};
	});
}

/** The chance of recall of a fact: the mean over its cards the learner has seen; null if none. */
export function factRecall(cardIds: readonly string[], recallOf: RecallOf): number | null {
	const known = cardIds.map(recallOf).filter((recall): recall is number => recall !== null);
	return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

/**
 * The chance of recall of a passage quoted by several facts: its weakest studied fact, so that a
 * passage stands out as soon as any of its facts is slipping. Null when none was studied.
 */
export function passageRecall(
	factIds: readonly string[],
	factRecallOf: (factId: string) => number | null
): number | null {
	const known = factIds.map(factRecallOf).filter((recall): recall is number => recall !== null);
	return known.length ? Math.min(...known) : null;
}

/** The bands of the speech map, weakest first: `min` is the lowest chance of recall in the band. */
export const RECALL_BANDS = [
	{ min: 0, label: 'Weak', range: 'under 50%' },
	{ min: 0.5, label: 'Shaky', range: '50–70%' },
	{ min: 0.7, label: 'Fair', range: '70–85%' },
	{ min: 0.85, label: 'Good', range: '85–95%' },
	{ min: 0.95, label: 'Strong', range: '95% or more' }
] as const;

export type RecallBand = 0 | 1 | 2 | 3 | 4;

/** The band of a chance of recall (0–1). */
export function recallBand(recall: number): RecallBand {
	let band = 0;
	RECALL_BANDS.forEach((candidate, index) => {
		if (recall >= candidate.min) band = index;
	});
	return band as RecallBand;
}
