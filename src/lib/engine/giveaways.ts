/**
 * What keeps one question of a quiz from answering another. Facts told in one sentence of the
 * speech form a family ("613 civilians were killed, including 106 women, 63 children…"): a quiz
 * asks one of them at most, unless one question asks them all (a matching or ordering). And no
 * question may show, in its prompt, its options or the feedback after it, the answer of another.
 */
import type { Fact } from '../content/models';
import { searchKey } from '../content/text';
import { leaksAnswerIn, remember, searchKeyIn, type FactSet } from './fact-set';
import type { Question } from './models';

const familiesBySet = new WeakMap<FactSet, Map<string, string>>();

/**
 * The family of every fact: facts of one paragraph whose quotes overlap, or that are items of one
 * list, are one family, named by its first fact's id. Computed once per set.
 */
/** Words two quotes must share, end to start, to be read as one stretch of the speech. */
const OVERLAP_CHARS = 12;

/** One quote holds the other, or one ends with the words the other starts with. */
function overlaps(a: string, b: string): boolean {
	if (a.includes(b) || b.includes(a)) return true;
	const most = Math.min(a.length, b.length);
	for (let n = most; n >= OVERLAP_CHARS; n--) {
		if (a.endsWith(b.slice(0, n)) || b.endsWith(a.slice(0, n))) return true;
	}
	return false;
}

function familiesOf(set: FactSet): Map<string, string> {
	let families = familiesBySet.get(set);
	if (families) return families;
	const parent = new Map(set.facts.map((fact) => [fact.id, fact.id]));
	const root = (id: string): string => {
		let at = id;
		while (parent.get(at) !== at) at = parent.get(at)!;
		return at;
	};
	const byParagraph = new Map<number, Fact[]>();
	for (const fact of set.facts) {
		const { paragraph, quote } = fact.source;
		const here = byParagraph.get(paragraph) ?? [];
		for (const other of here) {
			// Items of one list of names (the resolutions adopted) are related facts of one
			// category: their shared words hint at each other. Figures of a list do not.
			const listed =
				fact.category === other.category &&
				fact.answer.kind !== 'number' &&
				(fact.related.includes(other.id) || other.related.includes(fact.id));
			if (!listed && !overlaps(quote, other.source.quote)) continue;
			const [a, b] = [root(fact.id), root(other.id)];
			// The earlier fact names the family, so the name does not depend on the order of union.
			if (a !== b) parent.set(b, a);
		}
		here.push(fact);
		byParagraph.set(paragraph, here);
	}
	families = new Map(set.facts.map((fact) => [fact.id, root(fact.id)]));
	familiesBySet.set(set, families);
	return families;
}

/** Words that say nothing about an answer, however often prompts and answers share them. */
const EMPTY_WORDS = new Set(['according', 'speech', 'speaker', 'which', 'what', 'their', 'with']);

/** How much of a word makes its stem: "chair" for "chairman", "secre" for "secretary". */
const STEM = 5;

/** The stems of the content words of a text (four letters or more). */
function stems(set: FactSet, text: string): Set<string> {
	return new Set(
		searchKeyIn(set, text)
			.split(' ')
			.filter((word) => word.length >= 4 && !EMPTY_WORDS.has(word))
			.map((word) => word.slice(0, STEM))
	);
}

/**
 * The stems `text` shares with `answer`: a word of the prompt that picks the answer ("what kind
 * of security consequences…" for "greater security challenges", "the chair" for "Mr. Chairman").
 */
export function sharedStems(set: FactSet, text: string, answer: string): string[] {
	const mine = stems(set, answer);
	return [...stems(set, text)].filter((stem) => mine.has(stem));
}

/** The family of a fact: the id of the first fact of its sentence. */
export function familyOf(set: FactSet, fact: Fact): string {
	return familiesOf(set).get(fact.id) ?? fact.id;
}

/**
 * Facts whose answer this many other facts name ("the OIC", "Azerbaijan", "Khojaly") are given
 * away by almost any other question: a quiz asks them last, so that they do not crowd out the
 * dozens of questions they would exclude.
 */
const HUB_DEGREE = 5;

