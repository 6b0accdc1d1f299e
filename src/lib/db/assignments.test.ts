import { describe, expect, it } from 'vitest';
import { makeAssignment, newAssignmentId } from '../assignments/assignment';
import { exportTeacherKeys } from '../assignments/keys';
import { collected } from '../assignments/result';
import { DRAFT, makeResult, teacherKeys } from '../assignments/testing';
import {
	countResults,
	deleteAssignment,
	deleteResults,
	findTeacherKeys,
	getAssignment,
	getOrCreateTeacherKeys,
	getSubmission,
	getTeacherKeys,
	importResults,
	listAssignments,
	listResults,
	saveAssignment,
	saveSubmission,
	setAcceptedAnswer,
	teacherDataSummary
} from './assignments';
import type { StudyDB } from './db';
import { InputError } from './errors';
import type { StoredAssignment } from './models';
import { freshDB, storedAssignment, T0 } from './testing';

const OTHER_ID = newAssignmentId(new Uint8Array([9, 9, 9, 9, 9, 9]));

/** The test teacher's key pair as text, counting how often it was generated. */
function keyGenerator() {
	const generator = {
		calls: 0,
		generate: async () => {
			generator.calls++;
			return exportTeacherKeys(await teacherKeys());
		}
	};
	return generator;
}

async function withAssignment(): Promise<{ db: StudyDB; stored: StoredAssignment }> {
	const db = await freshDB();
	const stored = await saveAssignment(db, await storedAssignment());
	return { db, stored };
}

describe('teacher keys', () => {
	it('are made once per device and then read back', async () => {
		const db = await freshDB();
		const keys = keyGenerator();
		expect(await getTeacherKeys(db)).toBeUndefined();
		const first = await getOrCreateTeacherKeys(db, { generate: keys.generate, now: T0 });
		const again = await getOrCreateTeacherKeys(db, { generate: keys.generate, now: T0 + 1 });
		expect(again).toEqual(first);
		expect(first).toMatchObject({ id: 'teacher', createdAt: T0 });
		expect(keys.calls).toBe(1);
		expect(await findTeacherKeys(db, first.publicKey)).toEqual(first);
		expect(await findTeacherKeys(db, 'another-key')).toBeUndefined();
	});

	it('are the same pair when two callers ask at once', async () => {
		const db = await freshDB();
		const keys = keyGenerator();
		const [a, b] = await Promise.all([
			getOrCreateTeacherKeys(db, { generate: keys.generate, now: T0 }),
			getOrCreateTeacherKeys(db, { generate: keys.generate, now: T0 })
		]);
		expect(a).toEqual(b);
		expect(await db.teacherKeys.count()).toBe(1);
	});

	it('refuse a damaged pair without storing it', async () => {
		const db = await freshDB();
		const generate = async () => ({ publicKey: 'short', privateKey: 'x' });
		await expect(getOrCreateTeacherKeys(db, { generate, now: T0 })).rejects.toBeInstanceOf(
			InputError
		);
		expect(await db.teacherKeys.count()).toBe(0);
	});
});

