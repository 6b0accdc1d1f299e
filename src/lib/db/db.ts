/**
 * The one Dexie database of the app, used only in the browser (never during prerender).
 * Open it with {@link openStudyDB}: it refuses a database written by a newer app, and closes for
 * good when another tab upgrades it, so this tab never writes records of an older shape.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import {
	isStorageUnavailable,
	NewerDatabaseError,
	ReloadRequiredError,
	StorageUnavailableError,
	toStorageError
} from './errors';
import type {
	AppSetting,
	CollectedResult,
	DailyStats,
	Learner,
	LearnerSettings,
	QuizAttempt,
	RunInProgress,
	StoredAssignment,
	StoredCardState,
	StoredReview,
	StudentSubmission,
	TeacherKeyRecord
} from './models';
import { LATEST_VERSION, SCHEMA_VERSIONS } from './schema';

/** The database name in the browser. */
export const DB_NAME = 'speech-study';

export interface StudyDBOptions {
	/** Another name, so that each test has its own database. */
	name?: string;
	/** `indexedDB` and `IDBKeyRange` for tests (fake-indexeddb); the browser's when absent. */
	indexedDB?: IDBFactory;
	IDBKeyRange?: typeof IDBKeyRange;
	/**
	 * Called once when another tab upgrades or deletes the database: this one is closed by then,
	 * and the UI should say which of the two happened, and to reload.
	 */
	onReloadRequired?: (error: ReloadRequiredError) => void;
	/**
	 * Called when this tab must upgrade the database but another tab (an older app that does not
	 * close for upgrades) keeps it open: opening waits until that tab closes or reloads.
	 */
	onBlocked?: () => void;
}

/** The Dexie class with its typed tables. Components never use it: only `src/lib/db/` does. */
export class StudyDB extends Dexie {
	learners!: EntityTable<Learner, 'id'>;
	cardStates!: Table<StoredCardState, [string, string]>;
	reviewLog!: EntityTable<StoredReview, 'seq'>;
	quizAttempts!: EntityTable<QuizAttempt, 'id'>;
	learnerSettings!: EntityTable<LearnerSettings, 'learnerId'>;
	dailyStats!: Table<DailyStats, [string, string]>;
	settings!: Table<AppSetting, AppSetting['key']>;
	teacherKeys!: EntityTable<TeacherKeyRecord, 'id'>;
	assignments!: EntityTable<StoredAssignment, 'id'>;
	assignmentResults!: EntityTable<CollectedResult, 'id'>;
	studentSubmissions!: Table<StudentSubmission, [string, string]>;
	runsInProgress!: Table<RunInProgress, [string, string]>;

	#reloadRequired = false;

	constructor(options: StudyDBOptions = {}) {
		super(options.name ?? DB_NAME, {
			...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
			...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
			// Only openStudyDB opens it, after checking the version on disk; after a close it stays
			// closed, so nothing is written through an outdated schema.
			autoOpen: false
		});
		for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
			const declared = this.version(version).stores(stores);
			if (upgrade) declared.upgrade(upgrade);
		}
		// Second guard, for a tab that upgraded between openStudyDB's look and this open: Dexie 4
		// would otherwise carry on with the older declarations.
		this.on('ready', () => {
			if (this.backendDB().version / 10 > LATEST_VERSION) {
				this.close({ disableAutoOpen: true });
				throw new NewerDatabaseError();
			}
		});
		this.on('blocked', () => options.onBlocked?.());
		this.on('versionchange', (event: IDBVersionChangeEvent) => {
			this.#reloadRequired = true;
			this.close({ disableAutoOpen: true });
			// A deletion asks for no new version: the learner must hear that, not "updated".
			const because = event.newVersion === null ? 'deleted' : 'upgraded';
			options.onReloadRequired?.(new ReloadRequiredError(because));
			// Returning false replaces Dexie's default, which closes and then reopens on next use.
			return false;
		});
	}

	/** True once another tab upgraded the database: this instance will not read or write again. */
	get reloadRequired(): boolean {
		return this.#reloadRequired;
	}
}

/**
 * Opens the database, creating or upgrading it to {@link LATEST_VERSION}.
 * @throws {NewerDatabaseError} when a newer app already upgraded it: this tab must reload.
 * @throws {StorageUnavailableError} when the browser stores nothing here (no IndexedDB, a private
 *   window that refuses it); {@link StorageError} for any other failure.
 */
export async function openStudyDB(options: StudyDBOptions = {}): Promise<StudyDB> {
	const factory = options.indexedDB ?? globalThis.indexedDB;
	if (!factory) throw new StorageUnavailableError();
	// Dexie 4 opens a newer database anyway (and may even patch its schema), so look first.
	if (factory && (await installedVersion(factory, options.name ?? DB_NAME)) > LATEST_VERSION) {
		throw new NewerDatabaseError();
	}
	const db = new StudyDB(options);
	try {
		await db.open();
	} catch (error) {
		db.close();
		throw isStorageUnavailable(error)
			? new StorageUnavailableError({ cause: error })
			: toStorageError(error);
	}
	return db;
}

/**
 * The schema version of the database on disk (0 if there is none), without creating or
 * upgrading it. Dexie stores version n as native version n × 10.
 */
async function installedVersion(factory: IDBFactory, name: string): Promise<number> {
	if (typeof factory.databases === 'function') {
		const found = (await factory.databases()).find((info) => info.name === name);
		return (found?.version ?? 0) / 10;
	}
	// Without databases(): open at whatever version is there, aborting if that would create it.
	return new Promise((resolve) => {
		const request = factory.open(name);
		request.onupgradeneeded = () => request.transaction?.abort();
		request.onsuccess = () => {
			const version = request.result.version;
			request.result.close();
			resolve(version / 10);
		};
		// Aborted (no database yet) or blocked: let Dexie's own open report any real problem.
		request.onerror = () => resolve(0);
	});
}
