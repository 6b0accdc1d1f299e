/**
 * A student taking an assignment: the link decoded (nothing trusted, nothing stored if it is
 * bad), the student's name, the quiz run under the assignment's rules with options in the
 * student's own order, and on submit the result code, kept on this device so that reopening the
 * link shows it again. The attempt also counts in the student's own progress.
 */
import { assignmentQuiz, cleanText } from '$lib/assignments/assignment';
import { CodeError } from '$lib/assignments/errors';
import { scoreAnswers } from '$lib/assignments/grade';
import { joinPackOf, openAssignment } from '$lib/assignments/join-code';
import { generateSigningKeys, importSigningKeys } from '$lib/assignments/keys';
import { LIMITS, type OpenedAssignment } from '$lib/assignments/models';
import {
	encodeResult,
	signerToken,
	studentToken,
	type ResultSigner
} from '$lib/assignments/result';
import { shuffleForStudent } from '$lib/assignments/shuffle';
import type { PackedFact } from '$lib/content/models';
import { SvelteMap } from 'svelte/reactivity';
import type { ReloadRequiredError, StudentSubmission } from '$lib/db';
import type { Quiz } from '$lib/engine/models';
import { learnerSession } from './learner-session.svelte';
import type { UnsavedSubmission } from './quiz-resume';
import { QuizRun, type QuizRunSnapshot } from './quiz-run.svelte';
import { saveErrorMessage, saveQuizRun, specToJson } from './save-quiz-run';

export type TakePhase = 'empty' | 'opening' | 'invalid' | 'ready' | 'running' | 'submitted';

/** What the student sees once submitted: from this sitting, or saved by an earlier one. */
export interface Submitted {
	submission: Omit<StudentSubmission, 'nameKey'>;
	/** True when the link was opened again and the earlier code is shown. */
	earlier: boolean;
}

const errorMessage = (error: unknown, fallback: string) =>
	error instanceof Error && error.message ? error.message : fallback;

export class AssignmentTake {
	phase = $state<TakePhase>('empty');
	/** Why the link cannot be used, or why starting failed: shown in an alert. */
	error = $state('');
	assignment = $state.raw<OpenedAssignment | null>(null);
	run = $state.raw<QuizRun | null>(null);
	submitted = $state.raw<Submitted | null>(null);
	/** A problem storing the code or the progress; the code is shown all the same. */
	saveError = $state('');
	/**
	 * The submission, when storing it failed because the database closed under this tab (another
	 * tab's upgrade): the page keeps it in the tab and gives it back after the reload.
	 */
	unsaved = $state.raw<UnsavedSubmission | null>(null);

	#quiz: Quiz | null = null;
	/** The student's name, cleaned, once the quiz started. */
	#name = '';
	/** The learner profile's token, once the quiz started (none without storage). */
	#student: string | undefined;
	/** The profile's signing keys, for an assignment opened by its join code. */
	#signer: ResultSigner | undefined;
	readonly #facts: readonly PackedFact[];
	readonly #now: () => number;
	readonly #factsById: Map<string, PackedFact>;

	constructor(facts: readonly PackedFact[], now: () => number = () => Date.now()) {
		this.#facts = facts;
		this.#now = now;
		this.#factsById = new SvelteMap(facts.map((fact) => [fact.id, fact]));
	}

	/** A fact of the assignment's pack by id. */
	factOf = (id: string): PackedFact | undefined => this.#factsById.get(id);

