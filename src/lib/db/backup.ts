/**
 * Backups: export one learner or all to a JSON file, and import one back. Import checks the whole
 * file before it touches anything, and is idempotent: every record has a stable id, so importing
 * the same backup twice adds nothing the second time.
 *
 * A whole-device backup (format 2) also carries the teacher's key pair, the assignments made here
 * and the results collected for them, and the result codes students submitted here: without the
 * key, no result of any assignment can be read again.
 */
import * as v from 'valibot';
import { importTeacherKeys as importTeacherKeyPair } from '../assignments/keys';
import type { EpochMs } from '../scheduling/models';
import { dayKey } from '../scheduling/time';
import { countReviews } from './daily';
import type { StudyDB } from './db';
import { BackupError, guarded } from './errors';
import { FIRST_LEARNER_NAME, sortLearners } from './learners';
import { applyMerges, FACT_MERGES } from './merged-facts';
import {
	formatBytes,
	importSpaceNeeded,
	requestPersistentStorage,
	roomFor,
	storageEstimate
} from './storage';
import {
	TEACHER_KEY_ID,
	type CollectedResult,
	type Learner,
	type LearnerSettings,
	type QuizAttempt,
	type StoredAssignment,
	type StoredCardState,
	type StoredReview,
	type StudentSubmission,
	type TeacherKeyRecord
} from './models';
import {
	CollectedResultSchema,
	LearnerSchema,
	LearnerSettingsSchema,
	QuizAttemptSchema,
	ReviewSchema,
	StoredAssignmentSchema,
	StoredCardStateSchema,
	StudentSubmissionSchema,
	TeacherKeyRecordSchema
} from './records';
import { learnerReviews } from './reviews';
import { checkSettings, DEFAULT_SETTINGS } from './settings-values';

/** The marker that says a JSON file is one of our backups. */
export const BACKUP_FORMAT = 'speech-study-backup';
/**
 * The backup format this code writes; it reads this one and every earlier one.
 * - 1: learners and their progress.
 * - 2: and the teacher's keys, assignments and results, and students' submissions.
 * - 3: the same records, which may now hold a learner's signing keys and an exam goal: an app of
 *   format 2 refuses those fields, so it says "newer version" instead of "damaged".
 */
export const BACKUP_VERSION = 3;

/** A backup file (format version 3; earlier files read as one, without what they lack). */
export interface BackupFile {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	exportedAt: EpochMs;
	learners: Learner[];
	settings: LearnerSettings[];
	cardStates: StoredCardState[];
	/** Oldest first; without the device-local `seq`. */
	reviewLog: StoredReview[];
	quizAttempts: QuizAttempt[];
	/** The teacher's key pairs (version 2): secret, and the only way to read results. */
	teacherKeys: TeacherKeyRecord[];
	assignments: StoredAssignment[];
	assignmentResults: CollectedResult[];
	studentSubmissions: StudentSubmission[];
}

/** Records of each kind, as an import counts them. */
export interface ImportTally {
	learners: number;
	settings: number;
	/** Card states added, or replaced by a more recently reviewed one from the backup. */
	cardStates: number;
	reviews: number;
	quizAttempts: number;
	/** Teacher key pairs this device did not have. */
	teacherKeys: number;
	assignments: number;
	assignmentResults: number;
	studentSubmissions: number;
}

/** No records of any kind: what an import starts counting from. */
export const NO_RECORDS: Readonly<ImportTally> = {
	learners: 0,
	settings: 0,
	cardStates: 0,
	reviews: 0,
	quizAttempts: 0,
	teacherKeys: 0,
	assignments: 0,
	assignmentResults: 0,
	studentSubmissions: 0
};

/** What an import added (all zero when the backup was imported before), and what it found. */
export interface ImportCounts extends ImportTally {
	/** What the file held, kind by kind: what was not added was here already (or older). */
	inFile: ImportTally;
	/**
	 * The name of this device's first learner, never used, whom the backup's learners replaced:
	 * a new device's "Me" is not kept beside the "Me" of the backup.
	 */
	replaced?: string;
}

/** Keys that could reach an object's prototype if the data were ever merged into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const learnerEntries = {
	format: v.literal(BACKUP_FORMAT),
	exportedAt: v.pipe(v.number(), v.integer()),
	learners: v.array(LearnerSchema),
	settings: v.array(LearnerSettingsSchema),
	cardStates: v.array(StoredCardStateSchema),
	reviewLog: v.array(ReviewSchema),
	quizAttempts: v.array(QuizAttemptSchema)
};

/** Format 1: learners and their progress only. */
const BackupSchemaV1 = v.strictObject({ ...learnerEntries, version: v.literal(1) });

