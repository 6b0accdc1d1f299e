/**
 * The class report: each student's score, time and submission; per question, how many got it
 * right and the most chosen wrong answer; the facts most missed, each with its place in the
 * speech. Grading is redone here from the answers: a score a student's device claims is not used.
 */
import { compareText, searchKey } from '../content/text';
import { answerKey } from '../engine/answers';
import { expectedText, formatGivenAnswer } from '../engine/grade-question';
import type { Question, Quiz } from '../engine/models';
import { cleanText, isPastDue } from './assignment';
import { factOutcomes, isAcceptedAnswer, scoreAnswers } from './grade';
import { itemStatistics } from './item-analysis';
import type {
	AcceptedAnswers,
	Assignment,
	CollectedResult,
	EpochMs,
	GivenAnswer,
	ReportFact
} from './models';

/** Which of a student's submissions counts in the report. */
export type CountedAttempt = 'latest' | 'best' | 'first';

export const COUNTED_ATTEMPTS: readonly { value: CountedAttempt; label: string }[] = [
	{ value: 'latest', label: 'Latest attempt' },
	{ value: 'best', label: 'Best attempt' },
	{ value: 'first', label: 'First attempt' }
];

export interface ReportOptions {
	/** Which submission of each student counts; the latest when absent. */
	counts?: CountedAttempt;
	/**
	 * The time on the teacher's device: a submission claimed later than it (beyond a day's leeway
	 * for clocks set wrong) is no time a device could have sent it.
	 */
	now?: EpochMs;
	/** Typed answers the teacher accepted since: graded right for everyone who gave them. */
	accepted?: AcceptedAnswers;
}

/** Devices' clocks are often off by hours (a wrong time zone): a day either side is believed. */
const CLOCK_LEEWAY_MS = 24 * 3_600_000;

/** One student's line: the submission that counts, of the attempts collected. */
export interface StudentRow {
	/** The id of the result that counts: a row's key (two results may share name and time). */
	id: string;
	name: string;
	correct: number;
	total: number;
	/** Whole percent, rounded down. */
	percent: number;
	passed: boolean;
	durationSeconds: number;
	submittedAt: EpochMs;
	/** Submitted after the due day ended (never said of a time that cannot be right). */
	late: boolean;
	/**
	 * The submission time the student's device gave lies outside the assignment's life (before it
	 * was made, or after now): it is shown as such, and never used to pick the latest or say late.
	 */
	clockOff: boolean;
	/** How many submissions this student made; `counts` says which one this row shows. */
	attempts: number;
	/** Every submission of this student, the earliest first (by the device's clock). */
	attemptList: AttemptSummary[];
	/**
	 * How many rows have this name: more than 1 when different learner profiles (another student,
	 * or the same one on another device) typed the same name. They are kept apart.
	 */
	sameName: number;
	/** The counted submission's answers, one per question in the quiz's order. */
	answers: StudentAnswer[];
}

/** One submission of a student, as the list of their attempts shows it. */
export interface AttemptSummary {
	/** The result's id: what deleting it names. */
	id: string;
	submittedAt: EpochMs;
	clockOff: boolean;
	correct: number;
	percent: number;
	/** This is the submission the row counts. */
	counted: boolean;
}

/** One answer of a student, as the report shows it. */
export interface StudentAnswer {
	/** What the student gave, as text ("No answer" when skipped). */
	given: string;
	answered: boolean;
	correct: boolean;
	/** Right only because the teacher accepted it after the fact. */
	accepted: boolean;
}

/** How many students chose one option of a multiple-choice or true/false question. */
export interface OptionShare {
	option: string;
	correct: boolean;
	count: number;
	/** `count` out of every student in the report, 0 to 1. */
	share: number;
}