describe('assignments', () => {
	it('are saved, listed newest first, read and deleted with their results', async () => {
		const db = await freshDB();
		const older = await saveAssignment(db, await storedAssignment({ title: 'Older' }));
		const newer = await saveAssignment(
			db,
			await storedAssignment({ title: 'Newer', id: OTHER_ID, createdAt: T0 + 60_000 })
		);
		expect((await listAssignments(db)).map((stored) => stored.assignment.title)).toEqual([
			'Newer',
			'Older'
		]);
		expect(await getAssignment(db, older.id)).toEqual(older);

		await importResults(db, [await collected(makeResult(older.assignment))]);
		expect(await deleteAssignment(db, older.id)).toBe(1);
		expect(await getAssignment(db, older.id)).toBeUndefined();
		expect(await listResults(db, older.id)).toEqual([]);
		expect(await listAssignments(db)).toEqual([newer]);
	});

	it('are read back exactly as saved, keys in their order, so the quiz still fingerprints', async () => {
		const db = await freshDB();
		const stored = await storedAssignment();
		// Keys in an order no schema would rebuild them in.
		const quiz = {
			questions: stored.quiz.questions.map((question) =>
				Object.fromEntries(Object.entries(question).reverse())
			),
			spec: stored.quiz.spec
		} as StoredAssignment['quiz'];
		const reordered = await storedAssignment();
		const assignment = makeAssignment(
			{ ...DRAFT },
			{ id: reordered.id, teacherKey: reordered.assignment.teacherKey, quiz, now: T0 }
		);
		const record = { ...reordered, assignment, quiz };
		await saveAssignment(db, record);
		expect(JSON.stringify(await getAssignment(db, record.id))).toBe(JSON.stringify(record));
	});

	it('keep the typed answers the teacher accepted, and take one back', async () => {
		const { db, stored } = await withAssignment();
		await setAcceptedAnswer(db, stored.id, 'typed:summit-town', ' Medina ', true);
		await setAcceptedAnswer(db, stored.id, 'typed:summit-town', 'Jeddah', true);
		// The same answer again, in other case, is not kept twice.
		await setAcceptedAnswer(db, stored.id, 'typed:summit-town', 'medina', true);
		expect((await getAssignment(db, stored.id))?.accepted).toEqual({
			'typed:summit-town': ['Jeddah', 'medina']
		});
		await setAcceptedAnswer(db, stored.id, 'typed:summit-town', 'MEDINA', false);
		await setAcceptedAnswer(db, stored.id, 'typed:summit-town', 'Jeddah', false);
		expect((await getAssignment(db, stored.id))?.accepted).toEqual({});
		// A question that takes no typed answer, or one not in the quiz, is refused.
		await expect(setAcceptedAnswer(db, stored.id, 'mc:host-city', 'Ankara', true)).rejects.toThrow(
			'accepted answers must be for typed questions of the quiz'
		);
		await expect(
			setAcceptedAnswer(db, 'AAAAAAAAAA', 'typed:summit-town', 'x', true)
		).rejects.toThrow('no longer on this device');
		expect((await getAssignment(db, stored.id))?.accepted).toEqual({});
	});

	it('refuse a stored quiz that is not the assignment’s', async () => {
		const db = await freshDB();
		const stored = await storedAssignment();
		const quiz = { ...stored.quiz, questions: stored.quiz.questions.slice(1) };
		await expect(saveAssignment(db, { ...stored, quiz })).rejects.toThrow(
			'the quiz is not the one the assignment was made with'
		);
		expect(await listAssignments(db)).toEqual([]);
	});
});

describe('collected results', () => {
	it('are imported once, however often the same ones come again', async () => {
		const { db, stored } = await withAssignment();
		const aysel = await collected(makeResult(stored.assignment));
		const murad = await collected(
			makeResult(stored.assignment, { name: 'Murad', submittedAt: T0 + 7_200_000 })
		);
		expect(await importResults(db, [aysel])).toEqual([aysel]);
		expect(await importResults(db, [aysel, murad, murad])).toEqual([murad]);
		expect(await importResults(db, [aysel, murad])).toEqual([]);
		expect(await listResults(db, stored.id)).toEqual([aysel, murad]);
		expect(await countResults(db)).toEqual(new Map([[stored.id, 2]]));
		expect(await teacherDataSummary(db)).toEqual({ hasKey: false, assignments: 1, results: 2 });
	});

	it('are deleted one by one or all at once, never another assignment’s', async () => {
		const { db, stored } = await withAssignment();
		const other = await saveAssignment(db, { ...(await storedAssignment({ id: OTHER_ID })) });
		const aysel = await collected(makeResult(stored.assignment));
		const murad = await collected(makeResult(stored.assignment, { name: 'Murad' }));
		const foreign = await collected(makeResult(other.assignment, { name: 'Nigar' }));
		await importResults(db, [aysel, murad, foreign]);
		expect(await deleteResults(db, stored.id, [aysel.id, foreign.id, 'no-such-id'])).toBe(1);
		expect(await listResults(db, stored.id)).toEqual([murad]);
		expect(await listResults(db, other.id)).toEqual([foreign]);
		expect(await deleteResults(db, stored.id, [murad.id])).toBe(1);
		expect(await listResults(db, stored.id)).toEqual([]);
	});

	it('store nothing when one of them is malformed', async () => {
		const { db, stored } = await withAssignment();
		const good = await collected(makeResult(stored.assignment));
		const bad = { ...good, id: 'other', name: '' };
		await expect(importResults(db, [good, bad])).rejects.toBeInstanceOf(InputError);
		expect(await listResults(db, stored.id)).toEqual([]);
	});
});

