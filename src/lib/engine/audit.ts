/**
 * The mechanical audit of generated quizzes: what a teacher would throw away on sight and a
 * machine can see. It cannot judge taste (a plausible option, a fair difficulty); a person reads a
 * sample for that. Each finding names the question and what is wrong.
 */
import type { Fact } from '../content/models';
import { searchKey } from '../content/text';
import { answerKey, leaksAnswer } from './answers';
import type { FactSet } from './fact-set';
import {
	asksAnswers,
	familyOf,
	hintTexts,
	isRecall,
	questionIdentity,
	shownTexts
} from './giveaways';
import type { Question, Quiz } from './models';
import { BLANK } from './spans';

export const FINDING_KINDS = [
	'leak',
	'same-sentence',
	'repeated-statement',
	'cross-category',
	'multiple-blanks',
	'article-hint',
	'ambiguous-descriptions',
	'malformed-text'
] as const;
/**
 * - `leak`: a question shows (in its prompt, answer or feedback) another question's answer, or
 *   offers as an option the answer of a question that must be typed.
 * - `same-sentence`: two questions ask facts of one sentence of the speech.
 * - `repeated-statement`: two questions of one quiz have the same prompt.
 * - `cross-category`: a wrong option that is neither a near-miss of the fact nor an answer of its
 *   category (a salutation offered for a place), or a matching set across categories.
 * - `multiple-blanks`: a typed prompt with more than one blank.
 * - `article-hint`: "a _____" or "an _____": the article tells the answer's first sound.
 * - `ambiguous-descriptions`: two descriptions of a matching are the same, or one holds the other.
 * - `malformed-text`: a doubled word ("the the"), doubled spaces, a space before punctuation,
 *   doubled quotation marks (a quoted title quoted again).
 */
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
	kind: FindingKind;
	questionId: string;
	detail: string;
}

const MALFORMED: readonly [RegExp, string][] = [
	[/\b(\w+) \1\b/i, 'a doubled word'],
	[/ {2,}/, 'two spaces'],
	[/ [,.;:?!]/, 'a space before punctuation'],
	[/\bthe the\b/i, '"the the"']
];

/** The values a fact's wrong options may take: its near-misses and its category's answers. */
function allowedWrong(set: FactSet, fact: Fact): Set<string> {
	const allowed = new Set((fact.nearMisses ?? []).map(answerKey));
	for (const other of set.facts) {
		if (other.category === fact.category) allowed.add(answerKey(other.answer.text));
	}
	return allowed;
}

function auditQuestion(set: FactSet, question: Question, facts: Fact[], found: Finding[]): void {
	const finding = (kind: FindingKind, detail: string) =>
		found.push({ kind, questionId: question.id, detail });
	for (const shown of shownTexts(question)) {
		if (/[“”]{2}/.test(shown)) finding('malformed-text', `doubled quotation marks in "${shown}"`);
		// The speech's own words are quoted verbatim, slips and all ("therein ."): not ours to mend.
		const text = shown.replace(/“[^”]*”/g, '“…”');
		for (const [pattern, what] of MALFORMED) {
			const match = pattern.exec(text);
			// "had had", "that that" are English; a doubled word is flagged only when it is short.
			if (match && !(what === 'a doubled word' && match[1]!.length > 3))
				finding('malformed-text', `${what} in "${text}"`);
		}
	}
	const [fact] = facts as [Fact];
	switch (question.type) {
		case 'mc': {
			if (fact.answer.kind === 'number' || fact.answer.kind === 'date') break;
			const allowed = allowedWrong(set, fact);
			for (const option of question.options) {
				if (option !== question.answer && !allowed.has(answerKey(option)))
					finding('cross-category', `"${option}" is not of category ${fact.category}`);
			}
			break;
		}
		case 'typed': {
			const blanks = question.prompt.split(BLANK).length - 1;
			if (blanks > 1) finding('multiple-blanks', question.prompt);
			if (/\ban? _{5}/i.test(question.prompt)) finding('article-hint', question.prompt);
			break;
		}
		case 'match': {
			if (new Set(facts.map((f) => f.category)).size > 1)
				finding('cross-category', `a matching across ${facts.map((f) => f.category).join(', ')}`);
			const keys = question.right.map((text) => ` ${searchKey(text)} `);
			keys.forEach((key, i) =>
				keys.forEach((other, j) => {
					if (i < j && (key.includes(other) || other.includes(key)))
						finding('ambiguous-descriptions', `"${question.right[i]}" and "${question.right[j]}"`);
				})
			);
			break;
		}
		case 'tf':
		case 'numeric':
		case 'order':
			break;
	}
}

/** Every finding of one quiz built from `set`. */
export function auditQuiz(set: FactSet, quiz: Quiz): Finding[] {
	const found: Finding[] = [];
	const factsOf = (question: Question) => question.factIds.flatMap((id) => set.byId.get(id) ?? []);
	const prompts = new Map<string, string>();
	for (const question of quiz.questions) {
		const facts = factsOf(question);
		auditQuestion(set, question, facts, found);
		const identity = questionIdentity(question);
		const before = prompts.get(identity);
		if (before) found.push({ kind: 'repeated-statement', questionId: question.id, detail: before });
		prompts.set(identity, question.id);
	}
	for (const question of quiz.questions) {
		const families = new Set(factsOf(question).map((fact) => familyOf(set, fact)));
		for (const other of quiz.questions) {
			if (other === question) continue;
			// An option elsewhere gives away an answer that must be typed.
			const texts = isRecall(other) ? hintTexts(question) : shownTexts(question);
			for (const fact of factsOf(other)) {
				const leaked = asksAnswers(other) && texts.find((text) => leaksAnswer(text, fact));
				if (leaked)
					found.push({
						kind: 'leak',
						questionId: question.id,
						detail: `shows "${fact.answer.text}", the answer of ${other.id}`
					});
				if (families.has(familyOf(set, fact)) && question.id < other.id)
					found.push({
						kind: 'same-sentence',
						questionId: question.id,
						detail: `${other.id} asks the same sentence`
					});
			}
		}
	}
	return found;
}

/** How often the most-asked fact turns up across quizzes: the spread a teacher sees over a term. */
export interface Spread {
	quizzes: number;
	/** The fact in the most quizzes, and in how many of them. */
	mostAsked: { factId: string; quizzes: number } | undefined;
	/** Whole percent of the quizzes the most-asked fact is in, rounded up. */
	percent: number;
}

/** The spread of facts over `quizzes`, each fact counted once per quiz. */
export function spreadOf(quizzes: readonly Quiz[]): Spread {
	const inQuizzes = new Map<string, number>();
	for (const quiz of quizzes) {
		for (const id of new Set(quiz.questions.flatMap((question) => question.factIds))) {
			inQuizzes.set(id, (inQuizzes.get(id) ?? 0) + 1);
		}
	}
	let mostAsked: Spread['mostAsked'];
	for (const [factId, count] of inQuizzes) {
		if (!mostAsked || count > mostAsked.quizzes) mostAsked = { factId, quizzes: count };
	}
	const percent = mostAsked
		? Math.ceil((100 * mostAsked.quizzes) / Math.max(1, quizzes.length))
		: 0;
	return { quizzes: quizzes.length, mostAsked, percent };
}
