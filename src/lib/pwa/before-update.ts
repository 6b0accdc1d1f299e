// Whatever is in progress (a study session, a quiz run) registers here to be saved before the app
// reloads into a new version. Kept apart from the service worker code so that importing it costs
// nothing and pulls in no workbox-window.

/** Saves in-progress work; the reload waits for the promise. */
export type BeforeUpdateCallback = () => void | Promise<void>;

/** Raised when some in-progress work could not be saved, so the app did not reload. */
export class SaveBeforeUpdateError extends Error {
	override name = 'SaveBeforeUpdateError';

	constructor(
		/** Why each failed callback failed. */
		readonly causes: unknown[]
	) {
		super(
			'Your work in progress could not be saved, so the app did not reload. ' +
				'Nothing was lost: try again in a moment.'
		);
	}
}

const callbacks = new Set<BeforeUpdateCallback>();

/**
 * Runs `callback` before the app reloads into a new version (the user's "Reload").
 * @returns a function that unregisters it: call it when the work is no longer in progress.
 */
export function beforeUpdate(callback: BeforeUpdateCallback): () => void {
	callbacks.add(callback);
	return () => {
		callbacks.delete(callback);
	};
}

/**
 * Runs every registered callback, all at once, and waits for them.
 * @throws {SaveBeforeUpdateError} when any of them failed: then the app must not reload.
 */
export async function saveBeforeUpdate(): Promise<void> {
	const results = await Promise.allSettled([...callbacks].map(async (callback) => callback()));
	const causes = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
	if (causes.length > 0) throw new SaveBeforeUpdateError(causes);
}
