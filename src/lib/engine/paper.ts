/**
 * A quiz as plain text for paper: numbered questions with lettered options, then the answer key
 * on its own page, for a class without devices.
 */
import type { AnswerKind } from '../content/models';
import type { Question, Quiz } from './models';
import { BLANK } from './spans';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const letter = (index: number) => LETTERS[index] ?? String(index + 1);

const INSTRUCTIONS: Record<Question['type'], string> = {
	mc: 'Circle the one correct answer.',
	tf: 'True or false?',
	typed: 'Write the answer.',
	numeric: 'Write the number.',
	match: 'Write the letter of the matching description next to each item.',
	order: 'Number the events from 1 (earliest) onwards.'
};

function questionLines(question: Question): string[] {
	const instruction =
		question.type === 'typed' && question.prompt.includes(BLANK)
			? 'Fill in the blank.'
			: question.type === 'order' && question.by === 'speech'
				? 'Number the passages from 1 (first) onwards.'
				: INSTRUCTIONS[question.type];
	const lines = [`${question.prompt}  (${instruction})`];
	switch (question.type) {
		case 'mc':
			question.options.forEach((option, i) => lines.push(`   ${letter(i)}. ${option}`));
			break;
		case 'tf':
			lines.push('   True  /  False');
			break;
		case 'typed':
			if (!question.prompt.includes(BLANK)) lines.push(`   Answer: ${BLANK}`);
			break;
		case 'numeric':
			// "(ordinal)" says nothing a student needs: "the _____ session" already asks for one.
			lines.push(`   Answer: ${BLANK}${question.unit === 'ordinal' ? '' : ` (${question.unit})`}`);
			break;
		case 'match':
			question.left.forEach((left) => lines.push(`   ___ ${left}`));
			lines.push('');
			question.right.forEach((right, i) => lines.push(`   ${letter(i)}. ${right}`));
			break;
		case 'order':
			question.options.forEach((item) => lines.push(`   ___ ${item}`));
			break;
	}
	return lines;
}

/** What the app accepts besides the listed spellings, for the answers it reads as values. */
const ANY_FORM: Partial<Record<AnswerKind, string>> = {
	date: 'in any unambiguous date format',
	number: 'in figures or in words'
};

function keyLine(question: Question): string {
	switch (question.type) {
		case 'mc':
			return `${letter(question.options.indexOf(question.answer))}. ${question.answer}`;
		case 'tf':
			return question.answer === 'False' ? `False. ${question.explanation}` : 'True';
		case 'typed':
		case 'numeric': {
			// A teacher marking by hand needs the spellings the app would accept, and to know that a
			// date or a number counts however it is written ("September 22, 2017", "one million").
			const also = question.expected.aliases.filter((alias) => alias !== question.answer);
			const anyForm = ANY_FORM[question.expected.answer.kind];
			const notes = [
				...(also.length ? [`also accepted: ${also.join('; ')}`] : []),
				...(anyForm ? [anyForm] : [])
			];
			return notes.length ? `${question.answer} (${notes.join('; ')})` : question.answer;
		}
		case 'match':
			return question.left
				.map((left) => `${left} → ${letter(question.right.indexOf(question.answer[left] ?? ''))}`)
				.join('; ');
		case 'order':
			return (
				question.options.map((item) => `${question.answer.indexOf(item) + 1}`).join(', ') +
				` (${question.answer.join(' → ')})`
			);
	}
}

/** A quiz on paper in two parts: the student copy (no answers at all) and the answer key. */
export interface PaperQuiz {
	questions: string;
	key: string;
}

/** The quiz as printable texts: the questions for students, and the answer key apart. */
export function paperQuiz(quiz: Quiz): PaperQuiz {
	const title = `Quiz: ${quiz.questions.length} questions (seed ${quiz.spec.seed})`;
	const body = quiz.questions.flatMap((question, i) => {
		const [first = '', ...rest] = questionLines(question);
		return [`${i + 1}. ${first}`, ...rest, ''];
	});
	const key = quiz.questions.map((question, i) => `${i + 1}. ${keyLine(question)}`);
	return {
		questions: [title, 'Name: ______________________    Date: ____________', '', ...body].join(
			'\n'
		),
		key: [ANSWER_KEY, title, '', ...key, ''].join('\n')
	};
}

export const ANSWER_KEY = '— Answer key —';

/** The quiz as one printable text: the questions, then the answer key. */
export function formatPaperQuiz(quiz: Quiz): string {
	const { questions, key } = paperQuiz(quiz);
	return `${questions}\n${key}`;
}
