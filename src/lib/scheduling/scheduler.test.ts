import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SchedulingError } from './errors';
import { GRADES, type CardState, type Grade } from './models';
import {
	createScheduler,
	formatInterval,
	newCardState,
	quizOutcomeToGrade,
	type Scheduler
} from './scheduler';
import { DAY_MS, MINUTE_MS } from './time';

/** Monday 6 January 2025, 09:00 UTC: every test starts from this fixed time. */
const MONDAY = Date.UTC(2025, 0, 6, 9);
const scheduler = createScheduler({ desiredRetention: 0.9 });

/** A card graded through `grades`, each at the moment it comes due. */
function graded(grades: Grade[], using: Scheduler = scheduler): CardState {
	let state = newCardState('khojaly-killed:qa', MONDAY);
	for (const grade of grades) state = using.grade(state, grade, Math.max(state.due, MONDAY)).state;
	return state;
}

describe('newCardState', () => {
	it('is new, due now and never reviewed', () => {
		expect(newCardState('a:qa', MONDAY)).toMatchObject({
			cardId: 'a:qa',
			phase: 'new',
			due: MONDAY,
			reps: 0,
			lapses: 0,
			lastReview: null
		});
	});

	it('survives a JSON round trip unchanged', () => {
		const state = graded(['good', 'good']);
		expect(JSON.parse(JSON.stringify(state))).toEqual(state);
	});
});

describe('grade', () => {
	it('puts a new card graded good on its 10-minute learning step', () => {
		const { state, log } = scheduler.grade(newCardState('a:qa', MONDAY), 'good', MONDAY);
		expect(state).toMatchObject({ phase: 'learning', due: MONDAY + 10 * MINUTE_MS, reps: 1 });
		expect(log).toMatchObject({
			cardId: 'a:qa',
			grade: 'good',
			reviewedAt: MONDAY,
			phaseBefore: 'new',
			elapsedDays: 0,
			due: state.due
		});
	});

	it('graduates a card to review after two goods, days away', () => {
		const state = graded(['good', 'good']);
		expect(state.phase).toBe('review');
		expect(state.scheduledDays).toBeGreaterThanOrEqual(1);
	});

	it('counts again on a review card as a lapse and sends it to relearning', () => {
		const state = graded(['good', 'good', 'again']);
		expect(state).toMatchObject({ phase: 'relearning', lapses: 1 });
	});

	it('is deterministic: the same state, grade and time give the same result', () => {
		const state = graded(['good', 'good']);
		expect(scheduler.grade(state, 'hard', state.due)).toEqual(
			scheduler.grade(state, 'hard', state.due)
		);
	});

	it('does not change the state it is given', () => {
		const state = graded(['good']);
		const copy = structuredClone(state);
		scheduler.grade(state, 'easy', state.due);
		expect(state).toEqual(copy);
	});

	it('gives shorter intervals for a higher desired retention', () => {
		const strict = createScheduler({ desiredRetention: 0.97 });
		const relaxed = createScheduler({ desiredRetention: 0.8 });
		expect(graded(['good', 'good', 'good'], strict).scheduledDays).toBeLessThan(
			graded(['good', 'good', 'good'], relaxed).scheduledDays
		);
	});

	it('rejects an unknown grade and a time that is not a number', () => {
		const state = newCardState('a:qa', MONDAY);
		expect(() => scheduler.grade(state, 'perfect' as Grade, MONDAY)).toThrow(SchedulingError);
		expect(() => scheduler.grade(state, 'good', Number.NaN)).toThrow(SchedulingError);
	});

	it('orders intervals again ≤ hard ≤ good ≤ easy for any history', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...GRADES), { maxLength: 12 }), (grades) => {
				const state = graded(grades);
				const now = Math.max(state.due, MONDAY);
				const dues = GRADES.map((grade) => scheduler.grade(state, grade, now).state.due);
				for (let i = 1; i < dues.length; i++) expect(dues[i]).toBeGreaterThanOrEqual(dues[i - 1]!);
			})
		);
	});
});

describe('createScheduler', () => {
	it('rejects a desired retention outside (0, 1)', () => {
		for (const desiredRetention of [0, 1, 1.5, -0.1, Number.NaN]) {
			expect(() => createScheduler({ desiredRetention })).toThrow(SchedulingError);
		}
	});
});

describe('previewIntervals', () => {
	it('labels what each grade would give a new card', () => {
		const preview = scheduler.previewIntervals(newCardState('a:qa', MONDAY), MONDAY);
		expect(Object.keys(preview)).toEqual([...GRADES]);
		expect(preview.again.intervalLabel).toBe('1m');
		expect(preview.good.intervalLabel).toBe('10m');
		expect(preview.easy.intervalLabel).toMatch(/^\d+d$/);
	});

	it('agrees with what grading would do', () => {
		const state = graded(['good', 'good']);
		const preview = scheduler.previewIntervals(state, state.due);
		for (const grade of GRADES) {
			expect(preview[grade].due).toBe(scheduler.grade(state, grade, state.due).state.due);
		}
	});
});

describe('recallProbability', () => {
	it('is 0 for a card never reviewed', () => {
		expect(scheduler.recallProbability(newCardState('a:qa', MONDAY), MONDAY)).toBe(0);
	});

	it('is about the desired retention when a review card comes due, and falls after', () => {
		const state = graded(['good', 'good']);
		const atDue = scheduler.recallProbability(state, state.due);
		expect(atDue).toBeGreaterThan(0.85);
		expect(atDue).toBeLessThan(0.95);
		expect(scheduler.recallProbability(state, state.due + 30 * DAY_MS)).toBeLessThan(atDue);
	});
});

describe('quizOutcomeToGrade', () => {
	it('counts a correct answer as good and a wrong one as again', () => {
		expect(quizOutcomeToGrade(true)).toBe('good');
		expect(quizOutcomeToGrade(false)).toBe('again');
	});
});

describe('formatInterval', () => {
	it.each([
		[30_000, '1m'],
		[10 * MINUTE_MS, '10m'],
		[3 * 60 * MINUTE_MS, '3h'],
		[DAY_MS, '1d'],
		[12 * DAY_MS, '12d'],
		[45 * DAY_MS, '1.5mo'],
		[730 * DAY_MS, '2y']
	])('labels %d ms as %s', (ms, label) => {
		expect(formatInterval(ms)).toBe(label);
	});
});
