import { describe, expect, it } from 'vitest';
import type { MultipleChoiceQuestion, OrderQuestion, Quiz } from '$lib/engine/models';
import { QuizRun, type QuizRunOptions } from './quiz-run.svelte';

/** Monday 6 January 2025, 09:00 UTC. */
const T0 = Date.UTC(2025, 0, 6, 9);

const mc = (id: string, answer: string): MultipleChoiceQuestion => ({
	id: `mc:${id}`,
	type: 'mc',
	prompt: `Question ${id}?`,
	factIds: [id],
	difficulty: 1,
	explanation: `Fact ${id}.`,
	options: ['A', 'B', 'C', 'D'],
	answer
});

const order = (): OrderQuestion => ({
	id: 'order:x+y+z',
	type: 'order',
	prompt: 'Put these events in order.',
	factIds: ['x', 'y', 'z'],
	difficulty: 2,
	explanation: 'X, then Y, then Z.',
	options: ['Z', 'X', 'Y'],
	answer: ['X', 'Y', 'Z']
});

const quiz = (): Quiz => ({
	spec: { types: ['mc', 'order'], count: 3, difficulty: [1, 3], seed: 1 },
	questions: [mc('one', 'A'), order(), mc('two', 'B')]
});

/** A clock that moves only when told to. */
function clock(start = T0) {
	let time = start;
	return { now: () => time, advance: (ms: number) => (time += ms) };
}

/** Runs `test` inside an effect root, as a component would, and cleans up after. */
function withRoot(test: () => void) {
	const cleanup = $effect.root(test);
	cleanup();
}

const run = (options: Partial<QuizRunOptions> = {}) =>
	new QuizRun(quiz(), { feedback: 'during', now: () => T0, ...options });

describe('QuizRun', () => {
	it('starts on the first question with nothing answered', () => {
		withRoot(() => {
			const quizRun = run();
			expect(quizRun.index).toBe(0);
			expect(quizRun.current?.id).toBe('mc:one');
			expect(quizRun.currentResult).toBeUndefined();
			expect(quizRun.progress).toBe(0);
			expect(quizRun.startedAt).toBe(T0);
		});
	});

	it('grades an answer and keeps it until the next question', () => {
		withRoot(() => {
			const quizRun = run();
			const result = quizRun.answer('A');
			expect(result).toEqual({ correct: true, expected: 'A', given: 'A' });
			expect(quizRun.currentResult?.correct).toBe(true);
			expect(quizRun.score).toBe(1);
			expect(quizRun.progress).toBeCloseTo(1 / 3);
			expect(() => quizRun.answer('B')).toThrow(/already answered/);
			expect(quizRun.next()).toBe(true);
			expect(quizRun.current?.type).toBe('order');
			expect(quizRun.currentResult).toBeUndefined();
		});
	});

	it('finishes after the last question, with the score, percent and missed questions', () => {
		withRoot(() => {
			const time = clock();
			const quizRun = run({ now: time.now });
			quizRun.answer('A');
			quizRun.next();
			quizRun.answer(['X', 'Z', 'Y']);
			quizRun.next();
			quizRun.answer('C');
			time.advance(90_000);
			expect(quizRun.next()).toBe(false);
			expect(quizRun.finished).toBe(true);
			expect(quizRun.finishedAt).toBe(T0 + 90_000);
			expect(quizRun.elapsed).toBe(90_000);
			expect(quizRun.score).toBe(1);
			expect(quizRun.percent).toBe(33);
			expect(quizRun.missed.map((missed) => missed.question.id)).toEqual(['order:x+y+z', 'mc:two']);
			expect(quizRun.missed[1]?.result).toMatchObject({ given: 'C', expected: 'B' });
			expect(() => quizRun.answer('B')).toThrow(/finished/);
		});
	});

	it('gives the answers to store, with per-fact results of a partly right ordering', () => {
		withRoot(() => {
			const quizRun = run();
			quizRun.answer('A');
			quizRun.next();
			quizRun.answer(['X', 'Z', 'Y']);
			quizRun.finish();
			expect(quizRun.answers()).toEqual([
				{ questionId: 'mc:one', factIds: ['one'], given: 'A', correct: true },
				{
					questionId: 'order:x+y+z',
					factIds: ['x', 'y', 'z'],
					given: ['X', 'Z', 'Y'],
					correct: false,
					factResults: [
						{ factId: 'x', correct: true },
						{ factId: 'y', correct: false },
						{ factId: 'z', correct: false }
					]
				},
				// Never reached: counts as wrong, as on paper.
				{ questionId: 'mc:two', factIds: ['two'], given: null, correct: false }
			]);
			expect(structuredClone(quizRun.answers())).toEqual(quizRun.answers());
		});
	});

	it('finishes by itself when the time limit passes', () => {
		withRoot(() => {
			const time = clock();
			const quizRun = run({ now: time.now, timeLimitSeconds: 60 });
			expect(quizRun.remainingSeconds).toBe(60);
			time.advance(59_500);
			quizRun.tick();
			expect(quizRun.remainingSeconds).toBe(1);
			expect(quizRun.finished).toBe(false);
			time.advance(500);
			quizRun.tick();
			expect(quizRun.finished).toBe(true);
			expect(quizRun.missed).toHaveLength(3);
		});
	});

	it('keeps its feedback mode for the player to honour', () => {
		withRoot(() => {
			expect(run({ feedback: 'end' }).feedback).toBe('end');
			expect(run().remainingSeconds).toBeUndefined();
		});
	});

	it('carries on from a snapshot where it was, with the same answers and start time', () => {
		withRoot(() => {
			const time = clock();
			const first = run({ now: time.now });
			first.answer('A');
			first.next();
			time.advance(30_000);
			const saved = JSON.parse(JSON.stringify(first.snapshot()));

			const resumed = run({ now: time.now, resume: saved });
			expect(resumed.startedAt).toBe(T0);
			expect(resumed.index).toBe(1);
			expect(resumed.current?.id).toBe('order:x+y+z');
			expect(resumed.score).toBe(1);
			expect(resumed.elapsed).toBe(30_000);
			resumed.answer(['X', 'Y', 'Z']);
			expect(resumed.score).toBe(2);
		});
	});
});