/** How the class did on one question. */
export interface QuestionRow {
	/** 1-based, in the quiz's order (the paper version's numbering). */
	number: number;
	questionId: string;
	type: Question['type'];
	prompt: string;
	/** The correct answer, as the answer key shows it. */
	answer: string;
	/** Students who answered (did not skip). */
	answered: number;
	correct: number;
	/** `correct` out of every student in the report, 0 to 1. */
	shareCorrect: number;
	/** The wrong answer given most often (a matching: the wrong pair; an ordering: the order). */
	mostChosenWrong?: { answer: string; count: number };
	/** Every wrong answer given, the most often given first: for a teacher to accept one. */
	wrongAnswers: { answer: string; count: number }[];
	/** The answers the teacher accepted for this question (typed and numeric only). */
	accepted: string[];
	/**
	 * Moodle's discrimination index: the correlation of this question's mark with the rest of the
	 * quiz, -1 to 1, or null when it cannot be told (see `item-analysis.ts`). The facility index
	 * is `shareCorrect`.
	 */
	discrimination: number | null;
	/** Why the question deserves a second look, when it does. */
	flag?: string;
	/** For multiple choice and true/false: each option, in the question's order, and who chose it. */
	options?: OptionShare[];
	/** Students who skipped it. */
	unanswered: number;
}

/** A fact the class missed, with where it stands in the speech. */
export interface MissedFact {
	factId: string;
	statement: string;
	/** The speech's own words, and the paragraph they are in (counted from 1). */
	quote: string;
	paragraph: number;
	/** The fact's content pack, where known: the speech page is `/speech/<pack>#fact-<id>`. */
	pack?: string;
	/** The anchor of the fact on its speech page. */
	anchor: string;
	/** Students who got it wrong (or skipped it). */
	missed: number;
	/** Students asked it. */
	asked: number;
	/** `missed / asked`, 0 to 1. */
	share: number;
}

export interface ClassReport {
	assignmentId: string;
	title: string;
	passMark: number;
	/** Sorted by name. */
	students: StudentRow[];
	questions: QuestionRow[];
	/** Facts missed by at least one student, most missed first. */
	mostMissedFacts: MissedFact[];
	summary: {
		students: number;
		passed: number;
		/** Averages over students, or 0 for an empty class. */
		averagePercent: number;
		medianPercent: number;
		averageDurationSeconds: number;
		/** How many students scored in each tenth: 0–9%, 10–19%, …, 90–100%. */
		distribution: ScoreBand[];
	};
}

/** Students whose score lies from `from` to `to` percent, both included. */
export interface ScoreBand {
	from: number;
	to: number;
	count: number;
}

/** The ten bands of the score distribution; 100% goes in the last, with 90–99. */
export function scoreBands(percents: readonly number[]): ScoreBand[] {
	return Array.from({ length: 10 }, (_, band) => {
		const from = band * 10;
		const to = band === 9 ? 100 : from + 9;
		return { from, to, count: percents.filter((p) => p >= from && p <= to).length };
	});
}

const nameKey = (name: string) => cleanText(name).toLowerCase();

/** Names in alphabetical order whatever their case and accents, the same on every device. */
export const compareNames = (a: string, b: string) =>
	compareText(searchKey(a), searchKey(b)) || compareText(a, b);

interface Scored {
	result: CollectedResult;
	score: ReturnType<typeof scoreAnswers>;
	clockOff: boolean;
}

/**
 * Each student's submissions: one student is a name (ignoring case) from one learner profile,
 * so two students who typed the same name stay apart.
 */
function perStudent(scored: readonly Scored[]): Scored[][] {
	const groups = new Map<string, Scored[]>();
	for (const entry of scored) {
		const key = `${nameKey(entry.result.name)}\n${entry.result.student ?? ''}`;
		groups.set(key, [...(groups.get(key) ?? []), entry]);
	}
	return [...groups.values()];
}

/** Earlier first; the same time (two codes of one second) by id, the same on every device. */
const byTime = (a: Scored, b: Scored) =>
	a.result.submittedAt - b.result.submittedAt || compareText(a.result.id, b.result.id);

/** The submission that counts: times a device could not have given are trusted last. */
function counted(attempts: readonly Scored[], counts: CountedAttempt): Scored {
	const trusted = attempts.filter((entry) => !entry.clockOff);
	const pool = [...(trusted.length ? trusted : attempts)].sort(byTime);
	if (counts === 'first') return pool[0]!;
	if (counts === 'latest') return pool.at(-1)!;
	return pool.reduce((best, entry) => (entry.score.percent >= best.score.percent ? entry : best));
}

