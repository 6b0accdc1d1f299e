/**
 * One study session: the learner's queue (due cards first, then new ones up to the daily limit),
 * flipping, grading with FSRS, undo of the last grade, and the summary at the end.
 */
import type { StudyDB, StudyQueueRequest } from '$lib/db';
import type { Flashcard } from '$lib/engine/models';
import type { ExamPlan } from '$lib/scheduling/exam';
import { withEarlyReviews } from '$lib/progress/focus';
import type { CardState, Grade, IntervalPreview, Scheduler } from '$lib/scheduling';
import { GRADES } from '$lib/scheduling/models';
import { newCardState } from '$lib/scheduling/scheduler';
import { timezoneOffsetAt } from '$lib/scheduling/time';
import { SvelteMap } from 'svelte/reactivity';
import { learnerSession } from './learner-session.svelte';

/**
 * A card graded "again" or "hard" on its first steps comes back within minutes: it returns to
 * the end of this session's queue when it is due within this long, as in Anki.
 */
export const REQUEUE_WITHIN_MS = 20 * 60_000;

export type StudyStatus = 'loading' | 'studying' | 'done' | 'failed';

interface Graded {
	reviewId: string;
	cardId: string;
	grade: Grade;
	/** The card went back into the queue for a later step of this session. */
	requeued: boolean;
}

export interface StudySessionOptions {
	/** The cards to study (all the app's, or those of a few facts). */
	cards: readonly Flashcard[];
	/**
	 * A session the learner asked for on a few facts (from the speech map): every one of their
	 * cards, new ones beyond the daily limit and ones not due yet after the due ones.
	 */
	focused?: boolean;
	now?: () => number;
}

export class StudySession {
	status = $state<StudyStatus>('loading');
	error = $state('');
	/** Card ids still to show; the first is the current card. */
	queue = $state<string[]>([]);
	flipped = $state(false);
	/** Reviews of this session, last last: undo takes them back one by one. */
	graded = $state<Graded[]>([]);
	/** Due reviews and new cards when the session started. */
	/** The exam plan today's queue follows, while the learner's exam is ahead. */
	exam = $state.raw<ExamPlan | null>(null);
	dueAtStart = $state(0);
	newAtStart = $state(0);
	/** When the next card not in this session comes due, for the summary. */
	nextDueAt = $state<number | null>(null);
	busy = $state(false);
	previews = $state.raw<Record<Grade, IntervalPreview> | null>(null);

