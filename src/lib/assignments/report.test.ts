import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { GivenAnswer, StudentResult } from './models';
import {
	classReport,
	csvCell,
	reportToCsv,
	scoreBands,
	studentNote,
	toCsv,
	type ClassReport,
	type CountedAttempt
} from './report';
import { collected } from './result';
import {
	FIXTURE_FACTS,
	fixtureAssignment,
	fixtureQuiz,
	makeResult,
	RIGHT_ANSWERS,
	T0
} from './testing';

const HOUR = 3_600_000;
const quiz = fixtureQuiz();

/** Three students, figures worked out by hand in the expectations below. */
async function fixtureClass() {
	const assignment = await fixtureAssignment({ due: '2025-01-06' });
	const swapped: GivenAnswer = [
		['Doha', 'The place Cairo'],
		['Baku', 'The place Baku'],
		['Jeddah', 'The place Jeddah'],
		['Cairo', 'The place Doha']
	];
	const results: StudentResult[] = [
		// 6 of 6.
		makeResult(assignment, { name: 'Aysel', submittedAt: T0 + HOUR, durationSeconds: 754 }),
		// 3 of 6: mc, typed and match wrong.
		makeResult(assignment, {
			name: 'Leyla',
			answers: ['Ankara', 'True', 'Medina', '613', swapped, RIGHT_ANSWERS[5]!],
			submittedAt: T0 + 2 * HOUR,
			durationSeconds: 900
		}),
		// An earlier attempt, replaced by the next.
		makeResult(assignment, {
			name: 'Murad',
			answers: RIGHT_ANSWERS.map(() => null),
			submittedAt: T0,
			durationSeconds: 30
		}),
		// 1 of 6, late: only the match right; typed skipped.
		makeResult(assignment, {
			name: 'murad',
			answers: ['Ankara', 'False', null, '600', RIGHT_ANSWERS[4]!, ['First', 'Third', 'Second']],
			submittedAt: Date.UTC(2025, 0, 8, 8),
			durationSeconds: 1200
		}),
		// Another assignment's result is left out.
		makeResult(assignment, { assignmentId: 'aaaaaaaaaa', name: 'Nigar' })
	];
	return classReport(assignment, quiz, await collectedAll(results), FIXTURE_FACTS);
}

const collectedAll = (results: readonly StudentResult[]) =>
	Promise.all(results.map((result) => collected(result)));

/** The rows without their ids (result ids, hashes) and answers (tested on their own). */
const rows = (report: ClassReport) =>
	report.students.map(({ id, answers, attemptList, ...row }) => {
		expect(id).toMatch(/^[\w-]{16}$/);
		expect(answers).toHaveLength(quiz.questions.length);
		expect(attemptList.filter((attempt) => attempt.counted).map((attempt) => attempt.id)).toEqual([
			id
		]);
		return row;
	});