/** True when at least {@link HUB_DEGREE} other facts name this fact's answer in their statement or question. */
export function isHub(set: FactSet, fact: Fact): boolean {
	return remember(set, `hub:${fact.id}`, () => {
		let degree = 0;
		for (const other of set.facts) {
			if (other === fact) continue;
			if (names(set, [other.statement, other.question], fact)) degree++;
			if (degree >= HUB_DEGREE) return true;
		}
		return false;
	});
}

/**
 * What a question tells a student, before or after it is answered: its prompt, its right answer
 * and the feedback. A wrong option tells nothing (Baku offered, and wrong, for one question says
 * nothing of another whose answer is Baku); the pairs of a matching and the events of an
 * ordering are all part of the answer.
 */
export function shownTexts(question: Question): string[] {
	const texts = [question.prompt, question.explanation];
	switch (question.type) {
		case 'mc':
			texts.push(question.answer);
			break;
		case 'order':
			texts.push(...question.options);
			break;
		case 'match':
			texts.push(...question.left, ...question.right);
			break;
		case 'tf':
		case 'typed':
		case 'numeric':
			break;
	}
	return texts;
}

/**
 * What makes two questions the same to a student: the prompt, and for a matching or an ordering,
 * whose prompt is the same for every set ("Put these passages in order…"), its items too.
 */
export function questionIdentity(question: Question): string {
	const items =
		question.type === 'order'
			? [...question.answer]
			: question.type === 'match'
				? [...question.left].sort()
				: [];
	return searchKey([question.prompt, ...items].join(' '));
}

/** True when one of `texts` names the fact's answer; remembered, as quizzes ask it again and again. */
function names(set: FactSet, texts: readonly string[], fact: Fact): boolean {
	return texts.some((text) =>
		remember(set, `names:${fact.id}:${text}`, () => leaksAnswerIn(set, text, fact))
	);
}

/**
 * What a question shows a student who must recall another question's answer: its texts and, for
 * multiple choice, every option. A wrong option elsewhere tells nothing to a student choosing
 * among options, but it hands the answer to one who must type it.
 */
export function hintTexts(question: Question): string[] {
	return question.type === 'mc'
		? [...shownTexts(question), ...question.options]
		: shownTexts(question);
}

/**
 * True when a question asks for its facts' answers. An ordering of passages asks only where they
 * stand in the speech: another question naming their answers gives nothing of it away.
 */
export const asksAnswers = (question: Question) =>
	!(question.type === 'order' && question.by === 'speech');

/** True when a question asks for its answer to be recalled, not recognised. */
export const isRecall = (question: Question) =>
	question.type === 'typed' || question.type === 'numeric';

/** A question as the quiz keeps it for these checks. */
export interface AskedQuestion {
	question: Question;
	facts: readonly Fact[];
	texts: readonly string[];
	/** {@link hintTexts}. */
	hints: readonly string[];
	/** {@link questionIdentity}, folded once: every later candidate is compared with it. */
	identity: string;
}

/** A question with what the checks need of it. */
export function asked(question: Question, facts: readonly Fact[]): AskedQuestion {
	return {
		question,
		facts,
		texts: shownTexts(question),
		hints: hintTexts(question),
		identity: questionIdentity(question)
	};
}

/**
 * True when `candidate` can join the quiz beside `others`: no fact of a family already asked, no
 * answer shown by the other, either way, and not the same prompt twice.
 */
export function fitsBeside(
	set: FactSet,
	candidate: AskedQuestion,
	others: readonly AskedQuestion[]
): boolean {
	const families = new Set(candidate.facts.map((fact) => familyOf(set, fact)));
	for (const other of others) {
		if (other.facts.some((fact) => families.has(familyOf(set, fact)))) return false;
		if (other.identity === candidate.identity) return false;
		const candidateShows = isRecall(other.question) ? candidate.hints : candidate.texts;
		if (asksAnswers(other.question) && other.facts.some((fact) => names(set, candidateShows, fact)))
			return false;
		const otherShows = isRecall(candidate.question) ? other.hints : other.texts;
		if (
			asksAnswers(candidate.question) &&
			candidate.facts.some((fact) => names(set, otherShows, fact))
		)
			return false;
	}
	return true;
}
