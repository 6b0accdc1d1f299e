/**
 * The types of the progress views: figures shaped for the dashboard's charts and the speech map.
 * Plain data with local dates as `YYYY-MM-DD`; nothing here knows Svelte, Dexie or the clock.
 */

/** One local day's count. */
export interface DayCount {
	/** `YYYY-MM-DD`. */
	day: string;
	count: number;
}

/** How many reviews a day had, relative to the busiest day shown: 0 none, 4 the most. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;

export interface HeatmapDay {
	day: string;
	count: number;
	level: HeatLevel;
}

/** One column of the calendar heatmap: Monday to Sunday, null for days after today. */
export interface HeatmapWeek {
	/** The Monday the week starts on. */
	start: string;
	/** Short month name when this week holds the first day of a month (or is the first week). */
	monthLabel: string;
	days: (HeatmapDay | null)[];
}

/** One review's outcome, as retention counts it. */
export interface ReviewOutcome {
	/** The learner's local date of the review. */
	day: string;
	/** Graded other than "again". */
	recalled: boolean;
}

/** The share of reviews recalled in one week (Monday to Sunday). */
export interface RetentionWeek {
	start: string;
	end: string;
	reviews: number;
	recalled: number;
	/** recalled / reviews; null for a week without reviews. */
	share: number | null;
}

/** The cards of one topic, as the build knows them. */
export interface TopicCards {
	topic: string;
	label: string;
	cardIds: string[];
}

/** How well a topic is known. */
export interface TopicMastery {
	topic: string;
	label: string;
	cards: number;
	/** Cards the learner has reviewed at least once. */
	seen: number;
	/**
	 * The mean chance of recall now over every card of the topic, cards never seen counting as 0:
	 * a topic is mastered only when all of it is known.
	 */
	mastery: number;
	/** The mean chance of recall of the seen cards only; null when none were seen. */
	seenRecall: number | null;
}

/** The chance of recall of a card now, or null when the learner never reviewed it. */
export type RecallOf = (cardId: string) => number | null;
