/**
 * A fact set prepared once for the generators: facts by id, who is related to whom, the keys of
 * every true statement (a falsified statement must never equal one), and the folded forms the
 * generators compare again and again.
 */
import type { Fact } from '../content/models';
import { searchKey } from '../content/text';
import { acceptedKeys, leaksAnswer, sameAnswer } from './answers';
import { describeAnswer } from './attribution';

/** What the generators compare of one fact, folded once. */
export interface FactKeys {
	/** {@link acceptedKeys}: the answer and its aliases. */
	accepted: ReadonlySet<string>;
	/** {@link describeAnswer}, and its {@link searchKey}. */
	description: string;
	descriptionKey: string;
	/** The words of the description that say what the answer is. */
	descriptionWords: ReadonlySet<string>;
	/**
	 * Search keys of the texts that mention the answer's context: question, statement, quote.
	 * Computed on first read: only the fact being asked needs them, not every fact it is compared
	 * with, and the quote is the longest text to fold.
	 */
	readonly context: readonly string[];
}

export interface FactSet {
	facts: readonly Fact[];
	byId: ReadonlyMap<string, Fact>;
	/** Ids of the facts related to each fact, in either direction (the items of one list). */
	related: ReadonlyMap<string, ReadonlySet<string>>;
	/** {@link searchKey} of every fact's statement. */
	readonly statementKeys: ReadonlySet<string>;
	/** Filled on first use by {@link keysIn} and {@link sameAnswerIn}: flashcards need little of it. */
	keys: Map<string, FactKeys>;
	/** {@link searchKeyIn}: descriptions, answers and questions are folded again and again. */
	searchKeys: Map<string, string>;
	accepted: Map<string, ReadonlySet<string>>;
	/**
	 * Seed-independent results worth keeping between quizzes (which facts a question type can
	 * use, which descriptions give which answers away). Facts never change, so neither do these.
	 */
	memo: Map<string, boolean>;
}

/** Words that say nothing of what an answer is. */
const STOPWORDS = new Set(
	'a an and as at by for from in is its of on or that the their this to was were what which who whom with according speech'.split(
		' '
	)
);

function keysOf(set: FactSet, fact: Fact, accepted: ReadonlySet<string>): FactKeys {
	const description = describeAnswer(fact);
	const descriptionKey = searchKeyIn(set, description);
	let context: string[] | undefined;
	return {
		accepted,
		description,
		descriptionKey,
		descriptionWords: new Set(
			descriptionKey.split(' ').filter((word) => word.length > 1 && !STOPWORDS.has(word))
		),
		get context() {
			context ??= [fact.question, fact.statement, fact.source.quote, description].map(
				(text) => ` ${searchKeyIn(set, text)} `
			);
			return context;
		}
	};
}

const cache = new WeakMap<readonly Fact[], FactSet>();

/**
 * Prepares a fact set. The result is cached per array, since quizzes and cards are generated many
 * times from the same facts; facts are never mutated, so the cache cannot go stale.
 */
export function prepareFacts(facts: readonly Fact[]): FactSet {
	const cached = cache.get(facts);
	if (cached) return cached;
	const related = new Map<string, Set<string>>(facts.map((fact) => [fact.id, new Set<string>()]));
	for (const fact of facts) {
		for (const id of fact.related) {
			related.get(fact.id)?.add(id);
			related.get(id)?.add(fact.id);
		}
	}
	let statementKeys: Set<string> | undefined;
	const set: FactSet = {
		facts,
		byId: new Map(facts.map((fact) => [fact.id, fact])),
		related,
		get statementKeys() {
			statementKeys ??= new Set(facts.map((fact) => searchKeyIn(set, fact.statement)));
			return statementKeys;
		},
		keys: new Map(),
		searchKeys: new Map(),
		accepted: new Map(),
		memo: new Map()
	};
	cache.set(facts, set);
	return set;
}

/** The folded forms of a fact, computed once per set. */
export function keysIn(set: FactSet, fact: Fact): FactKeys {
	let keys = set.keys.get(fact.id);
	if (!keys) {
		keys = keysOf(set, fact, acceptedIn(set, fact));
		set.keys.set(fact.id, keys);
	}
	return keys;
}

/** {@link searchKey} of a text, computed once per set. */
export function searchKeyIn(set: FactSet, text: string): string {
	let key = set.searchKeys.get(text);
	if (key === undefined) {
		key = searchKey(text);
		set.searchKeys.set(text, key);
	}
	return key;
}

/** {@link leaksAnswer}, with the set's search keys computed once. */
export function leaksAnswerIn(set: FactSet, text: string, fact: Fact): boolean {
	return leaksAnswer(text, fact, (part) => searchKeyIn(set, part));
}

/** {@link acceptedKeys} of a fact, computed once per set. */
function acceptedIn(set: FactSet, fact: Fact): ReadonlySet<string> {
	let keys = set.accepted.get(fact.id);
	if (!keys) {
		keys = acceptedKeys(fact);
		set.accepted.set(fact.id, keys);
	}
	return keys;
}

/** A seed-independent answer kept in the set's memo. */
export function remember(set: FactSet, key: string, compute: () => boolean): boolean {
	let result = set.memo.get(key);
	if (result === undefined) {
		result = compute();
		set.memo.set(key, result);
	}
	return result;
}

/** {@link sameAnswer}, with the set's keys computed once. */
export function sameAnswerIn(set: FactSet, a: Fact, b: Fact): boolean {
	const [x, y] = [a.answer.kind, b.answer.kind];
	if ((x === 'number' || x === 'date') && x === y) return sameAnswer(a, b);
	const keys = acceptedIn(set, b);
	for (const key of acceptedIn(set, a)) if (keys.has(key)) return true;
	return false;
}
