import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DAY_MS } from '../scheduling/time';
import {
	BACKUP_FORMAT,
	backupFileName,
	exportBackup,
	importBackup,
	importBackupText,
	NO_RECORDS,
	parseBackup,
	serializeBackup,
	type BackupFile
} from './backup';
import type { StudyDB } from './db';
import { BackupError } from './errors';
import {
	createLearner,
	deleteLearner,
	FIRST_LEARNER_NAME,
	getActiveLearnerId,
	listLearners
} from './learners';
import { gradeCard } from './reviews';
import { freshDB, populatedDB, scheduler, T0 } from './testing';
import { exportTeacherKeys, generateTeacherKeyPair } from '../assignments/keys';
import { getOrCreateTeacherKeys } from './assignments';

const EXPORTED_AT = T0 + DAY_MS;

async function wipe(db: StudyDB): Promise<void> {
	await Promise.all(db.tables.map((table) => table.clear()));
}

async function snapshot(db: StudyDB) {
	return exportBackup(db, { now: EXPORTED_AT });
}

describe('backup round trip', () => {
	it('exports, wipes, imports and gets back exactly what it had', async () => {
		const db = await populatedDB();
		const before = await snapshot(db);
		const dailyBefore = await db.dailyStats.toArray();
		expect(before.learners).toHaveLength(2);
		expect(before.reviewLog.length).toBeGreaterThan(6);

		const text = serializeBackup(before);
		await wipe(db);
		const counts = await importBackup(db, parseBackup(text));

		expect(await snapshot(db)).toEqual(before);
		expect(await db.dailyStats.toArray()).toEqual(dailyBefore);
		expect(counts).toMatchObject({
			learners: 2,
			settings: 2,
			cardStates: before.cardStates.length,
			reviews: before.reviewLog.length,
			quizAttempts: 2,
			teacherKeys: 1,
			assignments: 1,
			assignmentResults: 2,
			studentSubmissions: 1
		});
		expect(before.teacherKeys).toHaveLength(1);
		expect(await getActiveLearnerId(db)).toBe(before.learners[0]?.id);
	});

	it('duplicates nothing when the same backup is imported twice', async () => {
		const db = await populatedDB();
		const before = await snapshot(db);
		const file = parseBackup(serializeBackup(before));
		expect(await importBackup(db, file)).toEqual({
			...NO_RECORDS,
			// Everything was here already: the summary says so, kind by kind.
			inFile: expect.objectContaining({ learners: 2, reviews: before.reviewLog.length })
		});
		const dailyBefore = await db.dailyStats.toArray();
		await importBackup(db, file);
		expect(await snapshot(db)).toEqual(before);
		expect(await db.dailyStats.toArray()).toEqual(dailyBefore);
	});

	it('on a new device, replaces the unused first learner instead of adding a second one', async () => {
		const db = await populatedDB();
		const file = parseBackup(serializeBackup(await snapshot(db)));
		await wipe(db);
		const me = await createLearner(db, { name: FIRST_LEARNER_NAME, now: EXPORTED_AT });
		const counts = await importBackup(db, file);
		expect(counts.replaced).toBe(FIRST_LEARNER_NAME);
		const names = (await listLearners(db)).map((learner) => learner.name);
		expect(names).toEqual(file.learners.map((learner) => learner.name));
		expect(await db.learnerSettings.get(me.id)).toBeUndefined();
		expect(await getActiveLearnerId(db)).toBe(file.learners[0]?.id);
	});

	it('keeps a first learner who has studied, and one of another name', async () => {
		const db = await populatedDB();
		const file = parseBackup(serializeBackup(await snapshot(db)));
		for (const name of [FIRST_LEARNER_NAME, 'Leyla']) {
			await wipe(db);
			const here = await createLearner(db, { name, now: EXPORTED_AT });
			if (name === FIRST_LEARNER_NAME) {
				await db.cardStates.put({ ...file.cardStates[0]!, learnerId: here.id });
			}
			const counts = await importBackup(db, file);
			expect(counts.replaced).toBeUndefined();
			expect((await listLearners(db)).map((learner) => learner.id)).toContain(here.id);
			expect(await getActiveLearnerId(db)).toBe(here.id);
		}
	});

	it('exports one learner only, and brings a deleted learner back', async () => {
		const db = await populatedDB();
		const all = await snapshot(db);
		const amir = all.learners.find((learner) => learner.name === 'Amir')!;
		const one = await exportBackup(db, { learnerIds: [amir.id], now: EXPORTED_AT });
		expect(one.learners).toEqual([amir]);
		expect(one.reviewLog.every((review) => review.learnerId === amir.id)).toBe(true);
		expect(one.settings).toEqual([
			{ learnerId: amir.id, desiredRetention: 0.85, newPerDay: 5, theme: 'dark' }
		]);

		await deleteLearner(db, amir.id);
		await importBackup(db, parseBackup(serializeBackup(one)));
		expect(await snapshot(db)).toEqual(all);
	});

	it('leaves the teacher’s key and results out of one learner’s backup, unless asked', async () => {
		const db = await populatedDB();
		const [leyla] = (await snapshot(db)).learners;
		const one = await exportBackup(db, { learnerIds: [leyla!.id], now: EXPORTED_AT });
		expect([one.teacherKeys, one.assignments, one.assignmentResults]).toEqual([[], [], []]);
		const withKey = await exportBackup(db, {
			learnerIds: [leyla!.id],
			includeAssignments: true,
			now: EXPORTED_AT
		});
		expect(withKey.teacherKeys).toHaveLength(1);
		expect(withKey.assignmentResults).toHaveLength(2);
	});

	it('keeps both teacher keys when the backup’s differs from this device’s', async () => {
		const db = await populatedDB();
		const file = await snapshot(db);
		const other = await freshDB();
		const otherKeys = await getOrCreateTeacherKeys(other, {
			generate: async () => exportTeacherKeys(await generateTeacherKeyPair()),
			now: T0
		});
		const counts = await importBackup(other, parseBackup(serializeBackup(file)));
		expect(counts.teacherKeys).toBe(1);
		const keys = await other.teacherKeys.toArray();
		expect(keys.map((record) => record.publicKey).sort()).toEqual(
			[otherKeys.publicKey, file.teacherKeys[0]!.publicKey].sort()
		);
		// The device keeps making assignments with its own key.
		expect(await other.teacherKeys.get('teacher')).toEqual(otherKeys);
	});

	it('refuses a teacher key whose two halves do not belong together, importing nothing', async () => {
		const db = await populatedDB();
		const file = await snapshot(db);
		const stranger = await exportTeacherKeys(await generateTeacherKeyPair());
		const forged = {
			...file,
			teacherKeys: [{ ...file.teacherKeys[0]!, publicKey: stranger.publicKey }]
		};
		const other = await freshDB();
		await expect(importBackupText(other, serializeBackup(forged))).rejects.toThrow(
			/two halves do not belong together/
		);
		expect(await other.learners.count()).toBe(0);
		expect(await other.teacherKeys.count()).toBe(0);
		const counts = await importBackupText(other, serializeBackup(file), undefined, {
			teacherKeys: 'add'
		});
		expect(counts.teacherKeys).toBe(1);
	});

	it('asks before adding a teacher key this device lacks, and imports without it when told', async () => {
		const db = await populatedDB();
		const text = serializeBackup(await snapshot(db));
		const other = await freshDB();
		// Asked (the default): nothing is written, and the question says what is at stake.
		await expect(importBackupText(other, text)).rejects.toMatchObject({
			problem: 'teacher-keys',
			message: expect.stringMatching(/whoever made the file can read every result/)
		});
		expect(await other.learners.count()).toBe(0);
		// Told to leave the key out: everything else comes in, the key does not.
		const skipped = await importBackupText(other, text, undefined, { teacherKeys: 'skip' });
		expect(skipped.teacherKeys).toBe(0);
		expect(skipped.assignments).toBeGreaterThan(0);
		expect(await other.teacherKeys.count()).toBe(0);
		// A key this device already has is no question.
		const again = await importBackupText(db, text);
		expect(again.teacherKeys).toBe(0);
	});

	it('still reads a version 2 backup, whose records have no signing keys or exam goal', async () => {
		const db = await populatedDB();
		const file = await snapshot(db);
		const v2 = { ...file, version: 2 };
		const fresh = await freshDB();
		const counts = await importBackup(fresh, parseBackup(JSON.stringify(v2)));
		expect(counts.learners).toBe(2);
		expect((await snapshot(fresh)).reviewLog).toEqual(file.reviewLog);
	});

	it('still reads a version 1 backup, which has no teacher data', async () => {
		const db = await populatedDB();
		const file = await snapshot(db);
		const v1 = { ...file, version: 1 } as Record<string, unknown>;
		for (const key of ['teacherKeys', 'assignments', 'assignmentResults', 'studentSubmissions']) {
			delete v1[key];
		}
		const fresh = await freshDB();
		const counts = await importBackup(fresh, parseBackup(JSON.stringify(v1)));
		expect(counts.learners).toBe(2);
		expect(counts.teacherKeys).toBe(0);
		const back = await snapshot(fresh);
		expect(back.reviewLog).toEqual(file.reviewLog);
		expect(back.assignments).toEqual([]);
	});

	it('keeps the more recently reviewed card state when both sides have one', async () => {
		const db = await populatedDB();
		const old = await snapshot(db);
		const leyla = old.learners[0]!;
		const later = await gradeCard(db, {
			learnerId: leyla.id,
			cardId: 'a:qa',
			grade: 'easy',
			now: T0 + 30 * DAY_MS,
			scheduler
		});
		expect((await importBackup(db, old)).cardStates).toBe(0);
		expect(await db.cardStates.get([leyla.id, 'a:qa'])).toEqual({
			...later.state,
			learnerId: leyla.id
		});
	});

	it('carries the progress of a fact merged since the file was written over to its new id', async () => {
		const db = await freshDB();
		const leyla = await createLearner(db, { name: 'Leyla', now: T0 });
		await gradeCard(db, {
			learnerId: leyla.id,
			cardId: 'rohingya-aid-country:qa',
			grade: 'good',
			now: T0,
			scheduler
		});
		// Written as an app from before the merge would have: the old id throughout.
		const text = serializeBackup(await snapshot(db));
		await wipe(db);
		const counts = await importBackupText(db, text);
		expect(counts).toMatchObject({ learners: 1, cardStates: 1, reviews: 1 });
		expect((await db.cardStates.toArray()).map((state) => state.cardId)).toEqual([
			'rohingya-aid-recipients:qa'
		]);
		expect((await db.reviewLog.toArray()).map((review) => review.factId)).toEqual([
			'rohingya-aid-recipients'
		]);
	});

	it('refuses a backup that may not fit in the space left, having asked to persist, changing nothing', async () => {
		const db = await populatedDB();
		const before = await snapshot(db);
		const asked: string[] = [];
		const storage = {
			persisted: async () => false,
			persist: async () => (asked.push('persist'), false),
			estimate: async () => ({ usage: 4_900_000, quota: 5_000_000 })
		} as unknown as StorageManager;
		const text = serializeBackup(before);
		const error = await importBackupText(db, text, storage).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(BackupError);
		expect((error as BackupError).problem).toBe('no-room');
		expect((error as BackupError).message).toMatch(
			/^This backup needs about .* of storage, and this browser has about 100 KB left for the app\. Nothing was imported/
		);
		expect(asked).toEqual(['persist']);
		expect(await snapshot(db)).toEqual(before);
	});

	it('names the file by the export date', async () => {
		expect(backupFileName(await snapshot(await freshDB()))).toBe(
			'speech-study-backup-2025-01-07.json'
		);
	});
});

