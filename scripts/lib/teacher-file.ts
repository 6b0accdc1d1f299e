/**
 * The teacher's key file for the command-line tools: a backup file of the app (format 2) that
 * holds no learners, only the teacher's key pair and the assignments made with it (each with the
 * quiz it built). The app imports it like any backup, and the tools read the app's own backups
 * too, so a term of assignments made in a script and the ones made on the Teacher page are read
 * with one key.
 *
 * The file holds a private key: it is created owner-only (0600) and replaced atomically (written
 * beside it, then renamed), so an interrupted write never leaves half a key.
 */
import { chmodSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
	exportTeacherKeys,
	generateTeacherKeyPair,
	importTeacherKeys
} from '../../src/lib/assignments/keys';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	parseBackup,
	serializeBackup,
	type BackupFile
} from '../../src/lib/db/backup';
import { BackupError } from '../../src/lib/db/errors';
import {
	TEACHER_KEY_ID,
	type StoredAssignment,
	type TeacherKeyRecord
} from '../../src/lib/db/models';

/** A key file that cannot be used; the message says why and what to do. */
export class TeacherFileError extends Error {
	override name = 'TeacherFileError';
}

/** A key file as read (or about to be created). */
export interface TeacherFile {
	path: string;
	/** False until {@link saveTeacherFile} first writes it. */
	exists: boolean;
	file: BackupFile;
}

/** Reads the key file at `path`; every teacher key in it is checked (its two halves must match). */
export async function readTeacherFile(path: string): Promise<TeacherFile> {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new TeacherFileError(`Cannot read the key file ${path}: ${(error as Error).message}`);
	}
	let file: BackupFile;
	try {
		file = parseBackup(text);
	} catch (error) {
		if (error instanceof BackupError) throw new TeacherFileError(`${path}: ${error.message}`);
		throw error;
	}
	if (!file.teacherKeys.length) {
		throw new TeacherFileError(`${path} holds no teacher key: it cannot read any result.`);
	}
	for (const keys of file.teacherKeys) {
		try {
			await importTeacherKeys(keys);
		} catch (error) {
			throw new TeacherFileError(`${path}: ${(error as Error).message}`);
		}
	}
	return { path, exists: true, file };
}

/**
 * The key file at `path`, or a new one with a new key pair if there is none yet. A new one is
 * written only by {@link saveTeacherFile}, once what it is for has succeeded.
 */
export async function openOrCreateTeacherFile(path: string, now: number): Promise<TeacherFile> {
	if (existsSync(path)) return readTeacherFile(path);
	const pair = await exportTeacherKeys(await generateTeacherKeyPair());
	const keys: TeacherKeyRecord = { id: TEACHER_KEY_ID, ...pair, createdAt: now };
	return {
		path,
		exists: false,
		file: {
			format: BACKUP_FORMAT,
			version: BACKUP_VERSION,
			exportedAt: now,
			learners: [],
			settings: [],
			cardStates: [],
			reviewLog: [],
			quizAttempts: [],
			teacherKeys: [keys],
			assignments: [],
			assignmentResults: [],
			studentSubmissions: []
		}
	};
}

/** The key pair new assignments are made with: the file's own, or its first. */
export function ownKeys(teacher: TeacherFile): TeacherKeyRecord {
	const keys = teacher.file.teacherKeys;
	return keys.find((record) => record.id === TEACHER_KEY_ID) ?? keys[0]!;
}

/** True when others than the owner may read the file (a warning, not an error). */
export function isReadableByOthers(path: string): boolean {
	return (statSync(path).mode & 0o077) !== 0;
}

/** Adds an assignment and writes the file: owner-only, replaced in one rename. */
export function saveTeacherFile(
	teacher: TeacherFile,
	assignment: StoredAssignment,
	now: number
): TeacherFile {
	const file: BackupFile = {
		...teacher.file,
		exportedAt: now,
		assignments: [...teacher.file.assignments, assignment]
	};
	const text = serializeBackup(file);
	// The new text must read back as a backup before it replaces anything.
	parseBackup(text);
	const temporary = join(dirname(teacher.path), `.${process.pid}-${now}.teacher-key.tmp`);
	writeFileSync(temporary, text, { mode: 0o600, flag: 'wx' });
	chmodSync(temporary, 0o600);
	renameSync(temporary, teacher.path);
	return { ...teacher, exists: true, file };
}