	/** Reads a link, its hash or a join code; an empty one leaves the page asking for a link. */
	async open(input: string): Promise<void> {
		this.#reset();
		if (!input.trim()) return;
		this.phase = 'opening';
		try {
			const assignment = await openAssignment(input, joinPackOf(this.#facts));
			this.#quiz = assignmentQuiz(this.#facts, assignment);
			this.assignment = assignment;
			this.phase = 'ready';
		} catch (error) {
			this.error =
				error instanceof CodeError
					? error.message
					: 'This assignment link could not be read. Copy the whole link again and retry.';
			this.phase = 'invalid';
		}
	}

	/** The run in progress, to carry it on after the app reloads; null when none is running. */
	inProgress(): { name: string; run: QuizRunSnapshot } | null {
		return this.phase === 'running' && this.run
			? { name: this.#name, run: this.run.snapshot() }
			: null;
	}

	/**
	 * Starts the quiz for `name`, or shows the code this student already submitted here.
	 * `resume` carries on a run saved before the app reloaded.
	 * @returns false with `error` set when the name cannot be used.
	 */
	async start(typedName: string, resume?: QuizRunSnapshot): Promise<boolean> {
		const assignment = this.assignment;
		const quiz = this.#quiz;
		if (!assignment || !quiz) return false;
		const name = cleanText(typedName);
		if (!name || name.length > LIMITS.name) {
			this.error = `Type your name as your teacher knows it (1 to ${LIMITS.name} characters).`;
			return false;
		}
		this.error = '';
		// The learner profile's token tells this student from a classmate who typed the same name,
		// in the result code and in what this device shows as already submitted.
		({ student: this.#student, signer: this.#signer } = await identityFor(assignment));
		try {
			const { db, api } = await learnerSession.open();
			const earlier = await api.getSubmission(db, assignment.id, name, this.#student);
			if (earlier) {
				this.#name = name;
				this.submitted = { submission: earlier, earlier: true };
				this.phase = 'submitted';
				return true;
			}
		} catch {
			// Without storage the quiz still runs; the code is shown to copy.
		}
		this.run = this.#runFor(assignment, quiz, name, resume);
		this.#name = name;
		this.phase = 'running';
		return true;
	}

	/** The student's run: the quiz with options in their own order, under the assignment's rules. */
	#runFor(
		assignment: OpenedAssignment,
		quiz: Quiz,
		name: string,
		resume?: QuizRunSnapshot
	): QuizRun {
		const shuffled: Quiz = {
			...quiz,
			questions: quiz.questions.map((question) =>
				shuffleForStudent(question, `${assignment.id}:${name}`)
			)
		};
		return new QuizRun(shuffled, {
			// Without feedback, the run behaves as a test: the marks come only at the end, if at all.
			feedback: assignment.feedback === 'during' ? 'during' : 'end',
			// Submitted like an exam: skip, review every answer, change, then confirm.
			review: true,
			now: this.#now,
			facts: this.factOf,
			resume,
			...(assignment.timeLimitMinutes ? { timeLimitSeconds: assignment.timeLimitMinutes * 60 } : {})
		});
	}

	/** Encodes the finished run as a result code, keeps it here, and records the attempt. */
	async submit(): Promise<void> {
		const { assignment, run } = this;
		const quiz = this.#quiz;
		if (!assignment || !quiz || !run || this.submitted) return;
		run.finish();
		const answers = quiz.questions.map((_, i) => run.results[i]?.given ?? null);
		const submittedAt = run.finishedAt ?? this.#now();
		const durationSeconds = Math.round((submittedAt - run.startedAt) / 1000);
		const student = this.#student;
		const code = await encodeResult(
			{
				assignmentId: assignment.id,
				name: this.#name,
				answers,
				submittedAt,
				durationSeconds,
				...(student ? { student } : {})
			},
			{ assignment, quiz, ...(this.#signer ? { signer: this.#signer } : {}) }
		);
		const score = scoreAnswers(quiz, answers, this.factOf);
		const submission = {
			assignmentId: assignment.id,
			name: this.#name,
			code,
			submittedAt,
			durationSeconds,
			correct: score.correct,
			total: score.total,
			...(student ? { student } : {})
		};
		this.submitted = { submission, earlier: false };
		this.phase = 'submitted';
		await this.#store(submission, run);
	}

	/** Another attempt, where the assignment allows retries: a fresh run on a fresh clock. */
	retry(): void {
		const assignment = this.assignment;
		const quiz = this.#quiz;
		if (!assignment?.retries || !quiz || this.phase !== 'submitted' || !this.#name) return;
		this.submitted = null;
		this.saveError = '';
		this.run = this.#runFor(assignment, quiz, this.#name);
		this.phase = 'running';
	}

	/** Shows and stores a submission kept while the database was closed, now that it reopened. */
	async storeUnsaved(kept: UnsavedSubmission): Promise<void> {
		const assignment = this.assignment;
		const quiz = this.#quiz;
		if (!assignment || !quiz || kept.submission.assignmentId !== assignment.id) return;
		// Straight to the submitted screen: the run is over, and must not be submitted again.
		const run = this.#runFor(assignment, quiz, kept.name, kept.run);
		run.finish();
		this.#name = kept.name;
		this.run = run;
		// Kept here under the profile storing it: when the database was deleted, the profile that
		// made the code went with it, and this one carries on in its place.
		const { student } = await identityFor(assignment);
		const submission: Submitted['submission'] = { ...kept.submission };
		if (student) submission.student = student;
		else delete submission.student;
		this.submitted = { submission, earlier: false };
		this.phase = 'submitted';
		await this.#store(submission, run);
	}

	async #store(submission: Submitted['submission'], run: QuizRun): Promise<void> {
		const assignment = this.assignment;
		if (!assignment) return;
		try {
			const { db, api } = await learnerSession.open();
			// Where retries are allowed, the latest code is the one shown again.
			await api.saveSubmission(db, submission, { replace: assignment.retries === true });
		} catch (error) {
			if (error instanceof Error && error.name === 'ReloadRequiredError') {
				this.unsaved = { name: this.#name, run: run.snapshot(), submission };
				this.saveError = `${(error as ReloadRequiredError).what} Reload this page: your result code is kept, and saved on this device when you do.`;
				return;
			}
			this.saveError = `${errorMessage(error, 'Your result could not be saved on this device.')} Copy your result code now: it is not kept here.`;
			return;
		}
		try {
			await saveQuizRun(run, {
				packId: assignment.pack,
				title: assignment.title,
				spec: specToJson(assignment.spec),
				assignmentId: assignment.id
			});
		} catch (error) {
			this.saveError = `Your result code is kept here, but the quiz did not count in your progress: ${saveErrorMessage(error)}`;
		}
	}

	#reset() {
		this.phase = 'empty';
		this.error = '';
		this.assignment = null;
		this.run = null;
		this.submitted = null;
		this.saveError = '';
		this.unsaved = null;
		this.#quiz = null;
		this.#name = '';
		this.#student = undefined;
		this.#signer = undefined;
	}
}

/**
 * Who the active profile is in an assignment's results: a token of its id where results are
 * encrypted to the teacher; where they are signed (opened by the join code), its signing keys,
 * made the first time, and their token. Without storage, no token; a signer made for this tab.
 */
async function identityFor(
	assignment: OpenedAssignment
): Promise<{ student?: string; signer?: ResultSigner }> {
	if (assignment.teacherKey !== undefined) {
		const student = await learnerSession.learnerId().then(studentToken, () => undefined);
		return student ? { student } : {};
	}
	const stored = await learnerSession
		.open()
		.then(async ({ db, api }) =>
			api.getOrCreateSigningKeys(db, await learnerSession.learnerId(), () => generateSigningKeys())
		)
		.catch(() => generateSigningKeys());
	const { privateKey } = await importSigningKeys(stored);
	return {
		student: await signerToken(stored.publicKey),
		signer: { privateKey, publicKey: stored.publicKey }
	};
}
