/**
 * The learners page's actions: profiles, settings, backup and storage. Every action reports its
 * outcome in `message` or `error`, in words the learner can act on; a failed action changes nothing.
 */
import type { LearnerSettings, StorageEstimate } from '$lib/db';
import type { ExamGoal } from '$lib/scheduling/exam-goal';
import type { Workload } from '$lib/scheduling/workload';
import { timezoneOffsetAt } from '$lib/scheduling/time';
import { formatDay } from '$lib/text/dates';
import { BackupImport, type TeacherKeyChoice } from './backup-import.svelte';
import { describeImport } from './import-summary';
import { learnerSession } from './learner-session.svelte';

/** A file the browser should download. */
export interface Download {
	name: string;
	text: string;
}

export class LearnerDesk {
	message = $state('');
	error = $state('');
	busy = $state(false);
	settings = $state<LearnerSettings | null>(null);
	storage = $state<StorageEstimate | null>(null);
	/** A backup waiting for the learner to say whether to add its teacher keys. */
	readonly imports = new BackupImport();

	/** Runs one action, turning its outcome into a message or an error. */
	async #run<T>(action: () => Promise<T>, success: (result: T) => string): Promise<T | undefined> {
		this.busy = true;
		this.message = '';
		this.error = '';
		try {
			const result = await action();
			this.message = success(result);
			return result;
		} catch (error) {
			this.error = error instanceof Error ? error.message : 'Something went wrong.';
			return undefined;
		} finally {
			this.busy = false;
			void this.refresh();
		}
	}

	/** Reloads the active learner's settings and the storage figures. */
	async refresh(): Promise<void> {
		try {
			const { db, api } = await learnerSession.open();
			const id = await learnerSession.learnerId();
			this.settings = await api.getLearnerSettings(db, id);
			this.storage = await api.storageEstimate();
		} catch (error) {
			this.error = error instanceof Error ? error.message : 'Your progress could not be opened.';
		}
	}

	create(name: string) {
		return this.#run(
			async () => {
				const { db, api } = await learnerSession.open();
				const learner = await api.createLearner(db, { name, now: Date.now() });
				await api.setActiveLearner(db, learner.id);
				return learner;
			},
			(learner) => `${learner.name} was added and is now studying.`
		);
	}

	rename(id: string, name: string) {
		return this.#run(
			async () => {
				const { db, api } = await learnerSession.open();
				return api.renameLearner(db, id, name);
			},
			(learner) => `Renamed to ${learner.name}.`
		);
	}

	switchTo(id: string) {
		return this.#run(
			async () => {
				const { db, api } = await learnerSession.open();
				await api.setActiveLearner(db, id);
				return learnerSession.learners.find((learner) => learner.id === id)?.name ?? '';
			},
			(name) => `${name} is now studying.`
		);
	}

	remove(id: string, name: string) {
		return this.#run(
			async () => {
				const { db, api } = await learnerSession.open();
				await api.deleteLearner(db, id);
				if ((await api.listLearners(db)).length === 0) {
					await api.createLearner(db, { name: api.FIRST_LEARNER_NAME, now: Date.now() });
				}
			},
			() => `${name} and all of their progress were deleted.`
		);
	}

	updateSettings(changes: Partial<Omit<LearnerSettings, 'learnerId'>>) {
		return this.#run(
			async () => {
				const { db, api } = await learnerSession.open();
				return api.updateLearnerSettings(db, await learnerSession.learnerId(), changes);
			},
			() => 'Settings saved.'
		);
	}

	/** The workload forecast of each desired retention, once asked for. */
	workload = $state.raw<Workload[] | null>(null);
	workloadBusy = $state(false);

	/**
	 * Forecasts the active learner's reviews a day at each of `retentions`. A few hundred
	 * simulated days: loaded and run only when asked for, one retention at a time so that the
	 * page keeps answering.
	 */
	async compareWorkload(retentions: readonly number[]): Promise<void> {
		this.workloadBusy = true;
		this.error = '';
		try {
			const [
				{ db, api },
				{ bundledFacts },
				{ buildFlashcards, inStudyOrder },
				{ forecastWorkload }
			] = await Promise.all([
				learnerSession.open(),
				import('$lib/content/bundled'),
				import('$lib/engine/flashcards'),
				import('$lib/scheduling/workload')
			]);
			const learnerId = await learnerSession.learnerId();
			const settings = await api.getLearnerSettings(db, learnerId);
			const cardIds = inStudyOrder(buildFlashcards(bundledFacts)).map((card) => card.id);
			const now = Date.now();
			// A focused request (its own new limit): the states only, never an exam plan.
			const { states } = await api.loadStudyQueue(db, { learnerId, cardIds, now, newLimit: 0 });
			const results: Workload[] = [];
			for (const retention of retentions) {
				await new Promise((resolve) => setTimeout(resolve, 0));
				results.push(
					...forecastWorkload({
						cardIds,
						states,
						retentions: [retention],
						newPerDay: settings.newPerDay,
						now,
						runs: 2
					})
				);
			}
			this.workload = results;
		} catch (error) {
			this.error = error instanceof Error ? error.message : 'The workload could not be worked out.';
		} finally {
			this.workloadBusy = false;
		}
	}

	/** Sets the exam the active learner studies for, or ends exam mode (`null`). */
	setExam(goal: ExamGoal | null) {
		return this.#run(
			async () => {
				const { db, api } = await learnerSession.open();
				return api.setExamGoal(db, await learnerSession.learnerId(), goal);
			},
			() =>
				goal
					? `Exam mode is on: Study now plans for ${formatDay(goal.day)}.`
					: 'Exam mode is off: Study schedules as before, and nothing was lost.'
		);
	}

	/** The backup of one learner, or of everyone on the device. */
	exportBackup(learnerId?: string): Promise<Download | undefined> {
		return this.#run(
			async () => {
				const { db, api } = await learnerSession.open();
				const now = Date.now();
				const file = await api.exportBackup(db, {
					learnerIds: learnerId ? [learnerId] : undefined,
					now
				});
				return {
					name: api.backupFileName(file, timezoneOffsetAt(now)),
					text: api.serializeBackup(file)
				};
			},
			() => 'Backup ready: keep the file somewhere safe.'
		);
	}

	importBackup(text: string) {
		return this.#run(
			() => this.imports.import(text),
			(counts) => (counts ? describeImport(counts) : '')
		);
	}

	/** Answers the question of a backup holding teacher keys this device lacks. */
	answerKeyQuestion(choice: Exclude<TeacherKeyChoice, 'ask'> | 'cancel') {
		return this.#run(
			() => this.imports.answer(choice),
			(counts) => (counts ? describeImport(counts) : 'Nothing was imported.')
		);
	}

	requestPersistence() {
		return this.#run(
			async () => {
				const { api } = await learnerSession.open();
				return api.requestPersistentStorage();
			},
			(granted) =>
				granted
					? 'This browser will keep your progress even when space runs low.'
					: 'This browser did not promise to keep your progress: export a backup now and then.'
		);
	}
}