/** The wrong answers within a given answer, each as text, with a key that groups alike ones. */
function wrongParts(question: Question, given: GivenAnswer): { key: string; text: string }[] {
	if (given === null) return [];
	switch (question.type) {
		case 'mc':
		case 'tf':
			return typeof given === 'string' && given !== question.answer
				? [{ key: given, text: given }]
				: [];
		case 'typed':
		case 'numeric':
			return typeof given === 'string' ? [{ key: answerKey(given), text: given.trim() }] : [];
		case 'match':
			if (!Array.isArray(given)) return [];
			return given
				.filter((pair): pair is [string, string] => Array.isArray(pair))
				.filter(([left, right]) => question.answer[left] !== right)
				.map(([left, right]) => ({ key: `${left}\u0000${right}`, text: `${left}: ${right}` }));
		case 'order': {
			if (!Array.isArray(given)) return [];
			const text = formatGivenAnswer(question, given);
			return [{ key: text, text }];
		}
	}
}

/** Who chose each option of question `q`, in the question's own order of options. */
function optionShares(
	options: readonly string[],
	answer: string,
	scored: readonly Scored[],
	q: number
): OptionShare[] {
	return options.map((option) => {
		const count = scored.filter(({ result }) => result.answers[q] === option).length;
		return {
			option,
			correct: option === answer,
			count,
			share: scored.length ? count / scored.length : 0
		};
	});
}

