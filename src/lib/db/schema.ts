/**
 * Every version of the database schema, oldest first. A shipped version is never edited: each
 * change is a new entry with an upgrade step, and `schema.test.ts` opens a database written by
 * every earlier version and checks that nothing was lost.
 *
 * Upgrade steps work on plain records through `tx.table(name)`, not on the current TypeScript
 * types, because they must keep working on the data as it was written then.
 */
import type { Transaction } from 'dexie';
import { dayKey } from '../scheduling/time';
import { factIdOf } from './card-ids';
import { applyMerges, mergesOf } from './merged-facts';
import { addReview, emptyStats } from './daily';
import type { DailyStats, QuizAttempt, StoredCardState, StoredReview } from './models';
import { DEFAULT_SETTINGS, checkSettings } from './settings-values';

/** One version of the schema: Dexie `stores()` declarations, and how to upgrade data to it. */
export interface SchemaVersion {
	version: number;
	/** What changed, for the reader of this file. */
	summary: string;
	/** Only the tables that changed; `null` deletes a table. */
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
	{
		version: 1,
		summary: 'First release: learners, card states, review log, quiz attempts, key-value settings.',
		stores: {
			learners: 'id',
			cardStates: '[learnerId+cardId], learnerId, [learnerId+due]',
			reviewLog: '++seq, &id, [learnerId+reviewedAt], [learnerId+cardId]',
			quizAttempts: 'id, [learnerId+finishedAt]',
			// Keys: 'activeLearnerId', and `learner:${id}:${field}` for per-learner settings.
			settings: 'key'
		}
	},
	{
		version: 2,
		summary:
			'Review log entries carry their factId (backfilled from cardId, indexed) and local day; ' +
			'per-day review counts (dailyStats) keep the dashboard fast with a long log; per-learner ' +
			'settings move from key-value rows to one checked record per learner.',
		stores: {
			reviewLog: '++seq, &id, [learnerId+reviewedAt], [learnerId+cardId], [learnerId+factId]',
			learnerSettings: 'learnerId',
			dailyStats: '[learnerId+day]'
		},
		async upgrade(tx) {
			// v1 did not record the learner's time zone: its reviews are dated in UTC.
			const stats = new Map<string, DailyStats>();
			await tx
				.table('reviewLog')
				.toCollection()
				.modify((entry: StoredReview) => {
					entry.factId = factIdOf(entry.cardId);
					entry.day = dayKey(entry.reviewedAt);
					const key = `${entry.learnerId}\n${entry.day}`;
					const day = stats.get(key) ?? emptyStats(entry.learnerId, entry.day);
					addReview(day, entry);
					stats.set(key, day);
				});
			await tx.table('dailyStats').bulkPut([...stats.values()]);

			const rows = (await tx.table('settings').toArray()) as { key: string; value: unknown }[];
			const values = new Map<string, Record<string, unknown>>();
			const moved: string[] = [];
			for (const { key, value } of rows) {
				const match = /^learner:(.+):([A-Za-z]+)$/.exec(key);
				if (!match) continue;
				const [, learnerId = '', field = ''] = match;
				values.set(learnerId, { ...values.get(learnerId), [field]: value });
				moved.push(key);
			}
			const learnerIds = (await tx.table('learners').toCollection().primaryKeys()) as string[];
			// Every learner gets a record; a value that was out of range falls back to the default.
			await tx
				.table('learnerSettings')
				.bulkPut(
					learnerIds.map((learnerId) =>
						checkSettings({ ...DEFAULT_SETTINGS, ...values.get(learnerId), learnerId })
					)
				);
			await tx.table('settings').bulkDelete(moved);
		}
	},
	{
		version: 3,
		summary:
			'Teacher assignments: the teacher key pair of the device, assignments with their quiz and ' +
			'link, collected results (by assignment), and the result codes a student submitted here.',
		stores: {
			teacherKeys: 'id',
			assignments: 'id, createdAt',
			assignmentResults: 'id, assignmentId',
			studentSubmissions: '[assignmentId+nameKey]'
		},
		// Only new tables: nothing to move.
		async upgrade() {}
	},
	{
		version: 4,
		summary:
			'Facts that said the same thing are merged (merged-facts.ts): the card states, reviews ' +
			'and quiz answers of a merged fact are carried over to the fact it was merged into.',
		stores: {},
		async upgrade(tx) {
			await carryMergedFacts(tx, 4);
		}
	},
	{
		version: 5,
		summary:
			'Quizzes and assignments in progress (runsInProgress), by learner and screen, saved after ' +
			'every answer: a reload, a discarded tab or a restarted browser carries them on.',
		stores: { runsInProgress: '[learnerId+key]' },
		// Only a new table: nothing to move.
		async upgrade() {}
	}
];

/**
 * Renames the records of the facts merged by `version`. Only the few records of merged facts
 * (and the card states they may collide with) are read and written, not the whole log.
 */
async function carryMergedFacts(tx: Transaction, version: number): Promise<void> {
	const merges = mergesOf(version);
	const touched = new Set(merges.flatMap((merge) => [merge.from, merge.into]));
	const merged = new Set(merges.map((merge) => merge.from));
	const cardStates = (await tx
		.table('cardStates')
		.filter((state: StoredCardState) => touched.has(factIdOf(state.cardId)))
		.toArray()) as StoredCardState[];
	const reviewLog = (await tx
		.table('reviewLog')
		.filter((review: StoredReview) => merged.has(review.factId))
		.toArray()) as StoredReview[];
	const quizAttempts = (await tx.table('quizAttempts').toArray()) as QuizAttempt[];
	const result = applyMerges({ cardStates, reviewLog, quizAttempts }, merges);
	await tx.table('cardStates').bulkDelete(result.renamedStates);
	await tx.table('cardStates').bulkPut(result.cardStates);
	await tx.table('reviewLog').bulkPut(result.reviewLog);
	await tx
		.table('quizAttempts')
		.bulkPut(result.quizAttempts.filter((attempt, i) => attempt !== quizAttempts[i]));
}

/** The version this code writes. */
export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