	readonly current = $derived(this.#card(this.queue[0]));
	readonly reviewed = $derived(this.graded.length);
	readonly progress = $derived(
		this.graded.length + this.queue.length === 0
			? 1
			: this.graded.length / (this.graded.length + this.queue.length)
	);
	readonly tally = $derived(
		Object.fromEntries(
			GRADES.map((grade) => [grade, this.graded.filter((g) => g.grade === grade).length])
		) as Record<Grade, number>
	);

	#cards: SvelteMap<string, Flashcard>;
	#now: () => number;
	#states = new SvelteMap<string, CardState>();
	#scheduler: Scheduler | null = null;
	#db: { db: StudyDB; api: typeof import('$lib/db') } | null = null;
	#learnerId = '';
	#focused: boolean;
	/** New cards asked for beyond today's limit, this session. */
	#extraNew = 0;
	/** Cards of the session never studied yet: "more new cards" has something to give. */
	unseen = $state(0);

	constructor(options: StudySessionOptions) {
		this.#cards = new SvelteMap(options.cards.map((card) => [card.id, card]));
		this.#focused = options.focused ?? false;
		this.#now = options.now ?? Date.now;
	}

	#card(id: string | undefined): Flashcard | null {
		return id === undefined ? null : (this.#cards.get(id) ?? null);
	}

	/** Loads the learner's queue. */
	async start(): Promise<void> {
		this.status = 'loading';
		try {
			this.#db = await learnerSession.open();
			const { db, api } = this.#db;
			this.#learnerId = await learnerSession.learnerId();
			this.#scheduler = api.schedulerFor(await api.getLearnerSettings(db, this.#learnerId));
			const cardIds = [...this.#cards.keys()];
			const request = {
				learnerId: this.#learnerId,
				cardIds,
				now: this.#now(),
				timezoneOffset: timezoneOffsetAt(this.#now()),
				...(this.#focused ? { newLimit: Number.MAX_SAFE_INTEGER } : {}),
				extraNew: this.#extraNew
			};
			const queue = await api.loadStudyQueue(db, request);
			this.#states = new SvelteMap(queue.states);
			this.unseen = cardIds.filter((id) => !queue.states.has(id)).length;
			this.queue = this.#focused
				? withEarlyReviews(queue.cardIds, cardIds, (id) => queue.states.get(id)?.due)
				: queue.cardIds;
			this.exam = queue.exam ?? null;
			if (queue.exam && !queue.exam.reachable && !queue.exam.searched) {
				void this.#findExamMinutes(request);
			}
			this.dueAtStart = queue.dueCount;
			this.newAtStart = queue.newCount;
			this.nextDueAt = queue.nextDueAt;
			this.graded = [];
			this.#show();
		} catch (error) {
			this.#fail(error);
		}
	}

	/**
	 * The minutes a day the exam's target needs, found after the queue is shown: a dozen plans,
	 * which would hold up the first card on a slow phone.
	 */
	async #findExamMinutes(request: StudyQueueRequest): Promise<void> {
		if (!this.#db) return;
		const { db, api } = this.#db;
		try {
			const { exam } = await api.loadStudyQueue(db, { ...request, findExamMinutes: true });
			if (exam && this.exam?.goal.day === exam.goal.day) this.exam = exam;
		} catch {
			// The banner goes on without the figure; studying is not affected.
		}
	}

	/** Carries on with `count` more new cards than today's limit allows. */
	async studyMoreNew(count: number): Promise<void> {
		this.#extraNew += count;
		await this.start();
	}

	/** Shows the current card's front, with what each grade would do to it. */
	#show(): void {
		this.flipped = false;
		const id = this.queue[0];
		if (id === undefined || !this.#scheduler) {
			this.previews = null;
			this.status = 'done';
			return;
		}
		const now = this.#now();
		this.previews = this.#scheduler.previewIntervals(
			this.#states.get(id) ?? newCardState(id, now),
			now
		);
		this.status = 'studying';
	}

	flip(): void {
		if (this.status === 'studying') this.flipped = !this.flipped;
	}

	/** Grades the current card; saved before the next card shows. */
	async grade(grade: Grade): Promise<void> {
		const cardId = this.queue[0];
		if (!cardId || !this.flipped || this.busy || !this.#db || !this.#scheduler) return;
		this.busy = true;
		try {
			const { db, api } = this.#db;
			const now = this.#now();
			const outcome = await api.gradeCard(db, {
				learnerId: this.#learnerId,
				cardId,
				grade,
				now,
				scheduler: this.#scheduler,
				timezoneOffset: timezoneOffsetAt(now)
			});
			this.#states.set(cardId, outcome.state);
			const requeued = outcome.state.due - now <= REQUEUE_WITHIN_MS;
			this.queue = requeued ? [...this.queue.slice(1), cardId] : this.queue.slice(1);
			this.graded = [...this.graded, { reviewId: outcome.review.id, cardId, grade, requeued }];
			this.#show();
		} catch (error) {
			this.#fail(error, true);
		} finally {
			this.busy = false;
		}
	}

	/** Takes back the last grade of this session: the card's state is restored exactly. */
	async undo(): Promise<void> {
		const last = this.graded.at(-1);
		if (!last || this.busy || !this.#db) return;
		this.busy = true;
		try {
			const { db, api } = this.#db;
			const undone = await api.undoLastReview(db, this.#learnerId, last.reviewId);
			if (!undone) {
				this.error = 'This review can no longer be undone.';
				return;
			}
			if (undone.previous) this.#states.set(last.cardId, undone.previous);
			else this.#states.delete(last.cardId);
			const rest = last.requeued ? this.#withoutLast(this.queue, last.cardId) : this.queue;
			this.queue = [last.cardId, ...rest];
			this.graded = this.graded.slice(0, -1);
			this.error = '';
			this.#show();
		} catch (error) {
			this.#fail(error, true);
		} finally {
			this.busy = false;
		}
	}

	#withoutLast(queue: string[], cardId: string): string[] {
		const index = queue.lastIndexOf(cardId);
		return index < 0 ? queue : [...queue.slice(0, index), ...queue.slice(index + 1)];
	}

	/** Shows a storage error; a failed grade keeps the card on screen, so nothing is lost. */
	#fail(error: unknown, keepStudying = false): void {
		this.error = error instanceof Error ? error.message : 'Something went wrong.';
		if (!keepStudying) this.status = 'failed';
	}
}
