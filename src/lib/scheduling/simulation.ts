/**
 * A simulated learner studying through the app's own queue and scheduler, day by day, for the
 * simulator benchmark (`npm run simulate`): how many cards a plan brings to the target by the
 * exam, in how many minutes.
 *
 * The learner's real memory follows FSRS with its own weights (the "true" weights, the defaults
 * when absent), which the app does not know: the app schedules with its own. Each day at noon the
 * learner sits down for the minutes given and studies what the app shows, in its order. A card
 * is recalled with the chance the true memory gives at that moment (a seeded coin), and graded
 * "good" when recalled, "again" when not; a card met for the first time is read and graded
 * "good". Learning steps that come due while time is left are studied in the same sitting.
 */
import { createRng, type Rng } from '../engine/random';
import { planExam } from './exam';
import { NEW_CARD_SECONDS, REVIEW_SECONDS, type ExamGoal } from './exam-goal';
import type { CardState, EpochMs, Grade } from './models';
import { buildStudyQueue } from './queue';
import { createScheduler, newCardState, type Scheduler } from './scheduler';
import { DAY_MS, HOUR_MS, dayKey } from './time';

export type StudyPlan = 'plain' | 'exam';

export interface SimulationInput {
	/** The cards to learn, in the order new cards come; all new on day 0. */
	cardIds: readonly string[];
	/** Midnight (UTC) of the first day. */
	start: EpochMs;
	/** The exam is this many days after the first day. */
	examInDays: number;
	minutesPerDay: number;
	plan: StudyPlan;
	/** The recall to reach on exam day. */
	target: number;
	/** The app's settings for plain FSRS. */
	desiredRetention: number;
	newPerDay: number;
	/** The learner's real memory; FSRS's defaults when absent. */
	trueWeights?: readonly number[];
	seed: number | string;
	/**
	 * The cards' states on day 0 (absent: all new). The true memory starts from them too: with no
	 * true weights given, the learner is as the app believes.
	 */
	states?: ReadonlyMap<string, CardState>;
}

/** One review as the app logged it, with what really happened: the fit's data. */
export interface SimulatedReview {
	cardId: string;
	at: EpochMs;
	grade: Grade;
	/** The app's state before the review. */
	before: CardState;
}

export interface SimulationOutcome {
	plan: StudyPlan;
	/** Share of cards whose true recall on exam morning is at or above the target. */
	shareAtTarget: number;
	/** Mean recall on exam morning, as the app predicts it and as it really is. */
	meanPredictedRecall: number;
	meanTrueRecall: number;
	minutesStudied: number;
	/** Reviews (every card shown, learning steps included) on each day, from day 0. */
	reviewsPerDay: number[];
	reviews: SimulatedReview[];
}

/** Runs one plan from day 0 to the exam. */
export function simulateStudy(input: SimulationInput): SimulationOutcome {
	const rng: Rng = createRng(`${input.seed}:${input.plan}`);
	const app = createScheduler({ desiredRetention: input.desiredRetention });
	const truth = createScheduler({
		desiredRetention: input.desiredRetention,
		...(input.trueWeights ? { weights: input.trueWeights } : {})
	});
	const states = new Map<string, CardState>(input.states);
	const memory = new Map<string, CardState>(input.states);
	const reviewsPerDay: number[] = [];
	const reviews: SimulatedReview[] = [];
	const goal: ExamGoal = {
		day: dayKey(input.start + input.examInDays * DAY_MS),
		minutesPerDay: input.minutesPerDay,
		target: input.target
	};
	let seconds = 0;

	const study = (cardId: string, at: EpochMs): number => {
		const before = states.get(cardId) ?? newCardState(cardId, at);
		const first = before.phase === 'new';
		const recalled = first || rng() < truth.recallProbability(memory.get(cardId)!, at);
		const grade: Grade = recalled ? 'good' : 'again';
		states.set(cardId, app.grade(before, grade, at).state);
		memory.set(
			cardId,
			truth.grade(memory.get(cardId) ?? newCardState(cardId, at), grade, at).state
		);
		reviews.push({ cardId, at, grade, before });
		// A first look is read, then graded; its learning step is a review like any other.
		return first ? NEW_CARD_SECONDS - REVIEW_SECONDS : REVIEW_SECONDS;
	};

	for (let day = 0; day < input.examInDays; day++) {
		const dayStartAt = input.start + day * DAY_MS;
		const reviewedBefore = reviews.length;
		let at = dayStartAt + 12 * HOUR_MS;
		let budget = input.minutesPerDay * 60;
		let newToday = 0;
		// A few rounds: the queue again once learning steps have come due in the sitting.
		for (let round = 0; round < 6 && budget > 0; round++) {
			const queue = queueFor(
				input,
				app,
				states,
				goal,
				at,
				newToday,
				input.minutesPerDay * 60 - budget
			);
			if (!queue.length) {
				const waiting = [...states.values()]
					.filter((state) => state.phase === 'learning' || state.phase === 'relearning')
					.map((state) => state.due)
					.filter((due) => due > at && due < at + 15 * 60_000);
				if (!waiting.length) break;
				at = Math.min(...waiting);
				continue;
			}
			for (const cardId of queue) {
				if (budget <= 0) break;
				if (!states.has(cardId) || states.get(cardId)!.phase === 'new') newToday++;
				const spent = study(cardId, at);
				budget -= spent;
				seconds += spent;
				at += spent * 1000;
			}
		}
		reviewsPerDay.push(reviews.length - reviewedBefore);
	}

	const examAt = input.start + input.examInDays * DAY_MS;
	let atTarget = 0;
	let predicted = 0;
	let real = 0;
	for (const cardId of input.cardIds) {
		const own = states.get(cardId);
		const true_ = memory.get(cardId);
		const recall = true_ ? truth.recallProbability(true_, examAt) : 0;
		predicted += own ? app.recallProbability(own, examAt) : 0;
		real += recall;
		if (recall >= input.target) atTarget++;
	}
	const total = input.cardIds.length;
	return {
		plan: input.plan,
		shareAtTarget: atTarget / total,
		meanPredictedRecall: predicted / total,
		meanTrueRecall: real / total,
		minutesStudied: seconds / 60,
		reviewsPerDay,
		reviews
	};
}

/** What the app shows the learner at `at`: the plain queue, or today's part of the exam plan. */
function queueFor(
	input: SimulationInput,
	app: Scheduler,
	states: ReadonlyMap<string, CardState>,
	goal: ExamGoal,
	at: EpochMs,
	newToday: number,
	spentToday: number
): string[] {
	const endOfToday = Math.floor(at / DAY_MS) * DAY_MS + DAY_MS;
	if (input.plan === 'plain') {
		return buildStudyQueue({
			cardIds: input.cardIds,
			states: states.values(),
			now: at,
			newLimit: input.newPerDay,
			newIntroducedToday: newToday,
			endOfToday
		});
	}
	const plan = planExam(
		{ cardIds: input.cardIds, states, scheduler: app, goal, now: at, spentToday },
		{ findMinutes: false }
	);
	return plan.days[0]?.cards ?? [];
}
