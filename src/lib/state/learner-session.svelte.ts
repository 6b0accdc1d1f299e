/**
 * The device's database and the active learner, for every page that studies or stores progress.
 * Dexie is loaded on first use only (a dynamic import), so pages that never touch progress — the
 * home page, the facts — do not download it. Components read this; they never call Dexie.
 */
import type { ClosedBecause, Learner, StudyDB } from '$lib/db';
// A constant only: the type-only import above keeps Dexie out of this module's chunk.
import { FIRST_LEARNER_NAME } from '$lib/db/learners';

type DbModule = typeof import('$lib/db');

export type SessionStatus = 'idle' | 'opening' | 'ready' | 'failed';

class LearnerSession {
	status = $state<SessionStatus>('idle');
	/** A message the learner can act on, when the database cannot be opened. */
	error = $state('');
	/**
	 * The database was closed under this tab, because another tab upgraded it (a newer app) or it
	 * was deleted: this tab must reload. Null while it is open.
	 */
	closedBecause = $state<ClosedBecause | null>(null);
	readonly reloadRequired = $derived(this.closedBecause !== null);
	/** Opening waits for another tab, of an older app, that keeps the database open. */
	blocked = $state(false);
	learners = $state<Learner[]>([]);
	activeLearnerId = $state<string | null>(null);

	readonly activeLearner = $derived(
		this.learners.find((learner) => learner.id === this.activeLearnerId) ?? null
	);

	#opening: Promise<{ db: StudyDB; api: DbModule }> | null = null;

	/**
	 * The open database and the db module, with at least one learner on the device.
	 * @throws {StorageError} with a message for the learner when the database cannot be opened.
	 */
	open(): Promise<{ db: StudyDB; api: DbModule }> {
		return this.#start(() => import('$lib/db'));
	}

	/**
	 * {@link open}, with the db module a page already has: a page that imports it statically gets
	 * it preloaded with its own code, instead of fetched only once the page has started.
	 */
	openWith(api: DbModule): Promise<{ db: StudyDB; api: DbModule }> {
		return this.#start(() => Promise.resolve(api));
	}

	#start(load: () => Promise<DbModule>): Promise<{ db: StudyDB; api: DbModule }> {
		this.#opening ??= this.#open(load).catch((error: unknown) => {
			this.#opening = null;
			this.status = 'failed';
			this.error =
				error instanceof Error
					? error.message
					: 'Your progress could not be opened on this device.';
			throw error;
		});
		return this.#opening;
	}

	async #open(load: () => Promise<DbModule>) {
		this.status = 'opening';
		const api = await load();
		const db = await api.openStudyDB({
			onReloadRequired: (error) => {
				this.closedBecause = error.because;
			},
			onBlocked: () => {
				this.blocked = true;
			}
		});
		this.blocked = false;
		if ((await api.listLearners(db)).length === 0) {
			await api.createLearner(db, { name: FIRST_LEARNER_NAME, now: Date.now() });
		}
		api.watchLearners(db).subscribe({
			next: (learners) => (this.learners = learners)
		});
		api.watchActiveLearnerId(db).subscribe({
			next: (id) => (this.activeLearnerId = id)
		});
		this.learners = await api.listLearners(db);
		this.activeLearnerId = await api.getActiveLearnerId(db);
		void api.requestPersistentStorage().catch(() => undefined);
		this.status = 'ready';
		return { db, api };
	}

	/** The active learner's id, opening the database first if needed. */
	async learnerId(): Promise<string> {
		const { db, api } = await this.open();
		const id = (await api.getActiveLearnerId(db)) ?? (await api.listLearners(db))[0]?.id;
		if (!id) throw new api.NotFoundError('There is no learner on this device.');
		return id;
	}
}

/** The one session of this tab. */
export const learnerSession = new LearnerSession();
