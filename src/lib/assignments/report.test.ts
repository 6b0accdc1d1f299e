import { describe, expect, it } from 'vitest';
import type { GivenAnswer, StudentResult } from './models';
import { classReport, csvCell, reportToCsv, toCsv } from './report';
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
	return classReport(assignment, quiz, results, FIXTURE_FACTS);
}

describe('classReport', () => {
	it('scores each student once, by their latest submission', async () => {
		const report = await fixtureClass();
		expect(report.students).toEqual([
			{
				name: 'Aysel',
				correct: 6,
				total: 6,
				percent: 100,
				passed: true,
				durationSeconds: 754,
				submittedAt: T0 + HOUR,
				late: false,
				attempts: 1
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
				attempts: 1
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
				attempts: 2
			}
		]);
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
			averageDurationSeconds: 0
		});
	});
});

describe('CSV', () => {
	it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a, b')).toBe('"a, b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
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
		expect(csvCell('\tx')).toBe("'\tx");
		expect(csvCell('=HYPERLINK("http://x.example","y")')).toBe(
			`"'=HYPERLINK(""http://x.example"",""y"")"`
		);
		expect(csvCell('a=b')).toBe('a=b');
	});

	it('exports the students, the questions and the missed facts', async () => {
		const report = await fixtureClass();
		const lines = reportToCsv(report).split('\r\n');
		expect(lines[0]).toBe('Assignment: Khojaly and the OIC,aebagbafa2');
		expect(lines[2]).toBe(
			'Student,Correct,Questions,Percent,Passed,Time (s),Submitted (UTC),Late,Attempts'
		);
		expect(lines[3]).toBe('Aysel,6,6,100,yes,754,2025-01-06T10:00:00Z,no,1');
		expect(lines[5]).toBe('murad,1,6,16,no,1200,2025-01-08T08:00:00Z,yes,2');
		expect(lines).toContain('1,Which city hosted the meeting?,Istanbul,3,1,33,Ankara,2');
		expect(lines).toContain('host-city,Statement of host-city.,1,2,3,67');
		expect(lines.at(-1)).toBe('');
	});

	it('keeps a hostile student name as text', async () => {
		const assignment = await fixtureAssignment();
		const report = classReport(
			assignment,
			quiz,
			[makeResult(assignment, { name: '=cmd|"/c calc"!A1' })],
			FIXTURE_FACTS
		);
		expect(reportToCsv(report)).toContain(`"'=cmd|""/c calc""!A1",6,6,100`);
	});
});
