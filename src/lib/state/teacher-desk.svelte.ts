/**
 * The teacher's desk: this device's teacher key, the assignments made here, and making a new one.
 * Every outcome is a message in words the teacher can act on; a failed action stores nothing.
 */
import {
	assignmentLink,
	makeAssignment,
	newAssignmentId,
	ID_BYTES
} from '$lib/assignments/assignment';
import { AssignmentInputError } from '$lib/assignments/errors';
import { exportTeacherKeys, generateTeacherKeyPair } from '$lib/assignments/keys';
import type { AssignmentDraft } from '$lib/assignments/models';
import type { PackedFact } from '$lib/content/models';
import type { ImportCounts, StoredAssignment } from '$lib/db';
import { SpecError } from '$lib/engine/errors';
import { buildQuiz } from '$lib/engine/quiz';
import { BackupImport } from './backup-import.svelte';
import { describeImport } from './import-summary';
import { timezoneOffsetAt } from '$lib/scheduling/time';
import { learnerSession } from './learner-session.svelte';

/** One line of the list of assignments. */
export interface AssignmentSummary {
	stored: StoredAssignment;
	/** Results collected for it so far. */
	results: number;
}

const message = (error: unknown, fallback: string) =>
	error instanceof Error && error.message ? error.message : fallback;

export class TeacherDesk {
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	/** Why the list could not be read. */
	error = $state('');
	assignments = $state.raw<AssignmentSummary[]>([]);
	/** When this device's teacher key was made, or null before the first assignment. */
	keyCreatedAt = $state<number | null>(null);
	creating = $state(false);
	/** Why the last assignment could not be made. */
	createError = $state('');
	importing = $state(false);
	/** What the last import of a key file or backup added, or why it added nothing. */
	importMessage = $state('');
	importError = $state('');
	/** A file waiting for the teacher to say whether to add its teacher keys. */
	readonly imports = new BackupImport();

	readonly #facts: readonly PackedFact[];
	readonly #now: () => number;

	/** `facts`: every fact of every pack, as the build gives them. */
	constructor(facts: readonly PackedFact[], now: () => number = () => Date.now()) {
		this.#facts = facts;
		this.#now = now;
	}

	/** Reads the key and the assignments of this device. */
	async load(): Promise<void> {
		try {
			const { db, api } = await learnerSession.open();
			const [list, counts, keys] = await Promise.all([
				api.listAssignments(db),
				api.countResults(db),
				api.getTeacherKeys(db)
			]);
			this.assignments = list.map((stored) => ({
				stored,
				results: counts.get(stored.id) ?? 0
			}));
			this.keyCreatedAt = keys?.createdAt ?? null;
			this.status = 'ready';
		} catch (error) {
			this.error = message(error, 'The assignments on this device could not be read.');
			this.status = 'failed';
		}
	}

	/**
	 * Imports a teacher key file (made by `npm run assignment`) or any backup of the app: its
	 * teacher keys, assignments and results join this device's, and nothing here is replaced.
	 */
	importFile(text: string): Promise<void> {
		return this.#importing(() => this.imports.import(text));
	}

	/** Answers the question of a file holding teacher keys this device lacks. */
	answerKeyQuestion(choice: 'add' | 'skip' | 'cancel'): Promise<void> {
		return this.#importing(() => this.imports.answer(choice));
	}

	async #importing(action: () => Promise<ImportCounts | null>): Promise<void> {
		this.importing = true;
		this.importMessage = '';
		this.importError = '';
		try {
			const counts = await action();
			if (counts) this.importMessage = describeImport(counts);
			await this.load();
		} catch (error) {
			this.importError = message(error, 'The file could not be imported. Nothing was changed.');
		} finally {
			this.importing = false;
		}
	}

	/**
	 * The teacher's own backup: this device's teacher keys, assignments and collected results,
	 * without any learner's progress. Undefined, with `importError` saying why, when it failed.
	 */
	async exportTeacherBackup(): Promise<{ name: string; text: string } | undefined> {
		try {
			const { db, api } = await learnerSession.open();
			const now = this.#now();
			const file = await api.exportBackup(db, { learnerIds: [], includeAssignments: true, now });
			return {
				name: api
					.backupFileName(file, timezoneOffsetAt(now))
					.replace('speech-study-backup', 'speech-study-teacher-backup'),
				text: api.serializeBackup(file)
			};
		} catch (error) {
			this.importError = message(error, 'The teacher backup could not be made. Try again.');
			return undefined;
		}
	}

	/**
	 * Makes and stores an assignment, making this device's teacher key first if it has none.
	 * `page` is the absolute URL of the student's assignment page. Returns the new id, or
	 * undefined with `createError` saying why it could not be made.
	 */
	async create(draft: AssignmentDraft, page: string): Promise<string | undefined> {
		this.creating = true;
		this.createError = '';
		try {
			const facts = this.#facts.filter((fact) => fact.pack === draft.pack);
			const quiz = buildQuiz(facts, draft.spec);
			const { db, api } = await learnerSession.open();
			const now = this.#now();
			const keys = await api.getOrCreateTeacherKeys(db, {
				generate: async () => exportTeacherKeys(await generateTeacherKeyPair()),
				now
			});
			const assignment = makeAssignment(draft, {
				id: newAssignmentId(crypto.getRandomValues(new Uint8Array(ID_BYTES))),
				teacherKey: keys.publicKey,
				quiz,
				now
			});
			const link = await assignmentLink(page, assignment);
			await api.saveAssignment(db, {
				id: assignment.id,
				createdAt: assignment.createdAt,
				assignment,
				quiz,
				link
			});
			await this.load();
			return assignment.id;
		} catch (error) {
			if (error instanceof SpecError || error instanceof AssignmentInputError) {
				this.createError = error.message;
			} else {
				this.createError = message(error, 'The assignment could not be made. Try again.');
			}
			return undefined;
		} finally {
			this.creating = false;
		}
	}
}
