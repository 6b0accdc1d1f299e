/**
 * Scoring a whole submission with the engine's grading (`gradeQuestion`), and each question's
 * outcome per fact, which the class report counts.
 */
import { gradeQuestion, type FactLookup, type QuestionGrade } from '../engine/grade-question';
import type { Question, Quiz } from '../engine/models';
import { answerKey } from '../engine/answers';
import type { AcceptedAnswers, GivenAnswer } from './models';
import { percentOf } from '../text/format';

/** A student's score on a quiz: answers in the quiz's order. */
export interface QuizScore {
	correct: number;
	total: number;
	/** Rounded down to a whole percent, so a pass mark of 60 is not met by 59.5. */
	percent: number;
	/** One per question, in the quiz's order. */
	grades: QuestionGrade[];
}

/**
 * Grades every answer of a submission; a missing answer is wrong. Pass `facts` so matching
 * questions can say which of their facts were right.
 */
export function scoreAnswers(
	quiz: Quiz,
	answers: readonly GivenAnswer[],
	facts?: FactLookup,
	accepted: AcceptedAnswers = {}
): QuizScore {
	const grades = quiz.questions.map((question, i) =>
		regraded(
			question,
			answers[i] ?? null,
			gradeQuestion(question, answers[i] ?? null, facts),
			accepted
		)
	);
	const correct = grades.filter((grade) => grade.correct).length;
	const total = quiz.questions.length;
	return { correct, total, percent: percentOf(correct, total), grades };
}

/** Whether `given` is one of the answers the teacher accepted for `question`. */
export function isAcceptedAnswer(
	question: Question,
	given: GivenAnswer,
	accepted: AcceptedAnswers
): boolean {
	if (typeof given !== 'string' || (question.type !== 'typed' && question.type !== 'numeric')) {
		return false;
	}
	const key = answerKey(given);
	return key !== '' && (accepted[question.id] ?? []).some((answer) => answerKey(answer) === key);
}

/** A wrong typed answer the teacher has since accepted is right, and says why. */
function regraded(
	question: Question,
	given: GivenAnswer,
	grade: QuestionGrade,
	accepted: AcceptedAnswers
): QuestionGrade {
	if (grade.correct || !isAcceptedAnswer(question, given, accepted)) return grade;
	return { correct: true, expected: grade.expected, note: 'Accepted by the teacher.' };
}

/** Whether each fact a question asked was answered right (the grade's parts, or its outcome). */
export function factOutcomes(
	question: Question,
	grade: QuestionGrade
): { factId: string; correct: boolean }[] {
	return (
		grade.factResults ?? question.factIds.map((factId) => ({ factId, correct: grade.correct }))
	);
}
