/**
 * The name of who was studying when this device last knew, for the header of pages that do not
 * open the database (the home page, the facts): a stale name for a moment beats a blank.
 */
const KEY = 'speech-study:studying';

export function lastKnownLearnerName(
	storage: Storage | undefined = globalThis.localStorage
): string {
	try {
		return storage?.getItem(KEY) ?? '';
	} catch {
		// Storage refused (private mode, site data off): the header shows no name.
		return '';
	}
}

export function rememberLearnerName(
	name: string,
	storage: Storage | undefined = globalThis.localStorage
): void {
	try {
		storage?.setItem(KEY, name);
	} catch {
		// Nothing to keep it in: the open session's name is shown anyway.
	}
}
