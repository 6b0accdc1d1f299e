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

/**
 * How much harder a type makes a fact: recalling an answer (typed, numeric) is harder than
 * recognising it. A true/false keeps the fact's difficulty: a guess is easier, but judging a
 * figure or a date one has half forgotten is not.
 */
const TYPE_EFFORT: Record<QuestionType, 0 | 1> = {
	tf: 0,
	mc: 0,
	match: 0,
	order: 0,
	typed: 1,
	numeric: 1
};

/**
 * The difficulty of a question of `type` on a fact of difficulty `factDifficulty`, or on facts
 * of that mean difficulty (a matching set of easy facts is easy): from 1 to 3.
 */
export function difficultyOf(type: QuestionType, factDifficulty: number): Difficulty {
	return Math.min(3, Math.max(1, factDifficulty + TYPE_EFFORT[type])) as Difficulty;
}

/** The mean difficulty of facts, rounded half up, in integers. */
export function meanDifficulty(facts: readonly Fact[]): number {
	const sum = facts.reduce((total, fact) => total + fact.difficulty, 0);
	return Math.floor((2 * sum + facts.length) / (2 * facts.length));
}

/** The fields every question has, for a question of `type` about `facts`. */
export function questionBase<T extends QuestionType>(type: T, facts: readonly Fact[]) {
	return {
		id: questionId(type, facts),
		type,
		factIds: facts.map((fact) => fact.id),
		difficulty: difficultyOf(type, meanDifficulty(facts)),
		explanation: facts.map((fact) => fact.statement).join(' ')
	};
}