describe('parseBackup refuses a bad file with a clear message, changing nothing', () => {
	it('refuses a file that breaks the reader itself as a backup error, not a crash', () => {
		// The shape of "Maximum call stack size exceeded" from a file nested thousands deep.
		const breaking = new Proxy(
			{},
			{
				ownKeys() {
					throw new RangeError('Maximum call stack size exceeded');
				}
			}
		);
		const parse = vi.spyOn(JSON, 'parse').mockReturnValueOnce(breaking);
		try {
			expect(() => parseBackup('{"format":"speech-study-backup"}')).toThrow(
				expect.objectContaining({ name: 'BackupError', problem: 'invalid' })
			);
		} finally {
			parse.mockRestore();
		}
	});

	async function refused(text: string): Promise<BackupError> {
		const db = await populatedDB();
		const before = await snapshot(db);
		let error: unknown;
		try {
			await importBackup(db, parseBackup(text));
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(BackupError);
		expect(await snapshot(db)).toEqual(before);
		return error as BackupError;
	}

	async function goodText(edit: (file: BackupFile) => unknown = (file) => file): Promise<string> {
		const file = structuredClone(await snapshot(await populatedDB())) as BackupFile;
		return JSON.stringify(edit(file));
	}

	it('an empty file', async () => {
		expect((await refused('')).message).toBe(
			'The file is empty. Choose a backup file made by this app.'
		);
		expect((await refused('  \n')).problem).toBe('empty');
	});

	it('a truncated file', async () => {
		const text = await goodText();
		const error = await refused(text.slice(0, Math.floor(text.length / 2)));
		expect(error.problem).toBe('damaged');
		expect(error.message).toContain('The file is incomplete or damaged');
	});

	it('a file that is not JSON at all', async () => {
		const error = await refused('PK\u0003\u0004 a zip file');
		expect(error.message).toBe('This file is not a Speech Study backup.');
	});

	it('a foreign JSON file', async () => {
		for (const text of ['{"name":"my-app","version":"1.0.0"}', '[1,2,3]', '42', 'null', '"text"']) {
			expect((await refused(text)).problem).toBe('foreign');
		}
	});

	it('a backup from a newer version of the app', async () => {
		const error = await refused(await goodText((file) => ({ ...file, version: 4, newField: [] })));
		expect(error.problem).toBe('newer');
		expect(error.message).toContain('This backup comes from a newer version of the app');
	});

	it('a hand-edited file with a wrong type, naming where', async () => {
		const error = await refused(
			await goodText((file) => {
				(file.cardStates[0] as unknown as Record<string, unknown>).due = 'tomorrow';
				return file;
			})
		);
		expect(error.problem).toBe('invalid');
		expect(error.message).toContain('At cardStates.0.due');
	});

	it('a hand-edited file with an unknown field or grade, or out-of-range settings', async () => {
		const edits: ((file: BackupFile) => void)[] = [
			(file) => Object.assign(file.learners[0]!, { isAdmin: true }),
			(file) => Object.assign(file.reviewLog[0]!, { grade: 'perfect' }),
			(file) => Object.assign(file.settings[0]!, { desiredRetention: 1.5 }),
			(file) => Object.assign(file.quizAttempts[0]!, { correctCount: 99 }),
			(file) => Object.assign(file, { learners: [] }),
			(file) => Object.assign(file.teacherKeys[0]!, { publicKey: 'short' }),
			(file) => Object.assign(file.assignments[0]!.quiz, { questions: [] }),
			(file) => Object.assign(file.assignmentResults[0]!, { name: '' })
		];
		for (const edit of edits) {
			const text = await goodText((file) => {
				edit(file);
				return file;
			});
			expect((await refused(text)).problem).toBe('invalid');
		}
	});

	it('a record with a time, interval, count or length out of range, of every kind', async () => {
		const edits: ((file: BackupFile) => void)[] = [
			(file) => Object.assign(file.quizAttempts[0]!, { finishedAt: 1e20 }),
			(file) => Object.assign(file.quizAttempts[0]!, { startedAt: -5, finishedAt: 0 }),
			(file) => Object.assign(file.learners[0]!, { createdAt: Date.UTC(2200, 0, 1) }),
			(file) => Object.assign(file.reviewLog[0]!, { reviewedAt: 9e15 }),
			(file) => Object.assign(file.reviewLog[0]!, { scheduledDays: 1e9 }),
			(file) => Object.assign(file.cardStates[0]!, { stability: -1 }),
			(file) => Object.assign(file.cardStates[0]!, { difficulty: 11 }),
			(file) => Object.assign(file.cardStates[0]!, { due: Number.MAX_SAFE_INTEGER }),
			(file) => Object.assign(file.cardStates[0]!, { reps: 1e12 }),
			(file) => Object.assign(file.assignmentResults[0]!, { submittedAt: 9e15 }),
			(file) => Object.assign(file.studentSubmissions[0]!, { submittedAt: 1e20 }),
			(file) => Object.assign(file.teacherKeys[0]!, { createdAt: -1 }),
			(file) => Object.assign(file.quizAttempts[0]!.answers[0]!, { given: 'x'.repeat(5000) })
		];
		for (const edit of edits) {
			const text = await goodText((file) => {
				edit(file);
				return file;
			});
			const error = await refused(text);
			expect(error.problem).toBe('invalid');
			expect(error.message).toMatch(/^This backup was changed or damaged, so nothing was imported/);
		}
	});

	it('duplicated records', async () => {
		const text = await goodText((file) => ({
			...file,
			reviewLog: [...file.reviewLog, file.reviewLog[0]]
		}));
		expect((await refused(text)).message).toContain('A record appears twice.');
	});

	it('a file carrying __proto__, constructor or prototype keys, at any depth', async () => {
		const good = await goodText();
		const texts = [
			good.replace('{"format"', '{"__proto__":{"polluted":true},"format"'),
			good.replace('"answers":[{', '"answers":[{"constructor":{"prototype":{}},'),
			good.replace('"spec":{', '"spec":{"prototype":1,')
		];
		for (const text of texts) {
			const error = await refused(text);
			expect(error.problem).toBe('unsafe');
			expect(error.message).toMatch(
				/key that is not allowed \("(__proto__|constructor|prototype)"\)/
			);
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('never throws anything but a BackupError, whatever the text', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc
						.jsonValue()
						.map((value) => JSON.stringify({ format: BACKUP_FORMAT, version: 1, value }))
				),
				(text) => {
					try {
						parseBackup(text);
					} catch (error) {
						expect(error).toBeInstanceOf(BackupError);
					}
				}
			),
			{ numRuns: 300 }
		);
	});

	it('never throws anything but a BackupError for any damage to a real backup', async () => {
		const text = await goodText();
		fc.assert(
			fc.property(
				fc.nat(text.length - 1),
				fc.nat(text.length - 1),
				fc.string(),
				(at, to, insert) => {
					const damaged = text.slice(0, Math.min(at, to)) + insert + text.slice(Math.max(at, to));
					try {
						parseBackup(damaged);
					} catch (error) {
						expect(error).toBeInstanceOf(BackupError);
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});
