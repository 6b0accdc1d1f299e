import { describe, expect, it } from 'vitest';
import { daysToExam, planExam, type ExamPlanInput } from './exam';
import { examAhead, NEW_CARD_SECONDS, REVIEW_SECONDS, type ExamGoal } from './exam-goal';
import type { CardState } from './models';
import { createScheduler, newCardState } from './scheduler';
import { simulateStudy } from './simulation';
import { DAY_MS } from './time';

/** Monday 6 January 2025, 09:00 UTC. */
const MONDAY = Date.UTC(2025, 0, 6, 9);
const scheduler = createScheduler({ desiredRetention: 0.9 });
const cards = (n: number) => Array.from({ length: n }, (_, i) => `fact-${i}:qa`);
const goal = (days: number, minutesPerDay: number): ExamGoal => ({
	day: new Date(MONDAY + days * DAY_MS).toISOString().slice(0, 10),
	minutesPerDay,
	target: 0.9
});

function input(overrides: Partial<ExamPlanInput> & { goal: ExamGoal }): ExamPlanInput {
	return { cardIds: cards(40), states: new Map(), scheduler, now: MONDAY, ...overrides };
}

/** A card learned `daysAgo` days before MONDAY and reviewed "good" once it came due since. */
function learned(cardId: string, daysAgo: number): CardState {
	let state = newCardState(cardId, MONDAY - daysAgo * DAY_MS);
	let at = MONDAY - daysAgo * DAY_MS;
	for (let i = 0; i < 8 && (i === 0 || at < MONDAY); i++) {
		state = scheduler.grade(state, 'good', at).state;
		at = Math.max(at + 60_000, state.due);
	}
	return state;
}

describe('the days to an exam', () => {
	it('counts calendar days in the learner’s time zone, and ends on the exam day', () => {
		expect(daysToExam(goal(7, 10), MONDAY)).toBe(7);
		// 23:30 in Baku (UTC+4) on Monday is Tuesday already.
		expect(daysToExam(goal(7, 10), Date.UTC(2025, 0, 6, 20, 30), -240)).toBe(6);
		expect(examAhead(goal(1, 10), '2025-01-06')).toBe(true);
		expect(examAhead(goal(0, 10), '2025-01-06')).toBe(false);
		expect(examAhead(goal(-3, 10), '2025-01-06')).toBe(false);
		expect(examAhead(undefined, '2025-01-06')).toBe(false);
	});
});

describe('an exam plan', () => {
	it('reaches the target on exam day with every card met, within the minutes given', () => {
		const plan = planExam(input({ goal: goal(10, 20) }));
		expect(plan.days).toHaveLength(10);
		expect(plan.days[0]!.day).toBe('2025-01-06');
		expect(plan.days.at(-1)!.day).toBe('2025-01-15');
		expect(plan.reachable).toBe(true);
		expect(plan.minutesNeeded).toBeNull();
		expect(plan.predicted).toMatchObject({ total: 40, atTarget: 40 });
		expect(plan.predicted.meanRecall).toBeGreaterThan(0.9);
		expect(new Set(plan.days.flatMap((day) => day.cards))).toEqual(new Set(cards(40)));
		expect(plan.days.reduce((sum, day) => sum + day.fresh, 0)).toBe(40);
		for (const day of plan.days) {
			expect(day.seconds).toBeLessThanOrEqual(20 * 60);
			expect(day.seconds).toBe(
				day.fresh * NEW_CARD_SECONDS + (day.cards.length - day.fresh) * REVIEW_SECONDS
			);
		}
	});

	it('meets every new card first, as time allows, and shows every card on the cram day', () => {
		const plan = planExam(input({ goal: goal(6, 30) }));
		// 30 minutes hold 40 new cards at 45 s: all met on the first day.
		expect(plan.days[0]!.fresh).toBe(40);
		const cram = plan.days.at(-1)!;
		expect(new Set(cram.cards)).toEqual(new Set(cards(40)));
	});

	it('says when the time given cannot reach the target, and the least minutes that would', () => {
		const plan = planExam(input({ cardIds: cards(262), goal: goal(5, 10) }));
		expect(plan.reachable).toBe(false);
		expect(plan.predicted.atTarget).toBeLessThan(262);
		expect(plan.minutesNeeded).toBeGreaterThan(10);
		const enough = planExam(input({ cardIds: cards(262), goal: goal(5, plan.minutesNeeded!) }));
		expect(enough.reachable).toBe(true);
		const justShort = planExam(
			input({ cardIds: cards(262), goal: goal(5, plan.minutesNeeded! - 1) }),
			{ findMinutes: false }
		);
		expect(justShort.reachable).toBe(false);
	});

	it('spends only what is left of today, and does not meet again cards met today', () => {
		const met = new Set(cards(5));
		const states = new Map([...met].map((id) => [id, learned(id, 0)]));
		const plan = planExam(input({ goal: goal(4, 10), states, spentToday: 9 * 60 }));
		expect(plan.days[0]!.seconds).toBeLessThanOrEqual(60);
		expect(plan.days[0]!.cards.some((id) => met.has(id))).toBe(false);
	});

	it('leaves alone cards already safe for the exam, and takes the weakest first', () => {
		const strong = cards(3).map((id) => [id, learned(id, 200)] as const);
		const weak = ['weak:qa', learned('weak:qa', 3)] as const;
		const states = new Map<string, CardState>([...strong, weak]);
		const recallAtExam = (state: CardState) =>
			scheduler.recallProbability(state, MONDAY - 9 * 3_600_000 + 2 * DAY_MS);
		const safe = strong.filter(([, state]) => recallAtExam(state) >= 0.9).map(([id]) => id);
		const plan = planExam(input({ cardIds: [...cards(3), 'weak:qa'], states, goal: goal(2, 30) }));
		expect(plan.days[0]!.cards.filter((id) => safe.includes(id))).toEqual([]);
		expect(plan.reachable).toBe(true);
	});

	it('has no days on the exam day or after it, and leaves the cards as they are', () => {
		const states = new Map([['fact-0:qa', learned('fact-0:qa', 10)]]);
		for (const days of [0, -1]) {
			const plan = planExam(input({ goal: goal(days, 20), states }));
			expect(plan.days).toEqual([]);
			expect(plan.minutesNeeded).toBeNull();
		}
	});
});

describe('a simulated learner', () => {
	const base = {
		cardIds: cards(120),
		start: Date.UTC(2025, 0, 6),
		target: 0.9,
		desiredRetention: 0.9,
		newPerDay: 20,
		seed: 7
	};

	it('is reproducible from its seed', () => {
		const run = () =>
			simulateStudy({ ...base, examInDays: 4, minutesPerDay: 40, plan: 'exam' }).shareAtTarget;
		expect(run()).toBe(run());
	});

	it('in exam mode has more cards at the target than plain FSRS when the exam is near', () => {
		const plain = simulateStudy({ ...base, examInDays: 4, minutesPerDay: 40, plan: 'plain' });
		const exam = simulateStudy({ ...base, examInDays: 4, minutesPerDay: 40, plan: 'exam' });
		expect(plain.shareAtTarget).toBeLessThan(0.8);
		expect(exam.shareAtTarget).toBeGreaterThanOrEqual(0.95);
		expect(exam.minutesStudied).toBeLessThanOrEqual(4 * 40 + 1);
	});
});