function median(values: readonly number[]): number {
	if (!values.length) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const average = (values: readonly number[]) =>
	values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;

/**
 * The report of a class on an assignment. Each student counts once, by the submission `counts`
 * names (the latest when absent). `quiz` is the assignment's quiz as the teacher's device built
 * it; `facts` are the facts it was built from (with their pack, for links to the speech).
 */
export function classReport(
	assignment: Assignment,
	quiz: Quiz,
	results: readonly CollectedResult[],
	facts: readonly ReportFact[],
	{ counts = 'latest', now, accepted = {} }: ReportOptions = {}
): ClassReport {
	const factsById = new Map(facts.map((fact) => [fact.id, fact]));
	const all: Scored[] = results
		.filter((result) => result.assignmentId === assignment.id)
		.map((result) => ({
			result,
			score: scoreAnswers(quiz, result.answers, (id) => factsById.get(id), accepted),
			clockOff:
				result.submittedAt < assignment.createdAt - CLOCK_LEEWAY_MS ||
				(now !== undefined && result.submittedAt > now + CLOCK_LEEWAY_MS)
		}));
	const groups = perStudent(all);
	const scored = groups.map((attempts) => {
		const chosen = counted(attempts, counts);
		return {
			...chosen,
			attempts: attempts.length,
			attemptList: [...attempts].sort(byTime).map((entry) => ({
				id: entry.result.id,
				submittedAt: entry.result.submittedAt,
				clockOff: entry.clockOff,
				correct: entry.score.correct,
				percent: entry.score.percent,
				counted: entry === chosen
			}))
		};
	});
	const names = new Map<string, number>();
	for (const { result } of scored) {
		names.set(nameKey(result.name), (names.get(nameKey(result.name)) ?? 0) + 1);
	}

	const students: StudentRow[] = scored
		.map(({ result, attempts, attemptList, score, clockOff }) => ({
			id: result.id,
			name: result.name,
			correct: score.correct,
			total: score.total,
			percent: score.percent,
			passed: score.percent >= assignment.passMark,
			durationSeconds: result.durationSeconds,
			submittedAt: result.submittedAt,
			late: !clockOff && isPastDue(assignment, result.submittedAt),
			clockOff,
			attempts,
			attemptList,
			sameName: names.get(nameKey(result.name)) ?? 1,
			answers: quiz.questions.map((question, q) => {
				const given = result.answers[q] ?? null;
				const text = formatGivenAnswer(question, given);
				const correct = score.grades[q]?.correct ?? false;
				return {
					given: text,
					answered: text !== 'No answer',
					correct,
					accepted: correct && isAcceptedAnswer(question, given, accepted)
				};
			})
		}))
		.sort(
			(a, b) =>
				compareNames(a.name, b.name) || a.submittedAt - b.submittedAt || compareText(a.id, b.id)
		);

	const questions: QuestionRow[] = quiz.questions.map((question, q) => {
		const wrong = new Map<string, { text: string; count: number }>();
		let answered = 0;
		let correct = 0;
		for (const { result, score } of scored) {
			const given = result.answers[q] ?? null;
			if (given !== null) answered++;
			if (score.grades[q]?.correct) {
				correct++;
				continue;
			}
			for (const { key, text } of wrongParts(question, given)) {
				const entry = wrong.get(key) ?? { text, count: 0 };
				entry.count++;
				wrong.set(key, entry);
			}
		}
		const wrongAnswers = [...wrong.values()]
			.sort((a, b) => b.count - a.count || compareText(a.text, b.text))
			.map(({ text, count }) => ({ answer: text, count }));
		const top = wrongAnswers[0];
		const marks = scored.map(({ score }) => (score.grades[q]?.correct ? 1 : 0));
		const { discrimination, flag } = itemStatistics(
			marks,
			scored.map(({ score }) => score.correct)
		);
		return {
			number: q + 1,
			questionId: question.id,
			type: question.type,
			prompt: question.prompt,
			answer: expectedText(question),
			answered,
			correct,
			shareCorrect: scored.length ? correct / scored.length : 0,
			...(top ? { mostChosenWrong: top } : {}),
			wrongAnswers,
			accepted:
				question.type === 'typed' || question.type === 'numeric'
					? [...(accepted[question.id] ?? [])]
					: [],
			discrimination,
			...(flag ? { flag } : {}),
			...(question.type === 'mc' || question.type === 'tf'
				? { options: optionShares(question.options, question.answer, scored, q) }
				: {}),
			unanswered: scored.length - answered
		};
	});

	const tally = new Map<string, { missed: number; asked: number }>();
	for (const { score } of scored) {
		for (const [q, grade] of score.grades.entries()) {
			for (const { factId, correct } of factOutcomes(quiz.questions[q]!, grade)) {
				const entry = tally.get(factId) ?? { missed: 0, asked: 0 };
				entry.asked++;
				if (!correct) entry.missed++;
				tally.set(factId, entry);
			}
		}
	}
	const mostMissedFacts: MissedFact[] = [...tally]
		.filter(([, { missed }]) => missed > 0)
		.map(([factId, { missed, asked }]) => {
			const fact = factsById.get(factId);
			return {
				factId,
				statement: fact?.statement ?? '',
				quote: fact?.source.quote ?? '',
				paragraph: fact?.source.paragraph ?? 0,
				...(fact?.pack ? { pack: fact.pack } : {}),
				anchor: `fact-${factId}`,
				missed,
				asked,
				share: missed / asked
			};
		})
		.sort((a, b) => b.share - a.share || b.missed - a.missed || compareText(a.factId, b.factId));

	const percents = students.map((student) => student.percent);
	return {
		assignmentId: assignment.id,
		title: assignment.title,
		passMark: assignment.passMark,
		students,
		questions,
		mostMissedFacts,
		summary: {
			students: students.length,
			passed: students.filter((student) => student.passed).length,
			averagePercent: average(percents),
			medianPercent: median(percents),
			averageDurationSeconds: average(students.map((student) => student.durationSeconds)),
			distribution: scoreBands(percents)
		}
	};
}

// --- CSV ------------------------------------------------------------------------------------

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break — and a
 * semicolon or a tab, which spreadsheets in many languages split on, so that `Leyla;=1+1` stays
 * one cell. Text starting with = + - @ (or a tab or carriage return) gets a leading `'`, so a
 * spreadsheet shows a student's "=HYPERLINK(…)" as text instead of running it; so does such a
 * character after a separator or line break inside the text, which a spreadsheet that splits on
 * another separator than ours (and so ignores our quotes) would start a cell with.
 */
export function csvCell(value: string | number | boolean): string {
	if (typeof value !== 'string') return String(value);
	const inner = value.replace(/([,;\t\r\n])(?=[=+\-@\t\r])/g, "$1'");
	const text = /^[=+\-@\t\r]/.test(inner) ? `'${inner}` : inner;
	return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A byte order mark, so that spreadsheets read a CSV file as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** Rows as CSV text with CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number | boolean)[])[]): string {
	return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const isoSeconds = (time: EpochMs) => new Date(time).toISOString().replace('.000Z', 'Z');

/**
 * What a teacher should know about a row before trusting it, in words ('' when nothing): in
 * full for the CSV, short for a table cell on a phone.
 */
export function studentNote(
	row: Pick<StudentRow, 'clockOff' | 'sameName'>,
	form: 'full' | 'short' = 'full'
): string {
	const notes: string[] = [];
	if (row.clockOff) {
		notes.push(
			form === 'full'
				? 'the device’s clock gave a time outside the assignment’s life'
				: 'device clock off'
		);
	}
	if (row.sameName > 1) {
		notes.push(
			form === 'full'
				? `${row.sameName} students with this name (other devices or profiles)`
				: `${row.sameName} with this name`
		);
	}
	return notes.join('; ');
}
const percentOf = (share: number) => Math.round(share * 100);

/**
 * The report as one CSV file: the students, then the questions, then the most-missed facts, each
 * table under a title row and after an empty line. Times are UTC (ISO 8601); durations in seconds.
 */
export function reportToCsv(report: ClassReport, { bom = false } = {}): string {
	return (bom ? CSV_BOM : '') + reportTables(report);
}

function reportTables(report: ClassReport): string {
	return toCsv([
		[`Assignment: ${report.title}`, report.assignmentId],
		[],
		[
			'Student',
			'Correct',
			'Questions',
			'Percent',
			'Passed',
			'Time (s)',
			'Submitted (UTC)',
			'Late',
			'Attempts',
			'Note'
		],
		...report.students.map((s) => [
			s.name,
			s.correct,
			s.total,
			s.percent,
			s.passed ? 'yes' : 'no',
			s.durationSeconds,
			isoSeconds(s.submittedAt),
			s.clockOff ? 'unknown' : s.late ? 'yes' : 'no',
			s.attempts,
			studentNote(s)
		]),
		[],
		[
			'Question',
			'Prompt',
			'Answer',
			'Answered',
			'Correct',
			'Percent correct',
			'Most chosen wrong answer',
			'Chosen by',
			'Facility index',
			'Discrimination index',
			'Accepted answers',
			'Flag'
		],
		...report.questions.map((q) => [
			q.number,
			q.prompt,
			q.answer,
			q.answered,
			q.correct,
			percentOf(q.shareCorrect),
			q.mostChosenWrong?.answer ?? '',
			q.mostChosenWrong?.count ?? '',
			percentOf(q.shareCorrect),
			q.discrimination === null ? '' : percentOf(q.discrimination),
			q.accepted.join(' | '),
			q.flag ?? ''
		]),
		[],
		['Question', 'Option', 'Correct option', 'Chosen by', 'Percent chosen'],
		...report.questions.flatMap((q) => [
			...(q.options ?? []).map((o) => [
				q.number,
				o.option,
				o.correct ? 'yes' : 'no',
				o.count,
				percentOf(o.share)
			]),
			...(q.options
				? [
						[
							q.number,
							'(no answer)',
							'no',
							q.unanswered,
							percentOf(report.students.length ? q.unanswered / report.students.length : 0)
						]
					]
				: [])
		]),
		[],
		['Student', ...report.questions.flatMap((q) => [`Q${q.number} answer`, `Q${q.number} right`])],
		...report.students.map((s) => [
			s.name,
			...s.answers.flatMap((a) => [a.given, a.correct ? 1 : 0])
		]),
		[],
		['Fact', 'Statement', 'Paragraph', 'Missed', 'Asked', 'Percent missed'],
		...report.mostMissedFacts.map((f) => [
			f.factId,
			f.statement,
			f.paragraph,
			f.missed,
			f.asked,
			percentOf(f.share)
		])
	]);
}
