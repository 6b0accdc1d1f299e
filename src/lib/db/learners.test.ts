import { describe, expect, it } from 'vitest';
import { generateSigningKeys, importSigningKeys } from '../assignments/keys';
import { exportBackup, importBackupText, serializeBackup } from './backup';
import { InputError, NotFoundError } from './errors';
import {
	createLearner,
	deleteLearner,
	getActiveLearnerId,
	getOrCreateSigningKeys,
	listLearners,
	renameLearner,
	setActiveLearner
} from './learners';
import { recordQuizAttempt } from './quizzes';
import { gradeCard } from './reviews';
import { getLearnerSettings, updateLearnerSettings } from './settings';
import { freshDB, scheduler, sequentialIds, T0 } from './testing';

describe('learners', () => {
	it('creates learners with default settings, listed oldest first', async () => {
		const db = await freshDB();
		const newId = sequentialIds('learner');
		await createLearner(db, { name: 'Leyla', now: T0 + 1, newId });
		await createLearner(db, { name: '  Amir   Aliyev ', now: T0, newId });
		expect((await listLearners(db)).map((learner) => learner.name)).toEqual([
			'Amir Aliyev',
			'Leyla'
		]);
		expect(await getLearnerSettings(db, 'learner-1')).toEqual({
			learnerId: 'learner-1',
			desiredRetention: 0.9,
			newPerDay: 20,
			theme: 'system'
		});
	});

	it('makes the first learner active, and switches to another', async () => {
		const db = await freshDB();
		const first = await createLearner(db, { name: 'A', now: T0 });
		const second = await createLearner(db, { name: 'B', now: T0 });
		expect(await getActiveLearnerId(db)).toBe(first.id);
		await setActiveLearner(db, second.id);
		expect(await getActiveLearnerId(db)).toBe(second.id);
		await expect(setActiveLearner(db, 'nobody')).rejects.toBeInstanceOf(NotFoundError);
	});

	it('refuses an empty or overlong name with a message to act on', async () => {
		const db = await freshDB();
		await expect(createLearner(db, { name: '   ', now: T0 })).rejects.toThrow('Enter a name.');
		await expect(createLearner(db, { name: 'x'.repeat(61), now: T0 })).rejects.toBeInstanceOf(
			InputError
		);
		expect(await listLearners(db)).toEqual([]);
	});

	it('renames a learner', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'Leila', now: T0 });
		await renameLearner(db, learner.id, 'Leyla');
		expect((await listLearners(db))[0]?.name).toBe('Leyla');
		await expect(renameLearner(db, 'nobody', 'X')).rejects.toBeInstanceOf(NotFoundError);
	});

	it('deletes a learner with all their progress and no one else’s', async () => {
		const db = await freshDB();
		const gone = await createLearner(db, { name: 'Gone', now: T0 });
		const kept = await createLearner(db, { name: 'Kept', now: T0 + 1 });
		for (const learner of [gone, kept]) {
			await gradeCard(db, {
				learnerId: learner.id,
				cardId: 'a:qa',
				grade: 'good',
				now: T0,
				scheduler
			});
			await recordQuizAttempt(db, {
				learnerId: learner.id,
				quiz: { packId: 'p', title: 'Quiz' },
				answers: [{ questionId: 'mc:b', factIds: ['b'], given: 'x', correct: true }],
				startedAt: T0,
				finishedAt: T0 + 1000,
				now: T0 + 1000,
				scheduler
			});
		}
		await deleteLearner(db, gone.id);

		expect((await listLearners(db)).map((learner) => learner.id)).toEqual([kept.id]);
		expect(await db.cardStates.where('learnerId').equals(gone.id).count()).toBe(0);
		expect(await db.reviewLog.filter((review) => review.learnerId === gone.id).count()).toBe(0);
		expect(await db.quizAttempts.filter((attempt) => attempt.learnerId === gone.id).count()).toBe(
			0
		);
		expect(await db.learnerSettings.get(gone.id)).toBeUndefined();
		expect(await db.cardStates.where('learnerId').equals(kept.id).count()).toBe(2);
		expect(await db.reviewLog.count()).toBe(2);
		// The active learner was deleted: the remaining one takes over.
		expect(await getActiveLearnerId(db)).toBe(kept.id);
	});
});

describe('settings', () => {
	it('updates some settings and keeps the others', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'A', now: T0 });
		await updateLearnerSettings(db, learner.id, { desiredRetention: 0.85, theme: 'dark' });
		expect(await getLearnerSettings(db, learner.id)).toMatchObject({
			desiredRetention: 0.85,
			newPerDay: 20,
			theme: 'dark'
		});
	});

	it('refuses values out of range, naming the range', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'A', now: T0 });
		await expect(updateLearnerSettings(db, learner.id, { desiredRetention: 0.5 })).rejects.toThrow(
			'Desired retention must be between 70% and 99%.'
		);
		await expect(updateLearnerSettings(db, learner.id, { newPerDay: 2.5 })).rejects.toBeInstanceOf(
			InputError
		);
	});

	it('reads a damaged settings record back as defaults', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'A', now: T0 });
		await db.learnerSettings.put({
			learnerId: learner.id,
			desiredRetention: 7 as number,
			newPerDay: 10,
			theme: 'neon' as 'dark'
		});
		expect(await getLearnerSettings(db, learner.id)).toEqual({
			learnerId: learner.id,
			desiredRetention: 0.9,
			newPerDay: 10,
			theme: 'system'
		});
	});
});

describe("a learner's signing keys", () => {
	it('are made once, kept across renames and two tabs asking at once, and travel in the backup', async () => {
		const db = await freshDB();
		const learner = await createLearner(db, { name: 'Aysel', now: T0 });
		const [first, second] = await Promise.all([
			getOrCreateSigningKeys(db, learner.id, () => generateSigningKeys()),
			getOrCreateSigningKeys(db, learner.id, () => generateSigningKeys())
		]);
		expect(second).toEqual(first);
		await importSigningKeys(first!);
		await renameLearner(db, learner.id, 'Aysel M.');
		expect(await getOrCreateSigningKeys(db, learner.id, () => generateSigningKeys())).toEqual(
			first
		);

		const text = serializeBackup(await exportBackup(db, { now: T0 }));
		const other = await freshDB();
		await importBackupText(other, text);
		const restored = (await listLearners(other)).find((one) => one.id === learner.id);
		expect(restored?.signingKeys).toEqual(first);
	});

	it('are refused for a learner that does not exist', async () => {
		const db = await freshDB();
		await expect(getOrCreateSigningKeys(db, 'nobody', () => generateSigningKeys())).rejects.toThrow(
			NotFoundError
		);
	});
});
