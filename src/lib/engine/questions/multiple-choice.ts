/** Multiple choice: the fact's question, four options of the answer's kind, exactly one correct. */
import type { Fact } from '../../content/models';
import { displayAnswer } from '../answers';
import { distractorsFor } from '../distractors';
import { leaksAnswerIn } from '../fact-set';
import { sharedStems } from '../giveaways';
import type { MultipleChoiceQuestion } from '../models';
import { shuffle } from '../random';
import { questionBase, type GeneratorContext } from './common';

/** Options per question. */
export const OPTION_COUNT = 4;

/** A multiple-choice question, or undefined when the set gives fewer than three distractors. */
export function makeMultipleChoice(
	fact: Fact,
	{ set, rng }: GeneratorContext
): MultipleChoiceQuestion | undefined {
	if (leaksAnswerIn(set, fact.question, fact)) return undefined;
	const wrong = distractorsFor(fact, set, rng, OPTION_COUNT - 1);
	if (wrong.length < OPTION_COUNT - 1) return undefined;
	const answer = displayAnswer(fact.answer);
	// A word of the question found in the answer alone picks it out.
	const cue = sharedStems(set, fact.question, answer);
	if (cue.length && !wrong.some((option) => sharedStems(set, option, cue.join(' ')).length))
		return undefined;
	return {
		...questionBase('mc', [fact]),
		prompt: fact.question,
		options: shuffle(rng, [answer, ...wrong]),
		answer
	};
}