describe('classReport', () => {
	it('scores each student once, by their latest submission', async () => {
		const report = await fixtureClass();
		expect(new Set(report.students.map((student) => student.id)).size).toBe(3);
		expect(rows(report)).toEqual([
			{
				name: 'Aysel',
				correct: 6,
				total: 6,
				percent: 100,
				passed: true,
				durationSeconds: 754,
				submittedAt: T0 + HOUR,
				late: false,
				clockOff: false,
				attempts: 1,
				sameName: 1
			},
			{
				name: 'Leyla',
				correct: 3,
				total: 6,
				percent: 50,
				passed: true,
				durationSeconds: 900,
				submittedAt: T0 + 2 * HOUR,
				late: false,
				clockOff: false,
				attempts: 1,
				sameName: 1
			},
			{
				name: 'murad',
				correct: 1,
				total: 6,
				percent: 16,
				passed: false,
				durationSeconds: 1200,
				submittedAt: Date.UTC(2025, 0, 8, 8),
				late: true,
				clockOff: false,
				attempts: 2,
				sameName: 1
			}
		]);
	});

	it('puts each score in its tenth, 100% with the nineties', async () => {
		const report = await fixtureClass();
		expect(report.summary.distribution.map((band) => band.count)).toEqual([
			0, 1, 0, 0, 0, 1, 0, 0, 0, 1
		]);
		expect(
			scoreBands([0, 9, 10, 99, 100]).map(({ from, to, count }) => `${from}-${to}:${count}`)
		).toEqual([
			'0-9:2',
			'10-19:1',
			'20-29:0',
			'30-39:0',
			'40-49:0',
			'50-59:0',
			'60-69:0',
			'70-79:0',
			'80-89:0',
			'90-100:2'
		]);
	});

	it('lists every attempt of a student, earliest first, and which one counts', async () => {
		const report = await fixtureClass();
		const murad = report.students.find((student) => student.name === 'murad')!;
		expect(murad.attemptList.map((attempt) => ({ ...attempt, id: undefined }))).toEqual([
			{ id: undefined, submittedAt: T0, clockOff: false, correct: 0, percent: 0, counted: false },
			{
				id: undefined,
				submittedAt: Date.UTC(2025, 0, 8, 8),
				clockOff: false,
				correct: 1,
				percent: 16,
				counted: true
			}
		]);
		expect(murad.attemptList[1]!.id).toBe(murad.id);
	});

	it('shows each student’s answers, right or wrong', async () => {
		const report = await fixtureClass();
		const leyla = report.students.find((student) => student.name === 'Leyla')!;
		expect(leyla.answers.map(({ given, correct }) => [given, correct])).toEqual([
			['Ankara', false],
			['True', true],
			['Medina', false],
			['613', true],
			[
				'Doha: The place Cairo; Baku: The place Baku; Jeddah: The place Jeddah; Cairo: The place Doha',
				false
			],
			['1. First; 2. Second; 3. Third', true]
		]);
		const murad = report.students.find((student) => student.name === 'murad')!;
		expect(murad.answers[2]).toEqual({
			given: 'No answer',
			answered: false,
			correct: false,
			accepted: false
		});
	});

	it('regrades everyone when the teacher accepts another typed answer', async () => {
		const assignment = await fixtureAssignment();
		const results = await collectedAll([
			makeResult(assignment, { name: 'Leyla', answers: ['Istanbul', 'True', ' medina '] }),
			makeResult(assignment, { name: 'Nigar', answers: ['Istanbul', 'True', 'Medina'] }),
			makeResult(assignment, { name: 'Rauf', answers: ['Istanbul', 'True', 'Riyadh'] })
		]);
		const before = classReport(assignment, quiz, results, FIXTURE_FACTS);
		// "medina" and "Medina" are one answer, shown as first given.
		expect(before.questions[2]!.wrongAnswers).toEqual([
			{ answer: 'medina', count: 2 },
			{ answer: 'Riyadh', count: 1 }
		]);
		const after = classReport(assignment, quiz, results, FIXTURE_FACTS, {
			accepted: { 'typed:summit-town': ['Medina'] }
		});
		expect(after.students.map((s) => [s.name, s.correct])).toEqual([
			['Leyla', 3],
			['Nigar', 3],
			['Rauf', 2]
		]);
		expect(after.students[0]!.answers[2]).toMatchObject({ correct: true, accepted: true });
		expect(after.questions[2]).toMatchObject({
			correct: 2,
			accepted: ['Medina'],
			wrongAnswers: [{ answer: 'Riyadh', count: 1 }]
		});
		// The facts follow the regrade: the summit town is missed by one student now, not three.
		expect(after.mostMissedFacts.find((f) => f.factId === 'summit-town')?.missed).toBe(1);
		// Only typed and numeric questions take accepted answers.
		const mc = classReport(assignment, quiz, results, FIXTURE_FACTS, {
			accepted: { 'mc:host-city': ['Ankara'], 'typed:summit-town': [''] }
		});
		expect(mc.students.map((s) => s.correct)).toEqual([2, 2, 2]);
	});

	it('counts each option of a multiple-choice question and the skips', async () => {
		const report = await fixtureClass();
		expect(report.questions[0]!.options).toEqual([
			{ option: 'Ankara', correct: false, count: 2, share: 2 / 3 },
			{ option: 'Istanbul', correct: true, count: 1, share: 1 / 3 },
			{ option: 'Baku', correct: false, count: 0, share: 0 },
			{ option: 'Tehran', correct: false, count: 0, share: 0 }
		]);
		expect(report.questions[1]!.options?.map((o) => o.count)).toEqual([2, 1]);
		expect(report.questions[2]!.unanswered).toBe(1);
		expect(report.questions[2]!.options).toBeUndefined();
		// Three students are too few to tell a discrimination.
		expect(report.questions.map((q) => q.discrimination)).toEqual(report.questions.map(() => null));
	});

	it('gives Moodle’s discrimination index and flags a question the strong got wrong', async () => {
		const assignment = await fixtureAssignment();
		const wrongFirst = (rightCount: number, mcRight: boolean): GivenAnswer[] =>
			RIGHT_ANSWERS.map((answer, i) =>
				i === 0 ? (mcRight ? 'Istanbul' : 'Ankara') : i <= rightCount ? answer : null
			);
		// Totals 5,4,4,2,1 with the multiple-choice question right only for the three weakest
		// (the worked example of item-analysis.test.ts): r = -3.8 / √(1.2 × 17.2).
		const results = await collectedAll([
			makeResult(assignment, { name: 'A', answers: wrongFirst(5, false) }),
			makeResult(assignment, { name: 'B', answers: wrongFirst(4, false) }),
			makeResult(assignment, { name: 'C', answers: wrongFirst(3, true) }),
			makeResult(assignment, { name: 'D', answers: wrongFirst(1, true) }),
			makeResult(assignment, { name: 'E', answers: wrongFirst(0, true) })
		]);
		const report = classReport(assignment, quiz, results, FIXTURE_FACTS);
		expect(report.students.map((s) => s.correct)).toEqual([5, 4, 4, 2, 1]);
		expect(report.questions[0]!.shareCorrect).toBe(0.6);
		expect(report.questions[0]!.discrimination).toBeCloseTo(-3.8 / Math.sqrt(1.2 * 17.2), 12);
		expect(report.questions[0]!.flag).toMatch(/Stronger students/);
		// Question 2 is right for A to D: the rest of the quiz is 4,3,3,1 against E's 1.
		expect(report.questions[1]!.discrimination).toBeGreaterThan(0.3);
		expect(report.questions[1]!.flag).toBeUndefined();
	});

	it('keeps apart two students who typed the same name on different profiles', async () => {
		const assignment = await fixtureAssignment();
		const results = await collectedAll([
			makeResult(assignment, { name: 'Leyla', student: 'aaaaaaaa' }),
			makeResult(assignment, { name: 'leyla', student: 'bbbbbbbb', answers: [] }),
			// The same second, the same name and no token: two results, two ids.
			makeResult(assignment, { name: 'Nigar' }),
			makeResult(assignment, { name: 'Nigar', durationSeconds: 5 })
		]);
		const report = classReport(assignment, quiz, results, FIXTURE_FACTS);
		expect(
			report.students.map(({ name, sameName, attempts }) => [name, sameName, attempts])
		).toEqual([
			['Leyla', 2, 1],
			['leyla', 2, 1],
			['Nigar', 1, 2]
		]);
		expect(new Set(report.students.map((student) => student.id)).size).toBe(3);
		expect(studentNote(report.students[0]!)).toBe(
			'2 students with this name (other devices or profiles)'
		);
		expect(studentNote(report.students[0]!, 'short')).toBe('2 with this name');
		expect(studentNote({ clockOff: true, sameName: 3 }, 'short')).toBe(
			'device clock off; 3 with this name'
		);
	});

	it('never trusts a time outside the assignment’s life for the latest, or for late', async () => {
		const assignment = await fixtureAssignment({ due: '2025-01-06' });
		const now = T0 + 3 * 24 * HOUR;
		const results = await collectedAll([
			makeResult(assignment, { name: 'Leyla', student: 'aaaaaaaa', submittedAt: T0 + HOUR }),
			// A blank result from the same profile, its clock set to 2099: it cannot replace the real one.
			makeResult(assignment, {
				name: 'Leyla',
				student: 'aaaaaaaa',
				answers: RIGHT_ANSWERS.map(() => null),
				submittedAt: Date.UTC(2099, 0, 1)
			}),
			// Only a time before the assignment was made: shown, flagged, not called late.
			makeResult(assignment, { name: 'Murad', submittedAt: T0 - 30 * 24 * HOUR })
		]);
		const report = classReport(assignment, quiz, results, FIXTURE_FACTS, { now });
		const [leyla, murad] = report.students;
		expect(leyla).toMatchObject({ percent: 100, attempts: 2, clockOff: false, late: false });
		expect(murad).toMatchObject({ clockOff: true, late: false });
		expect(reportToCsv(report)).toContain(
			',unknown,1,the device’s clock gave a time outside the assignment’s life'
		);
	});

	it('counts the latest, the first or the best attempt, as the teacher chooses', async () => {
		const assignment = await fixtureAssignment();
		const results = await collectedAll([
			makeResult(assignment, { name: 'Murad', submittedAt: T0 + HOUR }),
			makeResult(assignment, {
				name: 'Murad',
				answers: RIGHT_ANSWERS.map(() => null),
				submittedAt: T0 + 2 * HOUR
			}),
			makeResult(assignment, {
				name: 'Murad',
				answers: ['Ankara', ...RIGHT_ANSWERS.slice(1)],
				submittedAt: T0 + 3 * HOUR
			})
		]);
		const percent = (counts: CountedAttempt) =>
			classReport(assignment, quiz, results, FIXTURE_FACTS, { counts }).students.map((student) => [
				student.percent,
				student.submittedAt
			]);
		expect(percent('latest')).toEqual([[83, T0 + 3 * HOUR]]);
		expect(percent('first')).toEqual([[100, T0 + HOUR]]);
		expect(percent('best')).toEqual([[100, T0 + HOUR]]);
	});

	it('gives per question the share right and the most chosen wrong answer', async () => {
		const { questions } = await fixtureClass();
		expect(
			questions.map(({ number, answered, correct, shareCorrect, mostChosenWrong }) => ({
				number,
				answered,
				correct,
				shareCorrect,
				mostChosenWrong
			}))
		).toEqual([
			{
				number: 1,
				answered: 3,
				correct: 1,
				shareCorrect: 1 / 3,
				mostChosenWrong: { answer: 'Ankara', count: 2 }
			},
			{
				number: 2,
				answered: 3,
				correct: 2,
				shareCorrect: 2 / 3,
				mostChosenWrong: { answer: 'False', count: 1 }
			},
			{
				number: 3,
				answered: 2,
				correct: 1,
				shareCorrect: 1 / 3,
				mostChosenWrong: { answer: 'Medina', count: 1 }
			},
			{
				number: 4,
				answered: 3,
				correct: 2,
				shareCorrect: 2 / 3,
				mostChosenWrong: { answer: '600', count: 1 }
			},
			{
				number: 5,
				answered: 3,
				correct: 2,
				shareCorrect: 2 / 3,
				mostChosenWrong: { answer: 'Cairo: The place Doha', count: 1 }
			},
			{
				number: 6,
				answered: 3,
				correct: 2,
				shareCorrect: 2 / 3,
				mostChosenWrong: { answer: '1. First; 2. Third; 3. Second', count: 1 }
			}
		]);
		expect(questions[0]).toMatchObject({ questionId: 'mc:host-city', answer: 'Istanbul' });
		expect(questions[4]!.answer).toBe(
			'Doha: The place Doha; Baku: The place Baku; Jeddah: The place Jeddah; Cairo: The place Cairo'
		);
	});

	it('lists the facts most missed first, each with its place in the speech', async () => {
		const { mostMissedFacts } = await fixtureClass();
		expect(mostMissedFacts.map(({ factId, missed, asked }) => [factId, missed, asked])).toEqual([
			['host-city', 2, 3],
			['summit-town', 2, 3],
			['founding', 1, 3],
			['m-cairo', 1, 3],
			['m-doha', 1, 3],
			['o-second', 1, 3],
			['o-third', 1, 3],
			['victims', 1, 3]
		]);
		expect(mostMissedFacts[0]).toEqual({
			factId: 'host-city',
			statement: 'Statement of host-city.',
			quote: 'quote of host-city',
			paragraph: 1,
			pack: 'test-pack',
			anchor: 'fact-host-city',
			missed: 2,
			asked: 3,
			share: 2 / 3
		});
	});

	it('sums up the class', async () => {
		const { summary } = await fixtureClass();
		expect(summary.students).toBe(3);
		expect(summary.passed).toBe(2);
		expect(summary.averagePercent).toBeCloseTo((100 + 50 + 16) / 3);
		expect(summary.medianPercent).toBe(50);
		expect(summary.averageDurationSeconds).toBeCloseTo((754 + 900 + 1200) / 3);
	});

	it('reports an empty class without dividing by zero', async () => {
		const report = classReport(await fixtureAssignment(), quiz, [], FIXTURE_FACTS);
		expect(report.students).toEqual([]);
		expect(report.questions.every((q) => q.shareCorrect === 0 && !q.mostChosenWrong)).toBe(true);
		expect(report.mostMissedFacts).toEqual([]);
		expect(report.summary).toEqual({
			students: 0,
			passed: 0,
			averagePercent: 0,
			medianPercent: 0,
			averageDurationSeconds: 0,
			distribution: scoreBands([])
		});
		expect(report.summary.distribution.every((band) => band.count === 0)).toBe(true);
		expect(report.questions.every((q) => q.discrimination === null && !q.flag)).toBe(true);
	});
});

