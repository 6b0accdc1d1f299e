/**
 * Teacher assignments on this device: the teacher's key pair, the assignments made here (with
 * their quiz and link), the results collected for them, and, on a student's device, the result
 * codes submitted here. Every write is checked against the records' schemas first.
 */
import * as v from 'valibot';
import { cleanText } from '../assignments/assignment';
import { compareText } from '../content/text';
import { answerKey } from '../engine/answers';
import type { EpochMs } from '../scheduling/models';
import type { StudyDB } from './db';
import { guarded, InputError } from './errors';
import {
	TEACHER_KEY_ID,
	type CollectedResult,
	type StoredAssignment,
	type StudentSubmission,
	type TeacherKeyRecord
} from './models';
import {
	CollectedResultSchema,
	StoredAssignmentSchema,
	StudentSubmissionSchema,
	TeacherKeyRecordSchema
} from './records';

/** A key pair as text, as `exportTeacherKeys(await generateTeacherKeyPair())` gives it. */
export interface TeacherKeyText {
	publicKey: string;
	privateKey: string;
}

function checked<T>(schema: v.GenericSchema<T>, value: unknown, what: string): T {
	const result = v.safeParse(schema, value);
	if (!result.success) {
		throw new InputError(`This ${what} cannot be saved: ${v.summarize(result.issues)}`);
	}
	return result.output;
}

/**
 * This device's teacher key pair, made with `generate` the first time. Two tabs asking at once
 * get the same pair: the first one stored wins.
 */
export async function getOrCreateTeacherKeys(
	db: StudyDB,
	options: { generate: () => Promise<TeacherKeyText>; now: EpochMs }
): Promise<TeacherKeyRecord> {
	const existing = await guarded(() => db.teacherKeys.get(TEACHER_KEY_ID));
	if (existing) return existing;
	// Generated outside the transaction: WebCrypto's promises would let it commit early.
	const pair = await options.generate();
	const record = checked(
		TeacherKeyRecordSchema,
		{ id: TEACHER_KEY_ID, ...pair, createdAt: options.now },
		'teacher key'
	);
	return guarded(() =>
		db.transaction('rw', db.teacherKeys, async () => {
			const stored = await db.teacherKeys.get(TEACHER_KEY_ID);
			if (stored) return stored;
			await db.teacherKeys.add(record);
			return record;
		})
	);
}

/** This device's teacher key pair, if it has one yet. */
export async function getTeacherKeys(db: StudyDB): Promise<TeacherKeyRecord | undefined> {
	return guarded(() => db.teacherKeys.get(TEACHER_KEY_ID));
}

/** The key pair whose public key is `publicKey` (an assignment's `teacherKey`), if on this device. */
export async function findTeacherKeys(
	db: StudyDB,
	publicKey: string
): Promise<TeacherKeyRecord | undefined> {
	return guarded(async () =>
		(await db.teacherKeys.toArray()).find((keys) => keys.publicKey === publicKey)
	);
}

/** Saves (or replaces) an assignment made on this device. */
export async function saveAssignment(
	db: StudyDB,
	record: StoredAssignment
): Promise<StoredAssignment> {
	const valid = checked(StoredAssignmentSchema, record, 'assignment');
	await guarded(() => db.assignments.put(valid));
	return valid;
}

/** The assignments made on this device, the newest first. */
export async function listAssignments(db: StudyDB): Promise<StoredAssignment[]> {
	return guarded(() => db.assignments.orderBy('createdAt').reverse().toArray());
}

export async function getAssignment(
	db: StudyDB,
	id: string
): Promise<StoredAssignment | undefined> {
	return guarded(() => db.assignments.get(id));
}

/**
 * Deletes an assignment and every result collected for it, in one transaction. The teacher key
 * stays: other assignments need it. Returns how many results were deleted.
 */
export async function deleteAssignment(db: StudyDB, id: string): Promise<number> {
	return guarded(() =>
		db.transaction('rw', [db.assignments, db.assignmentResults], async () => {
			await db.assignments.delete(id);
			return db.assignmentResults.where('assignmentId').equals(id).delete();
		})
	);
}

/**
 * Accepts `answer` to the typed question `questionId` of assignment `id` as right for everyone
 * (`accept` false: takes it back). Returns the assignment as stored now.
 * @throws {InputError} when the assignment is gone or the question takes no typed answer.
 */
export async function setAcceptedAnswer(
	db: StudyDB,
	id: string,
	questionId: string,
	answer: string,
	accept: boolean
): Promise<StoredAssignment> {
	const text = cleanText(answer);
	return guarded(() =>
		db.transaction('rw', db.assignments, async () => {
			const stored = await db.assignments.get(id);
			if (!stored) throw new InputError('This assignment is no longer on this device.');
			const others = (stored.accepted?.[questionId] ?? []).filter(
				(kept) => answerKey(kept) !== answerKey(text)
			);
			const answers = accept ? [...others, text] : others;
			const accepted = Object.fromEntries(
				Object.entries(stored.accepted ?? {}).filter(([key]) => key !== questionId)
			);
			if (answers.length) accepted[questionId] = answers;
			const record = checked(StoredAssignmentSchema, { ...stored, accepted }, 'accepted answer');
			await db.assignments.put(record);
			return record;
		})
	);
}