const BackupSchema = v.strictObject({
	...learnerEntries,
	// Format 2 holds the same tables; read as this one.
	version: v.pipe(
		v.picklist([2, BACKUP_VERSION]),
		v.transform((): typeof BACKUP_VERSION => BACKUP_VERSION)
	),
	teacherKeys: v.array(TeacherKeyRecordSchema),
	assignments: v.array(StoredAssignmentSchema),
	assignmentResults: v.array(CollectedResultSchema),
	studentSubmissions: v.array(StudentSubmissionSchema)
});

/**
 * Exports the given learners (all when absent), with everything of theirs. The device's teacher
 * data (key pairs, assignments, results, submitted codes) goes into a whole-device backup, and
 * into a backup of chosen learners only when `includeAssignments` says so: it holds a secret key
 * and other students' results.
 */
export async function exportBackup(
	db: StudyDB,
	options: { learnerIds?: readonly string[]; includeAssignments?: boolean; now: EpochMs }
): Promise<BackupFile> {
	const withAssignments = options.includeAssignments ?? !options.learnerIds;
	return guarded(() =>
		db.transaction(
			'r',
			[
				db.learners,
				db.learnerSettings,
				db.cardStates,
				db.reviewLog,
				db.quizAttempts,
				db.teacherKeys,
				db.assignments,
				db.assignmentResults,
				db.studentSubmissions
			],
			async () => {
				const all = sortLearners(await db.learners.toArray());
				const wanted = options.learnerIds && new Set(options.learnerIds);
				const learners = wanted ? all.filter((learner) => wanted.has(learner.id)) : all;
				const file: BackupFile = {
					format: BACKUP_FORMAT,
					version: BACKUP_VERSION,
					exportedAt: options.now,
					learners,
					settings: [],
					cardStates: [],
					reviewLog: [],
					quizAttempts: [],
					teacherKeys: [],
					assignments: [],
					assignmentResults: [],
					studentSubmissions: []
				};
				if (withAssignments) {
					file.teacherKeys = await db.teacherKeys.toArray();
					file.assignments = await db.assignments.orderBy('createdAt').toArray();
					file.assignmentResults = await db.assignmentResults.toArray();
					file.studentSubmissions = await db.studentSubmissions.toArray();
				}
				for (const { id } of learners) {
					const stored = await db.learnerSettings.get(id);
					file.settings.push(checkSettings({ ...DEFAULT_SETTINGS, ...stored, learnerId: id }));
					file.cardStates.push(...(await db.cardStates.where('learnerId').equals(id).toArray()));
					const reviews = await learnerReviews(db, id, -Infinity).toArray();
					file.reviewLog.push(...reviews.map(withoutSeq));
					file.quizAttempts.push(
						...(await db.quizAttempts
							.where('[learnerId+finishedAt]')
							.between([id, -Infinity], [id, Infinity], true, true)
							.toArray())
					);
				}
				return file;
			}
		)
	);
}

/** The backup as the text of a `.json` file. */
export function serializeBackup(file: BackupFile): string {
	return JSON.stringify(file);
}

/** A file name for the backup: `speech-study-backup-2025-01-06.json`. */
export function backupFileName(file: BackupFile, timezoneOffset = 0): string {
	return `speech-study-backup-${dayKey(file.exportedAt, timezoneOffset)}.json`;
}

/**
 * Reads and checks a backup file's text. Throws only {@link BackupError}, whose message says what
 * is wrong: empty, cut off or damaged, not a backup at all, from a newer app, edited by hand, or
 * carrying keys such as `__proto__`.
 */
export function parseBackup(text: string): BackupFile {
	try {
		return parseBackupText(text);
	} catch (error) {
		if (error instanceof BackupError) throw error;
		// A file built to break the reader (nested thousands deep, say) is refused like any other.
		throw new BackupError(
			'invalid',
			'This file could not be read as a backup: it is not shaped like one made by this app. Nothing was imported.',
			{ cause: error }
		);
	}
}

