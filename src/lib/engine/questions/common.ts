/** What every question generator shares: its inputs and the fields every question has. */
import type { Difficulty, Fact } from '../../content/models';
import type { FactSet } from '../fact-set';
import type { QuestionType } from '../models';
import type { Rng } from '../random';

/** What a generator works from: the whole fact set (for distractors) and a seeded stream. */
export interface GeneratorContext {
	set: FactSet;
	rng: Rng;
	/**
	 * For true/false: which kind of statement the quiz needs next to stay balanced, so that
	 * answering "False" to everything does not pass. Absent: a coin toss.
	 */
	wantTrue?: boolean;
}

/** The deterministic id of a question: its type and the facts it asks. */
export function questionId(type: QuestionType, facts: readonly Fact[]): string {
	return `${type}:${facts.map((fact) => fact.id).join('+')}`;
}

/** The fields every question has, for a question of `type` about `facts`. */
export function questionBase<T extends QuestionType>(type: T, facts: readonly Fact[]) {
	return {
		id: questionId(type, facts),
		type,
		factIds: facts.map((fact) => fact.id),
		difficulty: Math.max(...facts.map((fact) => fact.difficulty)) as Difficulty,
		explanation: facts.map((fact) => fact.statement).join(' ')
	};
}