/**
 * Stores collected results; those already stored (same id) are left as they are, so importing
 * the same codes again adds nothing. Returns the results added.
 */
export async function importResults(
	db: StudyDB,
	results: readonly CollectedResult[]
): Promise<CollectedResult[]> {
	const valid = results.map((result) => checked(CollectedResultSchema, result, 'result'));
	return guarded(() =>
		db.transaction('rw', db.assignmentResults, async () => {
			const found = await db.assignmentResults.bulkGet(valid.map((result) => result.id));
			const seen = new Set<string>();
			const added = valid.filter((result, i) => {
				if (found[i] || seen.has(result.id)) return false;
				seen.add(result.id);
				return true;
			});
			await db.assignmentResults.bulkAdd(added);
			return added;
		})
	);
}

/**
 * Deletes collected results by id (those of `assignmentId` only), in one transaction. Returns
 * how many were deleted.
 */
export async function deleteResults(
	db: StudyDB,
	assignmentId: string,
	ids: readonly string[]
): Promise<number> {
	return guarded(() =>
		db.transaction('rw', db.assignmentResults, async () => {
			const found = await db.assignmentResults.bulkGet([...ids]);
			const owned = found.filter((result) => result?.assignmentId === assignmentId);
			await db.assignmentResults.bulkDelete(owned.map((result) => result!.id));
			return owned.length;
		})
	);
}

/** The results collected for an assignment, oldest submission first. */
export async function listResults(db: StudyDB, assignmentId: string): Promise<CollectedResult[]> {
	return guarded(async () =>
		(await db.assignmentResults.where('assignmentId').equals(assignmentId).toArray()).sort(
			(a, b) => a.submittedAt - b.submittedAt || compareText(a.id, b.id)
		)
	);
}

/** How many results each assignment has, by assignment id. */
export async function countResults(db: StudyDB): Promise<Map<string, number>> {
	return guarded(async () => {
		const counts = new Map<string, number>();
		await db.assignmentResults.each((result) =>
			counts.set(result.assignmentId, (counts.get(result.assignmentId) ?? 0) + 1)
		);
		return counts;
	});
}

/**
 * A name as a key: trimmed, single-spaced, lower-cased, and joined by the learner profile's
 * token when there is one, so that each profile on a shared phone has its own submissions.
 */
export function submissionNameKey(name: string, student?: string): string {
	const key = cleanText(name).toLowerCase();
	return student ? `${key}\n${student}` : key;
}

/**
 * Keeps the result code a student submitted here. The first submission under a name stays: a
 * second one for the same assignment and name is refused, so reopening the link shows the code.
 * @throws {InputError} when this student already submitted.
 */
export async function saveSubmission(
	db: StudyDB,
	submission: Omit<StudentSubmission, 'nameKey'>,
	{ replace = false }: { replace?: boolean } = {}
): Promise<StudentSubmission> {
	const record = checked(
		StudentSubmissionSchema,
		{ ...submission, nameKey: submissionNameKey(submission.name, submission.student) },
		'submission'
	);
	return guarded(() =>
		db.transaction('rw', db.studentSubmissions, async () => {
			const key: [string, string] = [record.assignmentId, record.nameKey];
			if (!replace && (await db.studentSubmissions.get(key))) {
				throw new InputError(`${record.name} has already submitted this assignment here.`);
			}
			await db.studentSubmissions.put(record);
			return record;
		})
	);
}

/**
 * What the learner profile `student` submitted here under `name` for an assignment, if anything:
 * never another profile's submission of the same name. One saved before profiles had tokens
 * belongs to no profile in particular, and is found by name alone.
 */
export async function getSubmission(
	db: StudyDB,
	assignmentId: string,
	name: string,
	student?: string
): Promise<StudentSubmission | undefined> {
	return guarded(async () => {
		const own = await db.studentSubmissions.get([assignmentId, submissionNameKey(name, student)]);
		if (own || !student) return own;
		const legacy = await db.studentSubmissions.get([assignmentId, submissionNameKey(name)]);
		return legacy?.student === undefined ? legacy : undefined;
	});
}

/** What deleting all data would lose on the teacher's side: say so before doing it. */
export async function teacherDataSummary(
	db: StudyDB
): Promise<{ hasKey: boolean; assignments: number; results: number }> {
	return guarded(async () => ({
		hasKey: (await db.teacherKeys.count()) > 0,
		assignments: await db.assignments.count(),
		results: await db.assignmentResults.count()
	}));
}
