/** Defaults and checks of learner settings, shared by the repository, the upgrade and backups. */
import { MAX_EXAM_MINUTES, MIN_EXAM_MINUTES, type ExamGoal } from '../scheduling/exam-goal';
import { DEFAULT_DESIRED_RETENTION, DEFAULT_NEW_PER_DAY } from '../scheduling/models';
import {
	MAX_NEW_PER_DAY,
	MAX_RETENTION,
	MIN_RETENTION,
	THEMES,
	type LearnerSettings,
	type Theme
} from './models';

/** The settings of a new learner. */
export const DEFAULT_SETTINGS: Omit<LearnerSettings, 'learnerId'> = {
	desiredRetention: DEFAULT_DESIRED_RETENTION,
	newPerDay: DEFAULT_NEW_PER_DAY,
	theme: 'system'
};

/**
 * Settings as read back from storage: each field that is missing or out of range is replaced
 * by its default, so a damaged record never reaches the scheduler.
 */
export function checkSettings(
	record: Record<string, unknown> & { learnerId: string }
): LearnerSettings {
	const { desiredRetention, newPerDay, theme, exam } = record;
	return {
		learnerId: record.learnerId,
		desiredRetention: isRetention(desiredRetention)
			? desiredRetention
			: DEFAULT_SETTINGS.desiredRetention,
		newPerDay: isNewPerDay(newPerDay) ? newPerDay : DEFAULT_SETTINGS.newPerDay,
		theme: THEMES.includes(theme as Theme) ? (theme as Theme) : DEFAULT_SETTINGS.theme,
		// A damaged exam goal is dropped: the learner studies as without one, and can set it again.
		...(isExamGoal(exam)
			? { exam: { day: exam.day, minutesPerDay: exam.minutesPerDay, target: exam.target } }
			: {})
	};
}

/** An exam goal the planner can use: a real day, 1 to 600 whole minutes, a target in range. */
export function isExamGoal(value: unknown): value is ExamGoal {
	if (typeof value !== 'object' || value === null) return false;
	const { day, minutesPerDay, target } = value as Record<string, unknown>;
	return (
		typeof day === 'string' &&
		/^\d{4}-\d{2}-\d{2}$/.test(day) &&
		new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day &&
		typeof minutesPerDay === 'number' &&
		Number.isInteger(minutesPerDay) &&
		minutesPerDay >= MIN_EXAM_MINUTES &&
		minutesPerDay <= MAX_EXAM_MINUTES &&
		isRetention(target)
	);
}

export function isRetention(value: unknown): value is number {
	return typeof value === 'number' && value >= MIN_RETENTION && value <= MAX_RETENTION;
}

export function isNewPerDay(value: unknown): value is number {
	return (
		typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_NEW_PER_DAY
	);
}
