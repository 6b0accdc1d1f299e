import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { quizFingerprint } from '../src/lib/assignments/assignment';
import { FORMAT_VERSION } from '../src/lib/assignments/frame';
import { classReport, reportToCsv } from '../src/lib/assignments/report';
import { decodeJoinCode, joinCodeOf, joinPackOf } from '../src/lib/assignments/join-code';
import { generateSigningKeys, importSigningKeys } from '../src/lib/assignments/keys';
import { collected, encodeResult, normaliseResult } from '../src/lib/assignments/result';
import type { StudentResult } from '../src/lib/assignments/models';
import { bundledFacts } from '../src/lib/content/bundled';
import { parseBackup, type BackupFile } from '../src/lib/db/backup';
import type { GivenAnswer, Question } from '../src/lib/engine/models';
import { buildQuiz } from '../src/lib/engine/quiz';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'teacher-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const keyFile = join(dir, 'teacher-key.json');

interface Outcome {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs one of the tools as a teacher would, with `input` on its standard input. */
async function tool(name: string, args: string[], input?: string): Promise<Outcome> {
	const child = run('npx', ['tsx', `scripts/${name}.ts`, ...args], { encoding: 'utf8' });
	if (input !== undefined) {
		child.child.stdin?.end(input);
	} else {
		child.child.stdin?.end();
	}
	try {
		const { stdout, stderr } = await child;
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

interface Printed {
	id: string;
	link: string;
	joinCode: string;
	shortCode: string | null;
	fingerprint: string;
	formatVersion: number;
	questionIds: string[];
	spec: Parameters<typeof buildQuiz>[1];
	matches?: boolean;
}

const keyFileNow = () => parseBackup(readFileSync(keyFile, 'utf8'));

/** A student's answer: the right one for even questions, a wrong or empty one for odd. */
function answerFor(question: Question, i: number): GivenAnswer {
	if (question.type === 'tf' || question.type === 'mc') {
		const right = question.type === 'tf' ? String(question.answer) : question.answer;
		return i % 2 === 0 ? right : (question.options.find((option) => option !== right) ?? null);
	}
	return null;
}

// Each call starts a tool as a teacher would, in a process of its own: seconds, not milliseconds.
describe('npm run assignment', { timeout: 30_000 }, () => {
	let first: Printed;

	it('makes an assignment, and a key file the app can import, readable by its owner only', async () => {
		const made = await tool('assignment', [
			'--seed',
			'week-1',
			'--count',
			'6',
			'--types',
			'mc,tf',
			'--title',
			'Week 1',
			'--due',
			'2026-12-18',
			'--minutes',
			'20',
			'--pass-mark',
			'50',
			'--key',
			keyFile,
			'--origin',
			'https://school.example.org/study/'
		]);
		expect(made.code, made.stderr).toBe(0);
		expect(made.stderr).toMatch(/Created the teacher key file .*readable by you only/);
		first = JSON.parse(made.stdout) as Printed;
		expect(first.link).toBe(`https://school.example.org/study/assignment#${first.joinCode}`);
		expect(first.formatVersion).toBe(FORMAT_VERSION);
		const quiz = buildQuiz(
			bundledFacts.filter((fact) => fact.pack === 'oic-acm-2017'),
			first.spec
		);
		expect(first.fingerprint).toBe(quizFingerprint(quiz));
		expect(first.questionIds).toEqual(quiz.questions.map((question) => question.id));
		expect(statSync(keyFile).mode & 0o777).toBe(0o600);
		const file = keyFileNow();
		expect(file.learners).toEqual([]);
		expect(file.teacherKeys).toHaveLength(1);
		expect(file.assignments.map((stored) => [stored.id, stored.link])).toEqual([
			[first.id, first.link]
		]);
		expect(file.assignments[0]?.assignment).toMatchObject({
			title: 'Week 1',
			due: '2026-12-18',
			timeLimitMinutes: 20,
			passMark: 50,
			teacherKey: file.teacherKeys[0]?.publicKey
		});
	});

	let second: Printed;

	it('adds later assignments to the same key file, made with the same key', async () => {
		const made = await tool('assignment', ['--seed', '3', '--count', '4', '--key', keyFile]);
		expect(made.code, made.stderr).toBe(0);
		expect(made.stderr).toBe('');
		second = JSON.parse(made.stdout) as Printed;
		// A whole-number seed below 4096 and the default choices fit a short join code.
		expect(second.shortCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		const file = keyFileNow();
		expect(file.assignments).toHaveLength(2);
		expect(file.teacherKeys).toHaveLength(1);
		expect(new URL((JSON.parse(made.stdout) as Printed).link).origin).toBe('http://localhost:4173');
	});

	it('opens a link and rebuilds the very quiz it was made with', async () => {
		const opened = await tool('assignment', ['--open', first.link]);
		expect(opened.code, opened.stderr).toBe(0);
		const printed = JSON.parse(opened.stdout) as Printed;
		expect(printed).toMatchObject({
			id: first.id,
			fingerprint: first.fingerprint,
			questionIds: first.questionIds,
			matches: true
		});
	});

	it('opens a short join code as a student device would, with no key in it', async () => {
		const opened = await tool('assignment', ['--open', second.shortCode!.toLowerCase()]);
		expect(opened.code, opened.stderr).toBe(0);
		const printed = JSON.parse(opened.stdout) as Printed;
		expect(printed).toMatchObject({
			joinCode: null,
			shortCode: second.shortCode,
			questionIds: second.questionIds,
			matches: true
		});
		expect(printed.link).toBe(`http://localhost:4173/assignment#${second.shortCode}`);
	});

	it('refuses bad arguments with a usage line, exit code 1 and no file written', async () => {
		const fresh = join(dir, 'never-written.json');
		const refused = await Promise.all(
			[
				['--count', '5'],
				['--seed', '1', '--count', 'five'],
				['--seed', '1', '--count', '5', '--types', 'essay'],
				['--seed', '1', '--count', '5', '--colour', 'red']
			].map((args) => tool('assignment', [...args, '--key', fresh]))
		);
		for (const failed of refused) {
			expect(failed.code).toBe(1);
			expect(failed.stderr).toContain('Usage: npm run --silent assignment');
			expect(failed.stdout).toBe('');
		}
		const impossible = await tool('assignment', [
			...['--seed', '1', '--count', '40', '--types', 'order', '--key', fresh]
		]);
		expect(impossible.code).toBe(1);
		expect(impossible.stderr).toMatch(/Only \d+ ordering questions can be made/);
		const badDay = await tool('assignment', [
			...['--seed', '1', '--count', '3', '--due', '2026-02-30', '--key', fresh]
		]);
		expect(badDay.stderr).toMatch(/the due date does not exist/);
		expect(existsSync(fresh)).toBe(false);
	});
});

describe('npm run results', { timeout: 30_000 }, () => {
	it('prints the class report the app exports, listing each refused code with why', async () => {
		const file: BackupFile = keyFileNow();
		const stored = file.assignments[0]!;
		const results: StudentResult[] = ['Leyla Mammadova', 'Murad Aliyev'].map((name, s) => ({
			assignmentId: stored.id,
			name,
			answers: stored.quiz.questions.map((question, i) => answerFor(question, i + s)),
			submittedAt: Date.UTC(2026, 11, 10, 9, s),
			durationSeconds: 600 + s
		}));
		const codes = await Promise.all(
			results.map((result) =>
				encodeResult(result, { assignment: stored.assignment, quiz: stored.quiz })
			)
		);
		const other = file.assignments[1]!;
		const foreign = await encodeResult(
			{ ...results[0]!, assignmentId: 'aaaaaaaaaa', answers: other.quiz.questions.map(() => null) },
			{ assignment: { ...other.assignment, id: 'aaaaaaaaaa' }, quiz: other.quiz }
		);
		const damaged = `${codes[0]!.slice(0, 40)}x${codes[0]!.slice(41)}`;
		const codesFile = join(dir, 'codes.txt');
		writeFileSync(codesFile, `${codes[0]}\n${damaged}\n`);

		const read = await tool(
			'results',
			['--key', keyFile, codesFile, '-'],
			`${codes[1]}\n${foreign}\n`
		);
		expect(read.code).toBe(2);
		const expected = classReport(
			stored.assignment,
			stored.quiz,
			await Promise.all(results.map((result) => collected(normaliseResult(result, stored.quiz)))),
			bundledFacts,
			{ now: Date.now() }
		);
		expect(read.stdout).toBe(reportToCsv(expected, { bom: true }));
		const refused = read.stderr.trim().split('\n');
		expect(refused).toEqual([
			expect.stringMatching(/^.*codes\.txt:2: SSR-.*: This result code is mistyped or damaged/),
			expect.stringMatching(/^stdin:2: SSR-.*: Cannot be read: it is for assignment aaaaaaaaaa/),
			'2 result codes read, 2 refused.'
		]);
	});

	it('exits 0 when every code is read, and 1 without a key file', async () => {
		const stored = keyFileNow().assignments[1]!;
		// An hour after the assignment was made: a time the report believes.
		const submittedAt = stored.createdAt - (stored.createdAt % 1000) + 3_600_000;
		const code = await encodeResult(
			{
				assignmentId: stored.id,
				name: 'Aylin',
				answers: stored.quiz.questions.map(() => null),
				submittedAt,
				durationSeconds: 30
			},
			{ assignment: stored.assignment, quiz: stored.quiz }
		);
		const read = await tool('results', ['--key', keyFile], `Aylin's code: ${code}\n`);
		expect(read.code, read.stderr).toBe(0);
		const iso = new Date(submittedAt).toISOString().replace('.000Z', 'Z');
		expect(read.stdout).toContain(`Aylin,0,4,0,no,30,${iso},no,1,\r\n`);
		const missing = await tool('results', [], code);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('Usage: npm run --silent results');
	});

	it('reads the signed results of students who typed the short join code', async () => {
		const stored = keyFileNow().assignments[1]!;
		const pack = joinPackOf(bundledFacts);
		const opened = await decodeJoinCode(joinCodeOf(stored.assignment, pack)!, pack);
		const keys = await generateSigningKeys();
		const signer = { ...keys, privateKey: (await importSigningKeys(keys)).privateKey };
		const code = await encodeResult(
			{
				assignmentId: opened.id,
				name: 'Kamran',
				answers: stored.quiz.questions.map(() => null),
				submittedAt: stored.createdAt - (stored.createdAt % 1000) + 3_600_000,
				durationSeconds: 45
			},
			{ assignment: opened, quiz: stored.quiz, signer }
		);
		const read = await tool('results', ['--key', keyFile], `${code}\n`);
		expect(read.code, read.stderr).toBe(0);
		expect(read.stdout).toContain(`Assignment: ${stored.assignment.title}`);
		expect(read.stdout).toContain('Kamran,0,4,0,no,45,');
		const altered = code.slice(0, 60) + (code[60] === 'A' ? 'B' : 'A') + code.slice(61);
		const refused = await tool('results', ['--key', keyFile], altered);
		expect(refused.code).toBe(2);
	});
});
