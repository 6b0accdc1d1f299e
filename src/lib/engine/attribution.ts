/**
 * Attribution of the speaker's claims. The app teaches what the speech says, not contested claims
 * as fact: whatever shows a speaker fact in new words (a reverse card, a matching or ordering
 * prompt) says "according to the speech" too.
 */
import type { Fact } from '../content/models';
import { CLAIM_PREFIX } from '../content/models';

/** True when any of the facts is a claim of the speaker. */
export function hasClaim(facts: readonly Fact[]): boolean {
	return facts.some((fact) => fact.attribution === 'speaker');
}

/** A prompt about `facts`, opened with "According to the speech, " when any of them is a claim. */
export function attributePrompt(prompt: string, facts: readonly Fact[]): string {
	if (!hasClaim(facts) || prompt.startsWith(CLAIM_PREFIX)) return prompt;
	return CLAIM_PREFIX + prompt.charAt(0).toLowerCase() + prompt.slice(1);
}

/** "Civilians killed at Khojaly, according to the speech": a description of the fact's answer. */
export function attributeDescription(fact: Fact): string {
	const text = capitalise(describeAnswer(fact));
	return fact.attribution === 'speaker' ? `${text}, according to the speech` : text;
}

/**
 * What the answer is in its fact, as a noun phrase, without the "according to the speech" some
 * descriptions carry: the callers attribute once, where it reads best.
 */
export function describeAnswer(fact: Fact): string {
	const text = fact.answer.kind === 'number' ? fact.answer.counts : fact.answer.describes;
	return text
		.replace(/^according to the speech,\s*/i, '')
		.replace(/,\s*according to the speech\s*(,\s*|$)/i, (_, after: string) => (after ? ' ' : ''))
		.replace(/\s+according to the speech$/i, '')
		.trim();
}

/**
 * What happened, without the words that say it is a date: "the dates of the conference" and
 * "the date of the speech" would sort themselves by their first words in a matching or an
 * ordering.
 */
export function eventOf(description: string): string {
	return description.replace(
		/^the (?:dates?|days?|night|year|month) (?:of|when|on which|in which) /i,
		''
	);
}

/** The first letter in upper case. */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