describe('CSV', () => {
	it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a, b')).toBe('"a, b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		// Split on by spreadsheets set to other languages' separators.
		expect(csvCell('Leyla;=1+1')).toBe(`"Leyla;'=1+1"`);
		expect(csvCell('Leyla;1+1')).toBe('"Leyla;1+1"');
		expect(csvCell('a\tb')).toBe('"a\tb"');
		expect(csvCell(42)).toBe('42');
		expect(
			toCsv([
				['a', 1],
				['b', 2]
			])
		).toBe('a,1\r\nb,2\r\n');
	});

	it('neutralises text a spreadsheet would run as a formula', () => {
		expect(csvCell('=1+1')).toBe("'=1+1");
		expect(csvCell('+7')).toBe("'+7");
		expect(csvCell('-2')).toBe("'-2");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tx')).toBe(`"'\tx"`);
		expect(csvCell('\rx')).toBe(`"'\rx"`);
		expect(csvCell('=HYPERLINK("http://x.example","y")')).toBe(
			`"'=HYPERLINK(""http://x.example"",""y"")"`
		);
		expect(csvCell('a=b')).toBe('a=b');
	});

	it('reads back cell by cell with a real CSV parser, and runs no formula whatever the separator', () => {
		const cell = fc.string({
			unit: fc.constantFrom(
				'a',
				'é',
				' ',
				'=',
				'+',
				'-',
				'@',
				',',
				';',
				'\t',
				'\r',
				'\n',
				'"',
				"'"
			),
			maxLength: 8
		});
		const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), {
			minLength: 1,
			maxLength: 4
		});
		const noApostrophes = (text: string) => text.replaceAll("'", '');
		fc.assert(
			fc.property(table, (rows) => {
				const text = toCsv(rows);
				const read = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n' });
				expect(read.errors).toEqual([]);
				// Every row and cell as written; the guard only ever adds an apostrophe.
				expect(read.data.slice(0, -1).map((row) => row.map(noApostrophes))).toEqual(
					rows.map((row) => row.map(noApostrophes))
				);
				expect(read.data.at(-1)).toEqual(['']);
				// A spreadsheet that splits on another separator (and so not on our quotes).
				for (const delimiter of [',', ';', '\t']) {
					for (const line of text.split(/\r\n|\r|\n/)) {
						for (const field of line.split(delimiter)) {
							expect(field.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
						}
					}
				}
			}),
			{ numRuns: 300 }
		);
		const exact = Papa.parse<string[]>(toCsv([['Leyla;=1+1', 'a\tb', '=SUM(A1)', 'say "hi"']]), {
			delimiter: ','
		}).data[0];
		expect(exact).toEqual(["Leyla;'=1+1", 'a\tb', "'=SUM(A1)", 'say "hi"']);
	});

	it('exports the students, the questions and the missed facts', async () => {
		const report = await fixtureClass();
		const lines = reportToCsv(report).split('\r\n');
		expect(lines[0]).toBe('Assignment: Khojaly and the OIC,aebagbafa2');
		expect(lines[2]).toBe(
			'Student,Correct,Questions,Percent,Passed,Time (s),Submitted (UTC),Late,Attempts,Note'
		);
		expect(lines[3]).toBe('Aysel,6,6,100,yes,754,2025-01-06T10:00:00Z,no,1,');
		expect(lines[5]).toBe('murad,1,6,16,no,1200,2025-01-08T08:00:00Z,yes,2,');
		expect(lines).toContain('1,Which city hosted the meeting?,Istanbul,3,1,33,Ankara,2,33,,,');
		expect(lines).toContain('Question,Option,Correct option,Chosen by,Percent chosen');
		expect(lines).toContain('1,Ankara,no,2,67');
		expect(lines).toContain('1,Istanbul,yes,1,33');
		expect(lines).toContain('1,(no answer),no,0,0');
		expect(lines).toContain('2,(no answer),no,0,0');
		expect(lines.some((line) => line.startsWith('3,(no answer)'))).toBe(false);
		expect(lines).toContain(
			'Student,' + quiz.questions.map((_, i) => `Q${i + 1} answer,Q${i + 1} right`).join(',')
		);
		expect(lines).toContain(
			'Leyla,Ankara,0,True,1,Medina,0,613,1,' +
				'"Doha: The place Cairo; Baku: The place Baku; Jeddah: The place Jeddah; Cairo: The place Doha",0,' +
				'"1. First; 2. Second; 3. Third",1'
		);
		expect(lines).toContain('host-city,Statement of host-city.,1,2,3,67');
		expect(lines.at(-1)).toBe('');
	});

	it('keeps a hostile student name as text', async () => {
		const assignment = await fixtureAssignment();
		const report = classReport(
			assignment,
			quiz,
			await collectedAll([makeResult(assignment, { name: '=cmd|"/c calc"!A1' })]),
			FIXTURE_FACTS
		);
		expect(reportToCsv(report)).toContain(`"'=cmd|""/c calc""!A1",6,6,100`);
	});
});
