/**
 * Grading any quiz question against what the learner gave, and showing both answers as text.
 * Typed and numeric answers are graded leniently by {@link gradeTypedAnswer} (which reads numbers
 * in digits or words and applies the round-figure tolerance); the others must match exactly.
 */
import type { Fact } from '../content/models';
import { displayAnswer } from './answers';
import { gradeTypedAnswer } from './match-answer';
import type { GivenAnswer, MatchQuestion, OrderQuestion, Question } from './models';
import { plural } from '../text/format';

/** The outcome of one question. */
export interface QuestionGrade {
	correct: boolean;
	/** The right answer, as text to show. */
	expected: string;
	/** Why a lenient answer was accepted, or how much of a multi-part answer was right. */
	note?: string;
	/**
	 * Per fact, for questions on several facts (match, order), so that the memory model counts
	 * each fact's part on its own. Absent when every fact shares the question's outcome.
	 */
	factResults?: { factId: string; correct: boolean }[];
}

/** Looks up a fact by id; matching questions need it to tell which pair asked which fact. */
export type FactLookup = (id: string) => Pick<Fact, 'answer'> | undefined;

const isPairs = (given: GivenAnswer): given is [string, string][] =>
	Array.isArray(given) && given.every((item) => Array.isArray(item) && item.length === 2);

const isList = (given: GivenAnswer): given is string[] =>
	Array.isArray(given) && given.every((item) => typeof item === 'string');

/** The right answer of a question as one line of text. */
export function expectedText(question: Question): string {
	switch (question.type) {
		case 'match':
			return question.left.map((left) => `${left}: ${question.answer[left] ?? ''}`).join('; ');
		case 'order':
			return question.answer.map((item, i) => `${i + 1}. ${item}`).join('; ');
		default:
			return question.answer;
	}
}

/** What the learner gave, as one line of text ("No answer" when skipped). */
export function formatGivenAnswer(question: Question, given: GivenAnswer): string {
	if (given === null || (typeof given === 'string' && !given.trim())) return 'No answer';
	if (typeof given === 'string') return given.trim();
	if (question.type === 'match' && isPairs(given)) {
		return given.map(([left, right]) => `${left}: ${right || 'no choice'}`).join('; ');
	}
	if (isList(given)) return given.map((item, i) => `${i + 1}. ${item}`).join('; ');
	return 'No answer';
}

function gradeMatch(question: MatchQuestion, given: GivenAnswer, facts?: FactLookup) {
	const chosen = new Map(isPairs(given) ? given : []);
	const right = (left: string) => chosen.get(left) === question.answer[left];
	const rightCount = question.left.filter(right).length;
	const grade: QuestionGrade = {
		correct: rightCount === question.left.length,
		expected: expectedText(question)
	};
	if (!grade.correct)
		grade.note = `${rightCount} of ${plural(question.left.length, 'pair')} right.`;
	if (facts) {
		const parts = question.factIds.map((factId) => {
			const fact = facts(factId);
			return { factId, correct: fact ? right(displayAnswer(fact.answer)) : grade.correct };
		});
		if (parts.some((part) => part.correct !== grade.correct)) grade.factResults = parts;
	}
	return grade;
}

function gradeOrder(question: OrderQuestion, given: GivenAnswer): QuestionGrade {
	const list = isList(given) ? given : [];
	// The facts are in chronological order, as the answer is: item i asks fact i.
	const parts = question.answer.map((item, i) => ({
		factId: question.factIds[i] ?? '',
		correct: list[i] === item
	}));
	const rightCount = parts.filter((part) => part.correct).length;
	const correct = rightCount === question.answer.length && list.length === rightCount;
	const grade: QuestionGrade = { correct, expected: expectedText(question) };
	if (!correct) {
		grade.note = `${rightCount} of ${plural(question.answer.length, 'event')} in the right place.`;
		if (rightCount > 0) grade.factResults = parts;
	}
	return grade;
}

/**
 * Grades the learner's answer to a question. A skipped or malformed answer is wrong, never an
 * error. Pass `facts` to get per-fact results for matching questions.
 */
export function gradeQuestion(
	question: Question,
	given: GivenAnswer,
	facts?: FactLookup
): QuestionGrade {
	switch (question.type) {
		case 'mc':
		case 'tf':
			return { correct: given === question.answer, expected: question.answer };
		case 'typed':
		case 'numeric': {
			const { correct, expected, note } = gradeTypedAnswer(
				typeof given === 'string' ? given : '',
				question.expected
			);
			return note ? { correct, expected, note } : { correct, expected };
		}
		case 'match':
			return gradeMatch(question, given, facts);
		case 'order':
			return gradeOrder(question, given);
	}
}
