/**
 * One assignment on the teacher's device: its stored quiz and link, the results collected so far
 * and the class report. Result codes pasted, read from files or scanned are checked one by one:
 * the good ones are stored (each once), each bad one gets a line saying why.
 */
import { collectResults, type RejectedCode } from '$lib/assignments/collect';
import { CodeError } from '$lib/assignments/errors';
import { findByJoinId, joinCodeOf, joinIdOf, joinPackOf } from '$lib/assignments/join-code';
import { importTeacherKeys } from '$lib/assignments/keys';
import { resultAssignmentId } from '$lib/assignments/result';
import type { CollectedResult } from '$lib/assignments/models';
import {
	classReport,
	reportToCsv,
	type ClassReport,
	type CountedAttempt
} from '$lib/assignments/report';
import type { PackedFact } from '$lib/content/models';
import { SvelteSet } from 'svelte/reactivity';
import type { StoredAssignment } from '$lib/db';
import { learnerSession } from './learner-session.svelte';
import { plural } from '$lib/text/format';

const errorMessage = (error: unknown, fallback: string) =>
	error instanceof Error && error.message ? error.message : fallback;

export class ResultCollection {
	status = $state<'loading' | 'missing' | 'ready' | 'failed'>('loading');
	/** Why the assignment could not be opened. */
	error = $state('');
	stored = $state.raw<StoredAssignment | null>(null);
	results = $state.raw<CollectedResult[]>([]);
	/** This device lacks the key the assignment was made with: its results cannot be read here. */
	keyMissing = $state(false);
	/** The assignment's short join code (`K7M2-9QXD-4HTR`), where its choices fit one. */
	joinCode = $state<string | undefined>();
	busy = $state(false);
	/** What the last import did, e.g. "2 results imported." */
	message = $state('');
	/** The codes of the last import that were refused, each with why. */
	rejected = $state.raw<RejectedCode[]>([]);
	/** Why the last import could not be done at all (wrong key, far too much text). */
	importError = $state('');
	/** Which of each student's submissions the report counts: the teacher's choice. */
	counts = $state<CountedAttempt>('latest');
	/** When the page opened: a submission time after it (and a day's leeway) cannot be right. */
	#openedAt = Date.now();

	readonly report: ClassReport | null;

	#privateKey: CryptoKey | null = null;
	/** The id that results of students who typed the join code carry. */
	#joinId: string | undefined;
	#queue: Promise<void> = Promise.resolve();
	readonly #facts: readonly PackedFact[];

	constructor(facts: readonly PackedFact[]) {
		this.#facts = facts;
		this.report = $derived(
			this.stored
				? classReport(
						this.stored.assignment,
						this.stored.quiz,
						this.results,
						this.#facts.filter((fact) => fact.pack === this.stored?.assignment.pack),
						{
							counts: this.counts,
							now: this.#openedAt,
							...(this.stored.accepted ? { accepted: this.stored.accepted } : {})
						}
					)
				: null
		);
	}