function parseBackupText(text: string): BackupFile {
	if (typeof text !== 'string' || !text.trim()) {
		throw new BackupError('empty', 'The file is empty. Choose a backup file made by this app.');
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		const looksLikeJson = /^\s*[[{]/.test(text);
		throw looksLikeJson
			? new BackupError(
					'damaged',
					'The file is incomplete or damaged: it may have been cut off while saving or copying. Export the backup again.',
					{ cause: error }
				)
			: new BackupError('foreign', 'This file is not a Speech Study backup.', { cause: error });
	}
	const forbidden = findForbiddenKey(data);
	if (forbidden) {
		throw new BackupError(
			'unsafe',
			`This file contains a key that is not allowed ("${forbidden}"): it was not made by this app or was edited. Nothing was imported.`
		);
	}
	if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
		throw new BackupError('foreign', 'This file is not a Speech Study backup.');
	}
	if (typeof data.version === 'number' && data.version > BACKUP_VERSION) {
		throw new BackupError(
			'newer',
			'This backup comes from a newer version of the app. Reload the page to update the app, then import it again.'
		);
	}
	const file =
		data.version === 1
			? upgradeV1(checkedAgainst(BackupSchemaV1, data))
			: checkedAgainst(BackupSchema, data);
	checkReferences(file);
	return withMergedFacts(file);
}

/** A file written before facts were merged names them by their old ids: carry them over. */
function withMergedFacts(file: BackupFile): BackupFile {
	const { cardStates, reviewLog, quizAttempts } = applyMerges(file, FACT_MERGES);
	return { ...file, cardStates, reviewLog, quizAttempts };
}

function checkedAgainst<T>(schema: v.GenericSchema<unknown, T>, data: unknown): T {
	const checked = v.safeParse(schema, data);
	if (!checked.success) {
		throw new BackupError(
			'invalid',
			`This backup was changed or damaged, so nothing was imported. ${describeIssue(checked.issues)}`
		);
	}
	return checked.output;
}

/** A format 1 file as format 2: no teacher data. */
function upgradeV1(file: v.InferOutput<typeof BackupSchemaV1>): BackupFile {
	return {
		...file,
		version: BACKUP_VERSION,
		teacherKeys: [],
		assignments: [],
		assignmentResults: [],
		studentSubmissions: []
	};
}

/**
 * Imports a checked backup in one transaction: what is already here stays, what is missing is
 * added, and a card state is replaced only by one reviewed more recently. Learners keep their
 * ids, so a learner exported from this device comes back as the same learner.
 */
export async function importBackup(db: StudyDB, file: BackupFile): Promise<ImportCounts> {
	const counts: ImportCounts = {
		...NO_RECORDS,
		inFile: {
			learners: file.learners.length,
			settings: file.settings.length,
			cardStates: file.cardStates.length,
			reviews: file.reviewLog.length,
			quizAttempts: file.quizAttempts.length,
			teacherKeys: file.teacherKeys.length,
			assignments: file.assignments.length,
			assignmentResults: file.assignmentResults.length,
			studentSubmissions: file.studentSubmissions.length
		}
	};
	return guarded(() =>
		db.transaction(
			'rw',
			[
				db.learners,
				db.learnerSettings,
				db.cardStates,
				db.reviewLog,
				db.dailyStats,
				db.quizAttempts,
				db.settings,
				db.teacherKeys,
				db.assignments,
				db.assignmentResults,
				db.studentSubmissions
			],
			async () => {
				const unused = await unusedFirstLearner(db, file);
				const learners = await missing(db.learners, file.learners, (learner) => learner.id);
				await db.learners.bulkAdd(learners);
				counts.learners = learners.length;

				const settings = await missing(db.learnerSettings, file.settings, (s) => s.learnerId);
				await db.learnerSettings.bulkAdd(settings);
				counts.settings = settings.length;

				const keys = file.cardStates.map((s): [string, string] => [s.learnerId, s.cardId]);
				const existing = await db.cardStates.bulkGet(keys);
				const states = file.cardStates.filter((state, i) => {
					const here = existing[i];
					return !here || (state.lastReview ?? -Infinity) > (here.lastReview ?? -Infinity);
				});
				await db.cardStates.bulkPut(states);
				counts.cardStates = states.length;

				const known = new Set(
					(await db.reviewLog
						.where('id')
						.anyOf(file.reviewLog.map((review) => review.id))
						.keys()) as string[]
				);
				const reviews = file.reviewLog.filter((review) => !known.has(review.id));
				await db.reviewLog.bulkAdd(reviews);
				await countReviews(db, reviews, 1);
				counts.reviews = reviews.length;

				const attempts = await missing(db.quizAttempts, file.quizAttempts, (a) => a.id);
				await db.quizAttempts.bulkAdd(attempts);
				counts.quizAttempts = attempts.length;

				counts.teacherKeys = await importTeacherKeys(db, file.teacherKeys);
				const assignments = await missing(db.assignments, file.assignments, (a) => a.id);
				await db.assignments.bulkAdd(assignments);
				counts.assignments = assignments.length;
				const results = await missing(db.assignmentResults, file.assignmentResults, (r) => r.id);
				await db.assignmentResults.bulkAdd(results);
				counts.assignmentResults = results.length;
				const submitted = await db.studentSubmissions.bulkGet(
					file.studentSubmissions.map((s): [string, string] => [s.assignmentId, s.nameKey])
				);
				const submissions = file.studentSubmissions.filter((_, i) => !submitted[i]);
				await db.studentSubmissions.bulkAdd(submissions);
				counts.studentSubmissions = submissions.length;

				if (unused) {
					await db.learners.delete(unused.id);
					await db.learnerSettings.delete(unused.id);
					await db.dailyStats
						.where('[learnerId+day]')
						.between([unused.id, ''], [unused.id, '\uffff'], true, true)
						.delete();
					counts.replaced = unused.name;
				}
				const first = sortLearners([...file.learners])[0];
				const active = await db.settings.get('activeLearnerId');
				if (first && (!active || active.value === unused?.id)) {
					await db.settings.put({ key: 'activeLearnerId', value: first.id });
				}
				return counts;
			}
		)
	);
}

/**
 * The device's only learner when a new device made them and they never studied (no card, review
 * or quiz of theirs) and the backup brings learners of its own: they are the backup's owner,
 * not a second person, so the backup's learners take their place.
 */
async function unusedFirstLearner(db: StudyDB, file: BackupFile): Promise<Learner | undefined> {
	if (!file.learners.length) return undefined;
	const here = await db.learners.toArray();
	const [only] = here;
	if (here.length !== 1 || !only || only.name !== FIRST_LEARNER_NAME) return undefined;
	if (file.learners.some((learner) => learner.id === only.id)) return undefined;
	const used =
		(await db.cardStates.where('learnerId').equals(only.id).count()) > 0 ||
		(await db.reviewLog
			.where('[learnerId+reviewedAt]')
			.between([only.id, -Infinity], [only.id, Infinity], true, true)
			.count()) > 0 ||
		(await db.quizAttempts
			.where('[learnerId+finishedAt]')
			.between([only.id, -Infinity], [only.id, Infinity], true, true)
			.count()) > 0;
	return used ? undefined : only;
}

/**
 * Adds the key pairs this device lacks (compared by public key). A pair keeps its id unless this
 * device already uses it for another pair (two teachers' devices both call theirs `'teacher'`):
 * then it is kept under an id of its own, and the assignments made with it stay readable.
 */
async function importTeacherKeys(db: StudyDB, keys: TeacherKeyRecord[]): Promise<number> {
	const here = await db.teacherKeys.toArray();
	const known = new Set(here.map((record) => record.publicKey));
	const ids = new Set(here.map((record) => record.id));
	let added = 0;
	for (const record of keys) {
		if (known.has(record.publicKey)) continue;
		const id = ids.has(record.id)
			? `${TEACHER_KEY_ID}:${record.publicKey.slice(0, 16)}`
			: record.id;
		await db.teacherKeys.put({ ...record, id });
		known.add(record.publicKey);
		ids.add(id);
		added++;
	}
	return added;
}

/** The records whose key is not in the table yet. */
async function missing<T>(
	table: { bulkGet(keys: string[]): PromiseLike<(unknown | undefined)[]> },
	records: T[],
	key: (record: T) => string
): Promise<T[]> {
	const found = await table.bulkGet(records.map(key));
	return records.filter((_, i) => found[i] === undefined);
}

/** Every record must belong to a learner in the file, and ids must be unique. */
function checkReferences(file: BackupFile): void {
	const learnerIds = new Set(file.learners.map((learner) => learner.id));
	const problem = (message: string) =>
		new BackupError(
			'invalid',
			`This backup was changed or damaged, so nothing was imported. ${message}`
		);
	if (learnerIds.size !== file.learners.length) throw problem('A learner appears twice.');
	const records: { learnerId: string }[] = [
		...file.settings,
		...file.cardStates,
		...file.reviewLog,
		...file.quizAttempts
	];
	if (records.some((record) => !learnerIds.has(record.learnerId))) {
		throw problem('Some progress belongs to a learner the file does not contain.');
	}
	const unique = (ids: string[]) => new Set(ids).size === ids.length;
	if (
		!unique(file.settings.map((s) => s.learnerId)) ||
		!unique(file.cardStates.map((s) => `${s.learnerId}\n${s.cardId}`)) ||
		!unique(file.reviewLog.map((review) => review.id)) ||
		!unique(file.quizAttempts.map((attempt) => attempt.id)) ||
		!unique(file.teacherKeys.map((keys) => keys.publicKey)) ||
		!unique(file.assignments.map((assignment) => assignment.id)) ||
		!unique(file.assignmentResults.map((result) => result.id)) ||
		!unique(file.studentSubmissions.map((s) => `${s.assignmentId}\n${s.nameKey}`))
	) {
		throw problem('A record appears twice.');
	}
}

/** The first key of `data`, at any depth, that is in {@link FORBIDDEN_KEYS}; iterative, for deep files. */
function findForbiddenKey(data: unknown): string | null {
	const stack: unknown[] = [data];
	while (stack.length) {
		const value = stack.pop();
		if (typeof value !== 'object' || value === null) continue;
		// JSON.parse makes "__proto__" an own property: getOwnPropertyNames sees it.
		for (const key of Object.getOwnPropertyNames(value)) {
			if (FORBIDDEN_KEYS.has(key)) return key;
			stack.push((value as Record<string, unknown>)[key]);
		}
	}
	return null;
}

function describeIssue(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
	const [issue] = issues;
	const path = v.getDotPath(issue);
	return `${path ? `At ${path}: ` : ''}${issue.message}.`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withoutSeq(review: StoredReview): StoredReview {
	const copy = { ...review };
	delete copy.seq;
	return copy;
}

/** What to do with teacher keys a backup holds and this device lacks. */
export interface ImportOptions {
	/**
	 * `ask` (the default): import nothing and throw a {@link BackupError} `teacher-keys` saying
	 * so, for the person to choose; `add`: add them; `skip`: import everything else.
	 */
	teacherKeys?: 'ask' | 'add' | 'skip';
}

/** How many of the file's teacher key pairs this device does not have. */
async function newTeacherKeyCount(db: StudyDB, file: BackupFile): Promise<number> {
	if (!file.teacherKeys.length) return 0;
	const here = new Set(
		(await guarded(() => db.teacherKeys.toArray())).map((record) => record.publicKey)
	);
	return file.teacherKeys.filter((record) => !here.has(record.publicKey)).length;
}

/**
 * Checks that every teacher key pair in the file is whole: its two halves must belong together.
 * A pair whose public half is someone else's would let results be encrypted to a key this
 * device cannot read, or to one the file's author holds.
 * @throws {BackupError} naming the problem; nothing is imported.
 */
export async function checkTeacherKeys(file: BackupFile): Promise<void> {
	for (const keys of file.teacherKeys) {
		try {
			await importTeacherKeyPair(keys);
		} catch {
			throw new BackupError(
				'invalid',
				'A teacher key in this file is damaged: its two halves do not belong together. Nothing was imported.'
			);
		}
	}
}

/**
 * Checks a backup file's text and imports it: what the import screens call. A file that may not
 * fit in the space the browser has left is refused before anything is written: a browser that
 * runs out of disk space in the middle of a write may clear the whole site's storage, which no
 * transaction can undo. Persistent storage is asked for first, which also protects against that.
 */
export async function importBackupText(
	db: StudyDB,
	text: string,
	storage: StorageManager | undefined = globalThis.navigator?.storage,
	{ teacherKeys = 'ask' }: ImportOptions = {}
): Promise<ImportCounts> {
	const file = parseBackup(text);
	await checkTeacherKeys(file);
	if (teacherKeys === 'ask') {
		const count = await newTeacherKeyCount(db, file);
		if (count) {
			throw new BackupError(
				'teacher-keys',
				`This file holds ${count === 1 ? 'a teacher key' : `${count} teacher keys`} this device does not have. Add ${count === 1 ? 'it' : 'them'} only if the file is your own backup: whoever made the file can read every result sent to ${count === 1 ? 'that key' : 'those keys'}.`
			);
		}
	}
	if (teacherKeys === 'skip') file.teacherKeys = [];
	await requestPersistentStorage(storage);
	const needed = importSpaceNeeded(text.length);
	const { fits, free } = roomFor(needed, await storageEstimate(storage));
	if (!fits) {
		throw new BackupError(
			'no-room',
			`This backup needs about ${formatBytes(needed)} of storage, and this browser has about ${formatBytes(free ?? 0)} left for the app. Nothing was imported and your progress is as it was. Free some space on the device, then import it again.`
		);
	}
	return importBackup(db, file);
}
