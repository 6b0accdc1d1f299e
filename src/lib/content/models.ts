/**
 * The types of a content pack: one source text (a speech), its metadata and its fact set.
 * Learner progress is keyed by fact id, so ids are stable and never reused.
 */

/**
 * A topic's id, one of the pack's vocabulary (`vocabulary.ts`): the pack decides its topics, so a
 * new speech brings its own with no code change.
 */
export type Topic = string;

export const ANSWER_KINDS = [
	'person',
	'organisation',
	'place',
	'date',
	'number',
	'event',
	'title',
	'stance',
	'phrase',
	'act'
] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/**
 * Kinds whose answer is a phrase rather than a name: it has as many right wordings as readings,
 * so it is recognised (multiple choice, matching), never typed. An `act` is what a passage does
 * as a speech act ("making a request"): it names the words' function, so it is not in them.
 */
export const PHRASE_KINDS: readonly AnswerKind[] = ['phrase', 'stance', 'act'];

/** Kinds whose answer is a name or a phrase, with nothing more to it than its text. */
export type TextAnswerKind = Exclude<AnswerKind, 'date' | 'number'>;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * An ISO 8601 calendar date cut to its precision: `2017` (year), `2017-09` (month),
 * `2017-09-22` (day).
 */
export type IsoDate = string;

interface AnswerBase {
	/** The canonical answer, as the app shows it. */
	text: string;
}

/** A person, organisation, place, event, title, stance, phrase or speech act. */
export interface TextAnswer extends AnswerBase {
	kind: TextAnswerKind;
	/**
	 * What the answer is in this fact, as a noun phrase: "the city where the 44th session of the
	 * OIC Council of Foreign Ministers was held". Reverse cards and matching questions show it.
	 */
	describes: string;
}

export interface DateAnswer extends AnswerBase {
	kind: 'date';
	/** First (or only) day, month or year. */
	start: IsoDate;
	/** Last day of a range such as 25–26 February 1992; absent for a single date. */
	end?: IsoDate;
	precision: DatePrecision;
	/** What happened on that date, as a noun phrase: "the seizure of Khojaly". */
	describes: string;
}

export interface NumberAnswer extends AnswerBase {
	kind: 'number';
	value: number;
	/** The unit of the value: "people", "tons", "percent", "ordinal", "years". */
	unit: string;
	/** What the number counts, as a noun phrase: "civilians killed at Khojaly". */
	counts: string;
	/** True where the speech gives a round or approximate figure: typed answers get a tolerance. */
	approximate?: boolean;
}

/** The answer of a fact, discriminated on its kind. */
export type Answer = TextAnswer | DateAnswer | NumberAnswer;

/**
 * Who stands behind a fact.
 * - `occasion`: a fact of the occasion itself (who spoke, when, where).
 * - `text`: the words of the speech as words, neither fact nor claim: a greeting, a form of
 *   address, the order in which the speech does things.
 * - `speaker`: a claim or position of the speaker. It is always shown and asked as
 *   "According to the speech, …": the app teaches what the speech says, not contested claims as fact.
 */
export type Attribution = 'occasion' | 'text' | 'speaker';

/** Every claim of the speaker is shown and asked with this attribution. */
export const CLAIM_PREFIX = 'According to the speech, ';

/** What the app says of a contested claim, wherever it marks one. */
export const CONTESTED_NOTE =
	'The other party to the conflict disputes this claim; it is taught as what the speech says.';

/** How the app labels each attribution next to a fact. */
export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
	occasion: 'Fact of the occasion',
	text: 'Words of the speech',
	speaker: 'Claim of the speaker'
};

export type Difficulty = 1 | 2 | 3;

/** Where a fact stands in its speech. */
export interface FactSource {
	/** A verbatim excerpt of the speech: an exact substring of the paragraph. */
	quote: string;
	/** The paragraph it is in, counted from 1, paragraphs being separated by blank lines. */
	paragraph: number;
}

