/** Per-learner settings, checked as they are read back, and the scheduler they give. */
import { createScheduler, type Scheduler } from '../scheduling/scheduler';
import type { StudyDB } from './db';
import { guarded, InputError, NotFoundError } from './errors';
import {
	MAX_NEW_PER_DAY,
	MAX_RETENTION,
	MIN_RETENTION,
	THEMES,
	type LearnerSettings
} from './models';
import { MAX_EXAM_MINUTES, MIN_EXAM_MINUTES, type ExamGoal } from '../scheduling/exam-goal';
import {
	checkSettings,
	DEFAULT_SETTINGS,
	isExamGoal,
	isNewPerDay,
	isRetention
} from './settings-values';

/** A learner's settings; defaults for any field missing or damaged in storage. */
export async function getLearnerSettings(db: StudyDB, learnerId: string): Promise<LearnerSettings> {
	return guarded(() => readLearnerSettings(db, learnerId));
}

/** {@link getLearnerSettings} for use inside a caller's transaction (errors not yet mapped). */
export async function readLearnerSettings(
	db: StudyDB,
	learnerId: string
): Promise<LearnerSettings> {
	const stored = await db.learnerSettings.get(learnerId);
	return checkSettings({ ...DEFAULT_SETTINGS, ...stored, learnerId });
}

/**
 * Changes some of a learner's settings.
 * @throws {InputError} for a value out of range, naming the range.
 * @throws {NotFoundError} if there is no such learner.
 */
export async function updateLearnerSettings(
	db: StudyDB,
	learnerId: string,
	changes: Partial<Omit<LearnerSettings, 'learnerId'>>
): Promise<LearnerSettings> {
	const { desiredRetention, newPerDay, theme } = changes;
	if (desiredRetention !== undefined && !isRetention(desiredRetention)) {
		throw new InputError(
			`Desired retention must be between ${MIN_RETENTION * 100}% and ${MAX_RETENTION * 100}%.`
		);
	}
	if (newPerDay !== undefined && !isNewPerDay(newPerDay)) {
		throw new InputError(`New cards per day must be a whole number from 0 to ${MAX_NEW_PER_DAY}.`);
	}
	if (theme !== undefined && !THEMES.includes(theme)) {
		throw new InputError(`The theme must be one of ${THEMES.join(', ')}.`);
	}
	return guarded(() =>
		db.transaction('rw', [db.learners, db.learnerSettings], async () => {
			if (!(await db.learners.get(learnerId))) {
				throw new NotFoundError('This learner no longer exists.');
			}
			const stored = await db.learnerSettings.get(learnerId);
			const next = checkSettings({
				...DEFAULT_SETTINGS,
				...stored,
				...definedOnly({ desiredRetention, newPerDay, theme }),
				learnerId
			});
			await db.learnerSettings.put(next);
			return next;
		})
	);
}

/**
 * Sets the exam a learner studies for, or ends exam mode (`null`). Card states are untouched:
 * the plan is made from them each time the queue is built.
 * @throws {InputError} for a goal the planner cannot use, saying why.
 * @throws {NotFoundError} if there is no such learner.
 */
export async function setExamGoal(
	db: StudyDB,
	learnerId: string,
	goal: ExamGoal | null
): Promise<LearnerSettings> {
	if (goal !== null && !isExamGoal(goal)) {
		throw new InputError(
			`The exam needs a date, ${MIN_EXAM_MINUTES} to ${MAX_EXAM_MINUTES} whole minutes a day, and a target recall between ${MIN_RETENTION * 100}% and ${MAX_RETENTION * 100}%.`
		);
	}
	return guarded(() =>
		db.transaction('rw', [db.learners, db.learnerSettings], async () => {
			if (!(await db.learners.get(learnerId))) {
				throw new NotFoundError('This learner no longer exists.');
			}
			const next = checkSettings({
				...DEFAULT_SETTINGS,
				...(await db.learnerSettings.get(learnerId)),
				learnerId
			});
			if (goal) next.exam = { ...goal };
			else delete next.exam;
			await db.learnerSettings.put(next);
			return next;
		})
	);
}

/** The scheduler for a learner's settings. */
export function schedulerFor(settings: Pick<LearnerSettings, 'desiredRetention'>): Scheduler {
	return createScheduler({ desiredRetention: settings.desiredRetention });
}

function definedOnly<T extends object>(values: T): Partial<T> {
	return Object.fromEntries(
		Object.entries(values).filter(([, value]) => value !== undefined)
	) as Partial<T>;
}
