/**
 * The types of the engine's output: flashcards and quiz questions generated from facts.
 * Everything here is plain JSON, so an assignment can carry a quiz or regenerate it from its spec.
 */
import type { Answer, Difficulty, Fact, Topic } from '../content/models';

/** The cards written for a fact, in the order a learner meets them. */
export const CARD_KINDS = ['qa', 'reverse', 'cloze'] as const;
/**
 * - `qa`: the fact's question → its answer.
 * - `reverse`: the answer → what it identifies ("613" → civilians killed at Khojaly).
 * - `cloze`: the fact's quote with the answer blanked.
 */
export type CardKind = (typeof CARD_KINDS)[number];

/** One flashcard. Review progress is keyed by `id`, so it never changes for a fact and kind. */
export interface Flashcard {
	/** `${factId}:${kind}`: stable across releases. */
	id: `${string}:${CardKind}`;
	factId: string;
	kind: CardKind;
	topic: Topic;
	/** What the learner sees first. */
	front: string;
	/** What the learner checks their recall against. */
	back: string;
	/** The verbatim words of the speech the card comes from. */
	quote: string;
	/** The fact is a claim the other party to the conflict disputes. */
	contested?: true;
}

export const QUESTION_TYPES = ['mc', 'tf', 'typed', 'numeric', 'match', 'order'] as const;
/**
 * - `mc`: multiple choice, four options, one correct.
 * - `tf`: a true or a falsified statement.
 * - `typed`: fill in the blank, graded leniently.
 * - `numeric`: a number, with a tolerance where the speech gives a round figure.
 * - `match`: 4 to 6 values paired with what they identify.
 * - `order`: dated events put in chronological order.
 */
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Each type as a control or a heading names it, for people: "Multiple choice". */
export const QUESTION_TYPE_NAMES: Record<QuestionType, string> = {
	mc: 'Multiple choice',
	tf: 'True or false',
	typed: 'Typed answer',
	numeric: 'Number',
	match: 'Matching',
	order: 'Ordering'
};

/** Each type as a sentence names it, before "question": "12 multiple-choice questions". */
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
	mc: 'multiple-choice',
	tf: 'true/false',
	typed: 'typed-answer',
	numeric: 'numeric',
	match: 'matching',
	order: 'ordering'
};

/** What a typed answer is graded against: a fact's answer and the spellings it accepts. */
export type ExpectedAnswer = Pick<Fact, 'answer' | 'aliases'>;

interface QuestionBase {
	/** Deterministic: `${type}:${factIds.join('+')}`. */
	id: string;
	type: QuestionType;
	/** The question as shown; a speaker's claim is asked "According to the speech, …". */
	prompt: string;
	/** The facts the question asks, each asked once per quiz. */
	factIds: string[];
	/** The hardest of its facts' difficulties. */
	difficulty: Difficulty;
	/** What to show after answering: the fact(s) as the speech states them. */
	explanation: string;
}

export interface MultipleChoiceQuestion extends QuestionBase {
	type: 'mc';
	/** Four distinct options in a seeded order. */
	options: string[];
	/** The correct option, exactly as it appears in `options`. */
	answer: string;
}

export interface TrueFalseQuestion extends QuestionBase {
	type: 'tf';
	options: ['True', 'False'];
	answer: 'True' | 'False';
}

export interface TypedQuestion extends QuestionBase {
	type: 'typed';
	/** The canonical answer, as the answer key shows it. */
	answer: string;
	/** What {@link gradeTypedAnswer} grades against. */
	expected: ExpectedAnswer;
}

export interface NumericQuestion extends QuestionBase {
	type: 'numeric';
	answer: string;
	value: number;
	unit: string;
	/** Accepted distance from `value`: 0 unless the speech gives a round figure. */
	tolerance: number;
	expected: ExpectedAnswer;
}

export interface MatchQuestion extends QuestionBase {
	type: 'match';
	/** Values (numbers, names, dates) in a seeded order. */
	left: string[];
	/** What they identify, in another seeded order. */
	right: string[];
	/** Each left item → its right item. */
	answer: Record<string, string>;
}

export interface OrderQuestion extends QuestionBase {
	type: 'order';
	/**
	 * `speech`: passages, in the order the speech makes them. Absent: events, earliest first
	 * (and every ordering of a quiz stored before format 3).
	 */
	by?: 'speech';
	/** The events or passages, shuffled. */
	options: string[];
	/** The same, in order. */
	answer: string[];
}

/** A quiz question, discriminated on `type`. */
export type Question =
	| MultipleChoiceQuestion
	| TrueFalseQuestion
	| TypedQuestion
	| NumericQuestion
	| MatchQuestion
	| OrderQuestion;

/** A seed: the same facts, spec and seed give the same quiz on every device. */
export type Seed = number | string;

/** The difficulty ranges a learner or a teacher chooses from, with their names. */
export const DIFFICULTY_LEVELS: readonly { label: string; range: [Difficulty, Difficulty] }[] = [
	{ label: 'Any difficulty', range: [1, 3] },
	{ label: 'Easy only', range: [1, 1] },
	{ label: 'Easy and medium', range: [1, 2] },
	{ label: 'Medium and hard', range: [2, 3] },
	{ label: 'Hard only', range: [3, 3] }
];

/** What a quiz asks for, as a teacher sets it. */
export interface QuizSpec {
	/** Topics to draw facts from; all topics when absent or empty. */
	topics?: Topic[];
	/** The question types to mix, at least one. */
	types: QuestionType[];
	/** How many questions. */
	count: number;
	/** Inclusive range of fact difficulties. */
	difficulty: [Difficulty, Difficulty];
	seed: Seed;
}

export interface Quiz {
	spec: QuizSpec;
	questions: Question[];
}

/**
 * What the learner gave as an answer: a string (multiple choice, true/false, typed, numeric), a
 * list (order: the options in the learner's order), pairs `[left, right]` (match), or null when
 * skipped. Pairs rather than an object, so that no answer text ever becomes an object key.
 * The storage layer stores it as it is.
 */
export type GivenAnswer = string | string[] | [string, string][] | null;

/** The result of grading a typed or numeric answer. */
export interface Grade {
	correct: boolean;
	/** Correct without leniency for a typo or a tolerance. */
	exact: boolean;
	/** The canonical answer, to show next to the learner's. */
	expected: string;
	/** Why a lenient answer was accepted, naming the exact spelling or value. */
	note?: string;
}

export type { Answer };