	/**
	 * Opens what the page's hash names: an assignment id, or a student's result code (a result
	 * link), which opens its assignment and is imported at once. Returns the assignment id, so
	 * the page can name it in the address instead of the code.
	 */
	async openHash(hash: string): Promise<string> {
		const text = decodeURIComponent(hash.replace(/^#/, ''));
		if (!text.startsWith('SSR-')) {
			await this.load(text);
			return text;
		}
		let id: string;
		try {
			id = resultAssignmentId(text);
		} catch (error) {
			this.error = `This result link is damaged: ${errorMessage(error, 'it cannot be read')}. Ask the student to send it again.`;
			this.status = 'failed';
			return '';
		}
		await this.load(id);
		if (this.status === 'ready') await this.importText(text);
		// A signed result names its assignment by the join code's id: the address takes the real one.
		return this.stored?.id ?? id;
	}

	/** Opens the assignment `id` of this device, with its results and the key to read more. */
	async load(id: string): Promise<void> {
		this.status = 'loading';
		this.message = '';
		this.rejected = [];
		this.importError = '';
		try {
			const { db, api } = await learnerSession.open();
			const stored =
				(await api.getAssignment(db, id)) ??
				(await findByJoinId(await api.listAssignments(db), id, joinPackOf(this.#facts)));
			if (!stored) {
				this.stored = null;
				this.status = 'missing';
				return;
			}
			this.results = await api.listResults(db, stored.id);
			this.joinCode = joinCodeOf(stored.assignment, joinPackOf(this.#facts));
			this.#joinId = this.joinCode ? await joinIdOf(this.joinCode) : undefined;
			this.stored = stored;
			const keys = await api.findTeacherKeys(db, stored.assignment.teacherKey);
			this.#privateKey = keys ? (await importTeacherKeys(keys)).privateKey : null;
			this.keyMissing = !keys;
			this.status = 'ready';
		} catch (error) {
			this.error = errorMessage(error, 'This assignment could not be opened.');
			this.status = 'failed';
		}
	}

	/**
	 * Checks every result code in `text` and stores the good ones. Imports run one after another
	 * (scanned codes arrive while a paste is still being read), so none is lost.
	 */
	importText(text: string): Promise<void> {
		this.#queue = this.#queue.then(() => this.#import(text));
		return this.#queue;
	}

	async #import(text: string): Promise<void> {
		const stored = this.stored;
		if (!stored) return;
		this.busy = true;
		this.message = '';
		this.rejected = [];
		this.importError = '';
		try {
			if (!this.#privateKey) throw new CodeError('wrong-key', 'result');
			const outcome = await collectResults(text, {
				assignment: stored.assignment,
				quiz: stored.quiz,
				privateKey: this.#privateKey,
				...(this.#joinId ? { joinId: this.#joinId } : {}),
				alreadyImported: new SvelteSet(this.results.map((result) => result.id))
			});
			const { db, api } = await learnerSession.open();
			const added = await api.importResults(db, outcome.accepted);
			this.results = await api.listResults(db, stored.id);
			this.rejected = outcome.rejected;
			const parts = [`${plural(added.length, 'result')} imported`];
			if (outcome.rejected.length) parts.push(`${plural(outcome.rejected.length, 'code')} refused`);
			if (outcome.ignored) parts.push(`${plural(outcome.ignored, 'word')} skipped`);
			this.message =
				added.length || outcome.rejected.length
					? `${parts.join(', ')}.`
					: 'No result code was found in that text.';
		} catch (error) {
			this.importError = errorMessage(error, 'The codes could not be imported. Try again.');
		} finally {
			this.busy = false;
		}
	}

	/** The class report as a CSV file (with a BOM, so spreadsheets read it as UTF-8). */
	csv(): { name: string; text: string } | null {
		if (!this.report || !this.stored) return null;
		return {
			name: `results-${this.stored.id}.csv`,
			text: reportToCsv(this.report, { bom: true })
		};
	}

	/** Accepts (or takes back) a typed answer to a question as right for everyone. */
	async accept(questionId: string, answer: string, accept: boolean): Promise<void> {
		const stored = this.stored;
		if (!stored) return;
		try {
			const { db, api } = await learnerSession.open();
			this.stored = await api.setAcceptedAnswer(db, stored.id, questionId, answer, accept);
			this.message = accept
				? `“${answer.trim()}” is accepted: the report is regraded.`
				: `“${answer.trim()}” is no longer accepted: the report is regraded.`;
		} catch (error) {
			this.importError = errorMessage(error, 'The answer could not be accepted. Try again.');
		}
	}

	/** Deletes results of this assignment by id. */
	async deleteResults(ids: readonly string[]): Promise<void> {
		const stored = this.stored;
		if (!stored) return;
		try {
			const { db, api } = await learnerSession.open();
			const deleted = await api.deleteResults(db, stored.id, ids);
			this.results = await api.listResults(db, stored.id);
			this.message = `${plural(deleted, 'result')} deleted.`;
		} catch (error) {
			this.importError = errorMessage(error, 'The results could not be deleted. Try again.');
		}
	}

	/** Deletes the assignment and its results from this device. */
	async remove(): Promise<boolean> {
		const stored = this.stored;
		if (!stored) return false;
		try {
			const { db, api } = await learnerSession.open();
			await api.deleteAssignment(db, stored.id);
			this.stored = null;
			this.results = [];
			this.status = 'missing';
			return true;
		} catch (error) {
			this.importError = errorMessage(error, 'The assignment could not be deleted.');
			return false;
		}
	}
}
