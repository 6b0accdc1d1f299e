/** Learner profiles: create, rename, switch, delete, list. */
import type { EpochMs } from '../scheduling/models';
import type { StudyDB } from './db';
import { guarded, InputError, NotFoundError } from './errors';
import { randomId, type NewId } from './ids';
import { MAX_NAME_LENGTH, type Learner } from './models';
import { DEFAULT_SETTINGS } from './settings-values';

/** What a new device's first learner is called until renamed. */
export const FIRST_LEARNER_NAME = 'Me';

/**
 * A learner name as stored: trimmed, inner whitespace collapsed.
 * @throws {InputError} when it is empty or longer than {@link MAX_NAME_LENGTH}.
 */
export function checkName(name: string): string {
	const clean = name.trim().replace(/\s+/g, ' ');
	if (!clean) throw new InputError('Enter a name.');
	if (clean.length > MAX_NAME_LENGTH) {
		throw new InputError(`A name can have at most ${MAX_NAME_LENGTH} characters.`);
	}
	return clean;
}

/**
 * Adds a learner with default settings. The first learner on the device becomes the active one.
 */
export async function createLearner(
	db: StudyDB,
	input: { name: string; now: EpochMs; newId?: NewId }
): Promise<Learner> {
	const learner: Learner = {
		id: (input.newId ?? randomId)(),
		name: checkName(input.name),
		createdAt: input.now
	};
	return guarded(() =>
		db.transaction('rw', [db.learners, db.learnerSettings, db.settings], async () => {
			await db.learners.add(learner);
			await db.learnerSettings.add({ ...DEFAULT_SETTINGS, learnerId: learner.id });
			if (!(await db.settings.get('activeLearnerId'))) {
				await db.settings.put({ key: 'activeLearnerId', value: learner.id });
			}
			return learner;
		})
	);
}

/** Renames a learner. @throws {NotFoundError} if there is no such learner. */
export async function renameLearner(
	db: StudyDB,
	learnerId: string,
	name: string
): Promise<Learner> {
	const clean = checkName(name);
	return guarded(() =>
		db.transaction('rw', db.learners, async () => {
			const learner = await db.learners.get(learnerId);
			if (!learner) throw new NotFoundError('This learner no longer exists.');
			const renamed = { ...learner, name: clean };
			await db.learners.put(renamed);
			return renamed;
		})
	);
}

/**
 * Deletes a learner with everything of theirs (card states, review log, quiz attempts,
 * settings) in one transaction. If they were active, the first remaining learner becomes active.
 * Deleting a learner that does not exist does nothing.
 */
export async function deleteLearner(db: StudyDB, learnerId: string): Promise<void> {
	const all = [
		db.learners,
		db.learnerSettings,
		db.cardStates,
		db.reviewLog,
		db.dailyStats,
		db.quizAttempts,
		db.runsInProgress
	];
	await guarded(() =>
		db.transaction('rw', [...all, db.settings], async () => {
			await db.learners.delete(learnerId);
			await db.learnerSettings.delete(learnerId);
			await db.cardStates.where('learnerId').equals(learnerId).delete();
			await db.reviewLog
				.where('[learnerId+reviewedAt]')
				.between([learnerId, -Infinity], [learnerId, Infinity], true, true)
				.delete();
			await db.dailyStats
				.where('[learnerId+day]')
				.between([learnerId, ''], [learnerId, '\uffff'], true, true)
				.delete();
			await db.quizAttempts
				.where('[learnerId+finishedAt]')
				.between([learnerId, -Infinity], [learnerId, Infinity], true, true)
				.delete();
			await db.runsInProgress
				.where('[learnerId+key]')
				.between([learnerId, ''], [learnerId, '\uffff'], true, true)
				.delete();
			const active = await db.settings.get('activeLearnerId');
			if (active?.value === learnerId) {
				const next = sortLearners(await db.learners.toArray())[0];
				if (next) await db.settings.put({ key: 'activeLearnerId', value: next.id });
				else await db.settings.delete('activeLearnerId');
			}
		})
	);
}

/** Every learner, oldest first (then by name). */
export async function listLearners(db: StudyDB): Promise<Learner[]> {
	return guarded(async () => sortLearners(await db.learners.toArray()));
}

/** The active learner's id, or null when there is none (or the stored one was deleted). */
export async function getActiveLearnerId(db: StudyDB): Promise<string | null> {
	return guarded(() =>
		db.transaction('r', [db.settings, db.learners], async () => {
			const active = await db.settings.get('activeLearnerId');
			return active && (await db.learners.get(active.value)) ? active.value : null;
		})
	);
}

/** Switches to another learner. @throws {NotFoundError} if there is no such learner. */
export async function setActiveLearner(db: StudyDB, learnerId: string): Promise<void> {
	await guarded(() =>
		db.transaction('rw', [db.settings, db.learners], async () => {
			if (!(await db.learners.get(learnerId))) {
				throw new NotFoundError('This learner no longer exists.');
			}
			await db.settings.put({ key: 'activeLearnerId', value: learnerId });
		})
	);
}

export function sortLearners(learners: Learner[]): Learner[] {
	return learners.sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name));
}

/**
 * The learner's signing key pair, made with `generate` the first time (see
 * {@link Learner.signingKeys}). Two tabs asking at once get the same pair: the first stored wins.
 * @throws {NotFoundError} if there is no such learner.
 */
export async function getOrCreateSigningKeys(
	db: StudyDB,
	learnerId: string,
	generate: () => Promise<NonNullable<Learner['signingKeys']>>
): Promise<NonNullable<Learner['signingKeys']>> {
	const existing = await guarded(() => db.learners.get(learnerId));
	if (!existing) throw new NotFoundError('This learner no longer exists.');
	if (existing.signingKeys) return existing.signingKeys;
	// Generated outside the transaction: WebCrypto's promises would let it commit early.
	const keys = await generate();
	return guarded(() =>
		db.transaction('rw', db.learners, async () => {
			const learner = await db.learners.get(learnerId);
			if (!learner) throw new NotFoundError('This learner no longer exists.');
			if (learner.signingKeys) return learner.signingKeys;
			await db.learners.put({ ...learner, signingKeys: keys });
			return keys;
		})
	);
}
