/**
 * An assignment's questions for a school's Moodle: as GIFT (the text format Moodle's question
 * bank imports) and as Moodle XML. Each question keeps the speech's attribution and its
 * explanation as general feedback; typed answers list every spelling the app accepts (and the
 * answers the teacher accepted since). Orderings have no GIFT form and no core XML type in older
 * Moodles: they are left out, with a note in the file saying which.
 */
import { answerKey } from '../engine/answers';
import type { Question, Quiz } from '../engine/models';
import type { AcceptedAnswers, Assignment } from './models';

/** A question with its number in the quiz, and whether Moodle's formats can hold it. */
interface Exported {
	number: number;
	question: Question;
	kept: boolean;
}

const exported = (quiz: Quiz): Exported[] =>
	quiz.questions.map((question, i) => ({
		number: i + 1,
		question,
		kept: question.type !== 'order'
	}));

/** The typed answers graded right: the key, its other spellings, and the teacher's additions. */
export function acceptedSpellings(question: Question, accepted: AcceptedAnswers = {}): string[] {
	if (question.type !== 'typed' && question.type !== 'numeric') return [];
	const seen = new Set<string>();
	return [question.answer, ...question.expected.aliases, ...(accepted[question.id] ?? [])].filter(
		(text) => {
			const key = answerKey(text);
			if (!key || seen.has(key)) return false;
			seen.add(key);
			return true;
		}
	);
}

/** Why orderings are left out, in each format's words. */
const ORDERING_GAP = {
	gift: 'which GIFT cannot hold',
	xml: 'whose question type only some Moodle sites have'
};

function header(
	assignment: Assignment,
	items: readonly Exported[],
	format: keyof typeof ORDERING_GAP
): string[] {
	const left = items.filter((item) => !item.kept).map((item) => item.number);
	return [
		`${assignment.title} (assignment ${assignment.id}), from Speech Study.`,
		'Every question asks what the speech says: claims are the speaker’s, attributed as such.',
		'Moodle grades typed answers by their exact text (case ignored); the app also reads numbers in words and dates written another way.',
		...(left.length
			? [
					`Left out: question${left.length > 1 ? 's' : ''} ${left.join(', ')} (ordering), ` +
						`${ORDERING_GAP[format]}. They are in the app and its paper version.`
				]
			: [])
	];
}

/**
 * The question bank category the questions go in, one per assignment. Read raw to the end of
 * its line, where a slash would start a subcategory: slashes become dashes.
 */
const categoryPath = (assignment: Assignment) =>
	`$course$/top/${assignment.title.replace(/\s+/g, ' ').replace(/\//g, '-')} (${assignment.id})`;

// --- GIFT -----------------------------------------------------------------------------------

/** GIFT's special characters, escaped with a backslash wherever text goes. */
const gift = (text: string) =>
	text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\s+/g, ' ');

function giftAnswers(question: Question, accepted: AcceptedAnswers): string {
	switch (question.type) {
		case 'mc':
			return question.options
				.map((option) => `${option === question.answer ? '=' : '~'}${gift(option)}`)
				.join(' ');
		case 'tf':
			return question.answer === 'True' ? 'TRUE' : 'FALSE';
		case 'typed':
			return acceptedSpellings(question, accepted)
				.map((text) => `=${gift(text)}`)
				.join(' ');
		case 'numeric':
			return `#${question.value}:${question.tolerance}`;
		case 'match':
			return question.left
				.map((left) => `=${gift(left)} -> ${gift(question.answer[left] ?? '')}`)
				.join(' ');
		case 'order':
			return '';
	}
}

/**
 * The assignment's questions as a GIFT file, in the quiz's order, under a category named after
 * the assignment. `accepted`: typed answers the teacher accepted since, graded right too.
 */
export function assignmentToGift(
	assignment: Assignment,
	quiz: Quiz,
	accepted: AcceptedAnswers = {}
): string {
	const items = exported(quiz);
	const lines = header(assignment, items, 'gift').map((line) => `// ${line}`);
	lines.push('', `$CATEGORY: ${categoryPath(assignment)}`, '');
	for (const { number, question, kept } of items) {
		if (!kept) continue;
		const feedback = question.explanation ? ` ####${gift(question.explanation)}` : '';
		lines.push(
			`::Q${number}::[plain]${gift(question.prompt)} {${giftAnswers(question, accepted)}${feedback}}`,
			''
		);
	}
	return lines.join('\n');
}

// --- Moodle XML -----------------------------------------------------------------------------

const xml = (text: string) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		// Characters XML 1.0 cannot hold at all (control characters), dropped.
		// eslint-disable-next-line no-control-regex -- the point of the pattern
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

const textTag = (tag: string, text: string, format = '') =>
	`<${tag}${format ? ` format="${format}"` : ''}><text>${xml(text)}</text></${tag}>`;

function xmlAnswers(question: Question, accepted: AcceptedAnswers): string[] {
	const answer = (fraction: number, text: string, extra = '') =>
		`<answer fraction="${fraction}" format="plain_text"><text>${xml(text)}</text>${extra}</answer>`;
	switch (question.type) {
		case 'mc':
			return [
				'<single>true</single>',
				'<shuffleanswers>true</shuffleanswers>',
				'<answernumbering>abc</answernumbering>',
				...question.options.map((option) => answer(option === question.answer ? 100 : 0, option))
			];
		case 'tf':
			return [
				answer(question.answer === 'True' ? 100 : 0, 'true'),
				answer(question.answer === 'False' ? 100 : 0, 'false')
			];
		case 'typed':
			return [
				'<usecase>0</usecase>',
				...acceptedSpellings(question, accepted).map((text) => answer(100, text))
			];
		case 'numeric':
			return [answer(100, String(question.value), `<tolerance>${question.tolerance}</tolerance>`)];
		case 'match':
			return [
				'<shuffleanswers>true</shuffleanswers>',
				...question.left.map(
					(left) =>
						`<subquestion format="plain_text"><text>${xml(left)}</text><answer><text>${xml(
							question.answer[left] ?? ''
						)}</text></answer></subquestion>`
				)
			];
		case 'order':
			return [];
	}
}

const XML_TYPES: Record<Exclude<Question['type'], 'order'>, string> = {
	mc: 'multichoice',
	tf: 'truefalse',
	typed: 'shortanswer',
	numeric: 'numerical',
	match: 'matching'
};

/** The same questions as {@link assignmentToGift}, as a Moodle XML file. */
export function assignmentToMoodleXml(
	assignment: Assignment,
	quiz: Quiz,
	accepted: AcceptedAnswers = {}
): string {
	const items = exported(quiz);
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		...header(assignment, items, 'xml').map(
			(line) => `<!-- ${xml(line).replace(/--/g, '- -')} -->`
		),
		'<quiz>',
		`<question type="category"><category><text>${xml(
			categoryPath(assignment)
		)}</text></category></question>`
	];
	for (const { number, question, kept } of items) {
		if (!kept || question.type === 'order') continue;
		lines.push(
			`<question type="${XML_TYPES[question.type]}">`,
			textTag('name', `Q${number}`),
			textTag('questiontext', question.prompt, 'plain_text'),
			textTag('generalfeedback', question.explanation ?? '', 'plain_text'),
			'<defaultgrade>1</defaultgrade>',
			...xmlAnswers(question, accepted),
			'</question>'
		);
	}
	lines.push('</quiz>', '');
	return lines.join('\n');
}