describe('a student’s submissions', () => {
	const submission = {
		assignmentId: 'AEBAGBAFAY',
		name: 'Leyla Aliyeva',
		code: 'SSR-abc_DEF-123',
		submittedAt: T0,
		durationSeconds: 300,
		correct: 4,
		total: 6
	};

	it('are found again by assignment and name, whatever the case and spacing', async () => {
		const db = await freshDB();
		const saved = await saveSubmission(db, submission);
		expect(saved.nameKey).toBe('leyla aliyeva');
		expect(await getSubmission(db, submission.assignmentId, '  LEYLA   aliyeva ')).toEqual(saved);
		expect(await getSubmission(db, submission.assignmentId, 'Murad')).toBeUndefined();
		expect(await getSubmission(db, OTHER_ID, 'Leyla Aliyeva')).toBeUndefined();
	});

	it('keep the first code: a second submission under the same name is refused', async () => {
		const db = await freshDB();
		await saveSubmission(db, submission);
		await expect(
			saveSubmission(db, { ...submission, name: 'leyla aliyeva', code: 'SSR-other' })
		).rejects.toThrow(/already submitted this assignment/);
		expect((await getSubmission(db, submission.assignmentId, 'Leyla Aliyeva'))?.code).toBe(
			submission.code
		);
	});

	it('where retries are allowed, keep the latest code instead of refusing it', async () => {
		const db = await freshDB();
		await saveSubmission(db, submission);
		const again = {
			...submission,
			code: 'SSR-again',
			submittedAt: submission.submittedAt + 60_000
		};
		await saveSubmission(db, again, { replace: true });
		expect((await getSubmission(db, submission.assignmentId, submission.name))?.code).toBe(
			'SSR-again'
		);
	});

	it('on a shared phone, are each profile’s own: the same name typed on another is another student', async () => {
		const db = await freshDB();
		const first = await saveSubmission(db, { ...submission, student: 'aaaaaaaa' });
		const id = submission.assignmentId;
		expect(await getSubmission(db, id, 'Leyla Aliyeva', 'aaaaaaaa')).toEqual(first);
		// Another profile sees nothing, and its own submission under that name is kept apart.
		expect(await getSubmission(db, id, 'Leyla Aliyeva', 'bbbbbbbb')).toBeUndefined();
		const second = await saveSubmission(db, {
			...submission,
			code: 'SSR-second',
			student: 'bbbbbbbb'
		});
		expect(await getSubmission(db, id, 'leyla aliyeva', 'bbbbbbbb')).toEqual(second);
		expect((await getSubmission(db, id, 'Leyla Aliyeva', 'aaaaaaaa'))?.code).toBe(submission.code);
	});

	it('saved before profiles had tokens, are found by name from any profile', async () => {
		const db = await freshDB();
		const legacy = await saveSubmission(db, submission);
		expect(await getSubmission(db, submission.assignmentId, 'Leyla Aliyeva', 'aaaaaaaa')).toEqual(
			legacy
		);
	});
});
