import { describe, expect, it } from 'vitest';
import { memoryStorage } from './testing';
import type { Quiz } from '$lib/engine/models';
import {
	SavedAssignmentRunSchema,
	SavedQuizSchema,
	saveInProgress,
	takeInProgress,
	type SavedQuiz
} from './quiz-resume';

const quiz: Quiz = {
	spec: { types: ['tf'], count: 1, difficulty: [1, 3], seed: 4 },
	questions: [
		{
			id: 'tf:a',
			type: 'tf',
			prompt: 'According to the speech, A.',
			factIds: ['a'],
			difficulty: 1,
			explanation: 'A.',
			options: ['True', 'False'],
			answer: 'True'
		}
	]
};
const saved: SavedQuiz = {
	title: 'Quick 10',
	quiz,
	run: { startedAt: Date.UTC(2026, 11, 1, 9), index: 0, results: [null] }
};

describe('a quiz in progress across a reload', () => {
	it('is read back once, as it was saved', () => {
		const storage = memoryStorage();
		saveInProgress('quiz', saved, storage);
		expect(takeInProgress('quiz', SavedQuizSchema, storage)).toEqual(saved);
		expect(takeInProgress('quiz', SavedQuizSchema, storage)).toBeNull();
	});

	it.each([
		['not JSON', '{"title":'],
		['another shape', '{"title":"x"}'],
		[
			'answers that do not fit the quiz',
			JSON.stringify({ ...saved, run: { ...saved.run, results: [] } })
		],
		// Times no page can format, and a place past the last question.
		['a start time of 9e15', JSON.stringify({ ...saved, run: { ...saved.run, startedAt: 9e15 } })],
		['a start time of -1', JSON.stringify({ ...saved, run: { ...saved.run, startedAt: -1 } })],
		[
			'a finish before the start',
			JSON.stringify({ ...saved, run: { ...saved.run, finishedAt: saved.run.startedAt - 1 } })
		],
		['a question past the last', JSON.stringify({ ...saved, run: { ...saved.run, index: 7 } })]
	])('is dropped when %s', (_, text) => {
		const storage = memoryStorage();
		storage.setItem('speech-study:in-progress:quiz', text);
		expect(takeInProgress('quiz', SavedQuizSchema, storage)).toBeNull();
		expect(storage.length).toBe(0);
	});

	it('keeps a finished run finished, to be saved after the reload', () => {
		const storage = memoryStorage();
		const finished = { ...saved, run: { ...saved.run, finishedAt: saved.run.startedAt + 60_000 } };
		saveInProgress('quiz:unsaved', finished, storage);
		expect(takeInProgress('quiz:unsaved', SavedQuizSchema, storage)).toEqual(finished);
	});

	it('keeps an assignment run apart, under its own key', () => {
		const storage = memoryStorage();
		const run = { name: 'Leyla', run: saved.run };
		saveInProgress('assignment:abc', run, storage);
		expect(takeInProgress('assignment:xyz', SavedAssignmentRunSchema, storage)).toBeNull();
		expect(takeInProgress('assignment:abc', SavedAssignmentRunSchema, storage)).toEqual(run);
	});
});
