/**
 * A quiz in progress survives the reload into a new version of the app: it is saved to this tab's
 * session storage before the reload and carried on after it. What is read back is checked; a
 * damaged or foreign entry is dropped, never trusted.
 */
import * as v from 'valibot';
import type { Quiz } from '$lib/engine/models';
import type { QuizRunSnapshot } from './quiz-run.svelte';

const KEY = 'speech-study:quiz-in-progress';

/** What is saved: the quiz itself (its questions, not only its spec), its title and the run. */
export interface SavedQuiz {
	title: string;
	quiz: Quiz;
	run: QuizRunSnapshot;
}

const SavedQuizSchema = v.looseObject({
	title: v.string(),
	quiz: v.looseObject({
		spec: v.looseObject({}),
		questions: v.array(v.looseObject({ id: v.string() }))
	}),
	run: v.looseObject({
		startedAt: v.number(),
		index: v.pipe(v.number(), v.integer(), v.minValue(0)),
		results: v.array(v.nullable(v.looseObject({ correct: v.boolean() })))
	})
});

export function saveQuizInProgress(saved: SavedQuiz, storage: Storage = sessionStorage): void {
	storage.setItem(KEY, JSON.stringify(saved));
}

/** The quiz saved before a reload, once: reading it removes it. Null when none (or damaged). */
export function takeQuizInProgress(storage: Storage = sessionStorage): SavedQuiz | null {
	const text = storage.getItem(KEY);
	storage.removeItem(KEY);
	if (!text) return null;
	try {
		const parsed = v.safeParse(SavedQuizSchema, JSON.parse(text));
		if (!parsed.success) return null;
		const saved = parsed.output as unknown as SavedQuiz;
		return saved.run.results.length === saved.quiz.questions.length ? saved : null;
	} catch {
		return null;
	}
}
