/** Numeric answer: a number fact's question, with a tolerance where the speech gives a round figure. */
import type { Fact } from '../../content/models';
import { leaksAnswer } from '../answers';
import { approximateTolerance } from '../distractors';
import type { NumericQuestion } from '../models';
import { questionBase } from './common';

/** A numeric question, or undefined for a fact whose answer is not a number. */
export function makeNumeric(fact: Fact): NumericQuestion | undefined {
	const { answer } = fact;
	if (answer.kind !== 'number' || leaksAnswer(fact.question, fact)) return undefined;
	return {
		...questionBase('numeric', [fact]),
		prompt: fact.question,
		answer: answer.text,
		value: answer.value,
		unit: answer.unit,
		tolerance: answer.approximate ? approximateTolerance(answer.value) : 0,
		expected: { answer, aliases: fact.aliases }
	};
}
