/**
 * Focused study sessions: the speech map links to `/study#facts=a,b` (a hash, because pages are
 * prerendered), and the study screen then shows only those facts' cards; `#topic=a,b` keeps to
 * the cards of some topics.
 */

const PREFIX = '#facts=';
const TOPIC_PREFIX = '#topic=';

/** The link hash of a session on these topics' cards; '' (every topic) for none. */
export function topicHash(topics: readonly string[]): string {
	return topics.length ? listHash(TOPIC_PREFIX, topics) : '';
}

/** The topics a hash asks to study, in order and without repeats; [] for any other hash. */
export function parseTopicHash(hash: string): string[] {
	return parseListHash(TOPIC_PREFIX, hash);
}

/** The link hash of a focused session on these facts. */
export function focusHash(factIds: readonly string[]): string {
	return listHash(PREFIX, factIds);
}

/** The facts a hash asks to study, in order and without repeats; [] for any other hash. */
export function parseFocusHash(hash: string): string[] {
	return parseListHash(PREFIX, hash);
}

function listHash(prefix: string, ids: readonly string[]): string {
	return prefix + ids.map(encodeURIComponent).join(',');
}

function parseListHash(prefix: string, hash: string): string[] {
	if (!hash.startsWith(prefix)) return [];
	const ids = hash
		.slice(prefix.length)
		.split(',')
		.map((id) => {
			try {
				return decodeURIComponent(id).trim();
			} catch {
				return '';
			}
		})
		.filter(Boolean);
	return [...new Set(ids)];
}

/**
 * The queue of a focused session: the usual queue (due cards, then new ones, with no daily limit)
 * followed by the facts' other cards, those not due yet, soonest due first — the learner asked
 * to practise these facts now, so none of their cards is left out.
 */
export function withEarlyReviews(
	queue: readonly string[],
	cardIds: readonly string[],
	dueOf: (cardId: string) => number | undefined
): string[] {
	const queued = new Set(queue);
	const early = cardIds
		.filter((id) => !queued.has(id) && dueOf(id) !== undefined)
		.sort((a, b) => (dueOf(a) ?? 0) - (dueOf(b) ?? 0));
	return [...queue, ...early];
}