/** One checkable statement of a speech, as its content author writes it. */
export interface Fact {
	/** Stable, kebab-case, unique across every pack, never reused: progress is keyed by it. */
	id: string;
	topic: Topic;
	/** One sentence. A `speaker` fact starts "According to the speech, ". */
	statement: string;
	/** The question form. A `speaker` fact starts "According to the speech, ". */
	question: string;
	answer: Answer;
	/**
	 * The answer's fine category, one of the pack's vocabulary (`vocabulary.ts`): a city, a head of
	 * state, a salutation, a resolution title… Facts of one category are each other's wrong
	 * options, so a category holds only answers that could stand in for one another.
	 */
	category: string;
	/**
	 * Wrong answers a teacher would offer for this fact, as the answer would be written in its
	 * statement (same article and number): a namesake, a neighbouring city, a plausible count.
	 * Each must be false by the speech. Offered before anything drawn from the category.
	 */
	nearMisses?: string[];
	/**
	 * `false` when every wrong value would make a statement false at a glance (a regiment of the
	 * German Democratic Republic in 1992): the fact is then never asked as true or false, since
	 * a fact only ever asked as true would teach "true" rather than the fact.
	 */
	trueFalse?: false;
	/** Other spellings accepted for the answer (the speech's own among them). */
	aliases: string[];
	source: FactSource;
	attribution: Attribution;
	/**
	 * A claim of the speaker that the other party to the conflict disputes. Shown as such, and
	 * nothing more: the app adds no outside figures or verdicts, only that it is contested.
	 */
	contested?: boolean;
	difficulty: Difficulty;
	/** Ids of related facts (the parts of one figure, the items of one list). */
	related: string[];
}

/** One topic of a pack, as learners choose and see it. */
export interface TopicDefinition {
	/** Kebab-case, the `topic` of a fact; stable, since quiz specs and links name it. */
	id: Topic;
	/** As a learner reads it: "Khojaly, 1992". */
	label: string;
}

/** One speech act a passage can perform, as the pack names it. */
export interface SpeechActDefinition {
	/** As the speaker's action, after "the speaker is": "making a request", "welcoming". */
	label: string;
}

/**
 * What a passage of the speech does as a speech, annotated by hand (`annotations.ts`) and made
 * into facts like any other: "In the words “…”, what is the speaker doing?" (making a request,
 * welcoming, reaffirming a position…), and for a passage of thanks, who is thanked for what.
 */
export interface PassageAnnotation {
	/** The id of the fact the annotation makes: stable, never reused, like any fact id. */
	id: string;
	topic: Topic;
	paragraph: number;
	/**
	 * The words that perform the act, verbatim from the paragraph. Best without the verb that
	 * names the act ("thank", "welcome"), which would answer the question on its own.
	 */
	quote: string;
	/** What the words do: a key of the pack's `speechActs`. */
	act: string;
	/** Acts a teacher would offer as wrong for these words, each plainly not what they do. */
	notActs: string[];
	difficulty: Difficulty;
	/** For a passage of thanks: who is thanked and for what, as a fact of its own. */
	thanks?: {
		id: string;
		/** "the chair and the OIC Secretary General". */
		whom: string;
		/** What for, as the speech says it (or an alias does): "organizing this meeting". */
		for: string;
		aliases?: string[];
		/** Other things they could have been thanked for, each false by the speech. */
		nearMisses: string[];
	};
}

/** One answer category of a pack. */
export interface CategoryDefinition {
	/** As a teacher would name it: "City", "Head of state", "Form of address". */
	label: string;
}

/** The pack's own words for its facts (`vocabulary.ts`): its topics and answer categories. */
export interface PackVocabulary {
	/** In the order the app shows them. */
	topics: TopicDefinition[];
	/** The speech acts `annotations.ts` may name, by kebab-case id; none for a pack without it. */
	speechActs?: Record<string, SpeechActDefinition>;
	/** By kebab-case id, the `category` of a fact. */
	categories: Record<string, CategoryDefinition>;
}

/** What the app knows of a source text. */
export interface PackMeta {
	/** Kebab-case; the pack's folder has the same name. */
	id: string;
	title: string;
	speaker: string;
	/** The speaker's role at the time. */
	role: string;
	event: string;
	place: string;
	/** ISO date of the speech. */
	date: IsoDate;
	/** BCP 47 language tag of the text. */
	language: string;
	/** Where the text comes from. */
	source: { file?: string; url?: string; note: string };
}

/** A validated content pack: metadata, the verbatim text and its facts. */
export interface Pack {
	meta: PackMeta;
	/** The speech, byte for byte. */
	text: string;
	facts: Fact[];
	vocabulary: PackVocabulary;
}

/** A fact together with the pack it belongs to, as `npm run facts` prints it. */
export interface PackedFact extends Fact {
	pack: string;
}
