/**
 * Matching: 4 to 6 values paired with what they identify: numbers ↔ what they count, dates ↔
 * what happened, names (resolutions, places, events…) ↔ what they are in the speech.
 */
import { PHRASE_KINDS, type Fact } from '../../content/models';
import { datesOverlap, displayAnswer } from '../answers';
import { attributePrompt, capitalise, describeAnswer, eventOf } from '../attribution';
import { keysIn, leaksAnswerIn, remember, sameAnswerIn, type FactSet } from '../fact-set';
import type { MatchQuestion } from '../models';
import { randomInt, shuffle } from '../random';
import { sharedStems } from '../giveaways';
import { questionBase, type GeneratorContext } from './common';

export const MATCH_MIN_PAIRS = 4;
export const MATCH_MAX_PAIRS = 6;

/** Facts are matched with facts of the same group, so every value on the left is alike. */
export type MatchGroup = 'number' | 'date' | 'name' | 'phrase' | 'act';

/** The group a fact is matched in, or undefined when its description gives its answer away. */
export function matchGroup(fact: Fact, set: FactSet): MatchGroup | undefined {
	// A description that names its value, or shares a word with it ("the chair" for "Mr. Chairman").
	const leaks = remember(set, `match-leak:${fact.id}`, () => {
		const { description } = keysIn(set, fact);
		return (
			leaksAnswerIn(set, description, fact) ||
			sharedStems(set, description, displayAnswer(fact.answer)).length > 0
		);
	});
	if (leaks) return undefined;
	const { kind } = fact.answer;
	if (kind === 'number' || kind === 'date' || kind === 'act') return kind;
	return PHRASE_KINDS.includes(kind) ? 'phrase' : 'name';
}

const PROMPTS: Record<MatchGroup, string> = {
	number: 'Match each number to what it counts.',
	date: 'Match each date to what happened then.',
	name: 'Match each name to what it is in the speech.',
	phrase: 'Match each phrase of the speech to its description.',
	act: 'Match each speech act to the words of the speech that perform it.'
};

/**
 * Picks up to `size` facts of one answer category from `candidates`, in their order, skipping
 * any whose value or description repeats one already picked or whose description names a picked
 * value. One category, so that no pair can be matched by the kind of thing alone (a town to "the
 * town…", a conference to "the conference…").
 */
export function pickMatchFacts(
	candidates: readonly Fact[],
	size: number,
	context: GeneratorContext
): Fact[] {
	const byGroup = new Map<string, Fact[]>();
	const { set } = context;
	/** One description names the other's answer, or both say the same: the pair is ambiguous. */
	const clash = (a: Fact, b: Fact) =>
		remember(set, `match-clash:${a.id}:${b.id}`, () => {
			const [ka, kb] = [keysIn(set, a), keysIn(set, b)];
			// "Civilians killed" beside "women among the civilians killed": 106 fits both.
			const [da, db] = [` ${ka.descriptionKey} `, ` ${kb.descriptionKey} `];
			return (
				sameAnswerIn(set, a, b) ||
				// A bare "2017" beside "22 September 2017" fits both descriptions.
				(a.answer.kind === 'date' &&
					b.answer.kind === 'date' &&
					datesOverlap(a.answer, b.answer)) ||
				da.includes(db) ||
				db.includes(da) ||
				leaksAnswerIn(set, ka.description, b) ||
				leaksAnswerIn(set, kb.description, a)
			);
		});
	for (const fact of candidates) {
		if (!matchGroup(fact, set)) continue;
		const group = fact.category;
		const picked = byGroup.get(group) ?? [];
		byGroup.set(group, picked);
		if (picked.length >= size) continue;
		if (!picked.some((other) => clash(fact, other))) picked.push(fact);
	}
	// Any category that fills the set, by the seed: the first to fill up would nearly always be
	// the biggest, and its facts in every matching question.
	const full = [...byGroup.values()].filter((facts) => facts.length >= size);
	if (full.length) return full[randomInt(context.rng, full.length)]!;
	const groups = [...byGroup.values()].filter((facts) => facts.length >= MATCH_MIN_PAIRS);
	return groups.sort((a, b) => b.length - a.length)[0] ?? [];
}

/** A matching question over `facts` (one group, 4 to 6 facts picked by {@link pickMatchFacts}). */
export function makeMatch(
	facts: readonly Fact[],
	{ set, rng }: GeneratorContext
): MatchQuestion | undefined {
	const group = facts[0] && matchGroup(facts[0], set);
	if (!group || facts.length < MATCH_MIN_PAIRS || facts.length > MATCH_MAX_PAIRS) return undefined;
	const pairs = facts.map((fact) => ({
		left: displayAnswer(fact.answer),
		right: capitalise(group === 'date' ? eventOf(describeAnswer(fact)) : describeAnswer(fact))
	}));
	if (facts.some((fact) => fact.category !== facts[0]!.category)) return undefined;
	const left = shuffle(
		rng,
		pairs.map((pair) => pair.left)
	);
	const right = shuffle(
		rng,
		pairs.map((pair) => pair.right)
	);
	// Descriptions in the order of their values would match themselves (A–A, B–B…): move them on.
	const byLeft = new Map(pairs.map((pair) => [pair.left, pair.right]));
	if (left.every((value, i) => byLeft.get(value) === right[i])) right.push(right.shift()!);
	return {
		...questionBase('match', facts),
		prompt: attributePrompt(PROMPTS[group], facts),
		left,
		right,
		answer: Object.fromEntries(pairs.map((pair) => [pair.left, pair.right]))
	};
}