describe('a run submitted like an exam (review)', () => {
	const reviewed = (feedback: QuizRunOptions['feedback'], resume?: QuizRunOptions['resume']) =>
		new QuizRun(quiz(), {
			feedback,
			now: clock().now,
			review: true,
			...(resume ? { resume } : {})
		});

	it('goes to the review after the last question, and lets every answer be changed', () => {
		const run = reviewed('end');
		run.answer('B');
		run.next();
		run.skip();
		expect(run.returnsToReview).toBe(true);
		run.answer('B');
		run.next();
		expect(run.reviewing).toBe(true);
		expect(run.finished).toBe(false);
		expect(run.results.map((result) => result?.given)).toEqual(['B', undefined, 'B']);

		// The skipped one, then a change of mind on the first: each goes back to the review.
		run.reopen(1);
		expect(run.index).toBe(1);
		expect(run.returnsToReview).toBe(true);
		run.answer(['X', 'Y', 'Z']);
		run.next();
		expect(run.reviewing).toBe(true);
		run.reopen(0);
		run.answer('A');
		run.next();
		expect(run.reviewing).toBe(true);
		expect(run.score).toBe(3);
		run.finish();
		expect(run.reviewing).toBe(false);
		expect(() => run.reopen(0)).toThrow('cannot be changed');
	});

	it('with feedback during the run, reopens only the questions skipped', () => {
		const run = reviewed('during');
		run.answer('C');
		run.next();
		run.skip();
		run.answer('B');
		run.next();
		expect(run.reviewing).toBe(true);
		expect([0, 1, 2].map((i) => run.canReopen(i))).toEqual([false, true, false]);
		expect(() => run.reopen(0)).toThrow('cannot be changed');
		run.reopen(1);
		expect(() => run.answer('A')).not.toThrow();
		run.next();
		expect(run.reviewing).toBe(true);
		expect(() => {
			run.reopen(1);
		}).toThrow('cannot be changed');
	});

	it('comes back on the review screen after a reload', () => {
		const run = reviewed('end');
		for (const given of ['A', ['X', 'Y', 'Z'], 'B'] as const) {
			run.answer(given as never);
			run.next();
		}
		const snapshot = run.snapshot();
		expect(snapshot.reviewing).toBe(true);
		expect(reviewed('end', snapshot).reviewing).toBe(true);
		// A run without review never resumes into one.
		expect(
			new QuizRun(quiz(), { feedback: 'end', now: clock().now, resume: snapshot }).reviewing
		).toBe(false);
	});

	it('without review, finishes after the last question and skips nothing', () => {
		const run = new QuizRun(quiz(), { feedback: 'end', now: clock().now });
		run.skip();
		expect(run.index).toBe(0);
		for (const given of ['A', ['X', 'Y', 'Z'], 'B'] as const) {
			run.answer(given as never);
			run.next();
		}
		expect(run.finished).toBe(true);
		expect(run.canReopen(0)).toBe(false);
	});
});
