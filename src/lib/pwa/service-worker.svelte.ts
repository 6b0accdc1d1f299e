// Registers the service worker (src/service-worker.ts) through workbox-window and tells the UI
// when a new version waits. Loaded only in the browser, and only in a production build, after the
// page has loaded (see +layout.svelte), so it never weighs on the first paint.
import { resolve } from '$app/paths';
import { Workbox } from 'workbox-window';
import { saveBeforeUpdate } from './before-update';

/** How often an open app asks the server whether a new version was deployed. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** The app's service worker, as the UI sees it: one instance, `pwa`. */
export class ServiceWorkerState {
	/** A new version is installed and waits for the user to accept it ("Reload"). */
	updateAvailable = $state(false);
	/** Accepting is under way: saving work in progress, then switching versions. */
	updating = $state(false);
	/** Why the last attempt to update did not reload, in words for the user; '' when none. */
	updateError = $state('');

	#workbox: Workbox | undefined;
	/** Whether a service worker controlled this page: a change of controller then means a new version. */
	#controlled = false;
	/** A new version controls this page, whose own files may be gone from the cache. */
	#newVersionControls = false;
	/** Work in progress was saved: the page may reload. */
	#saved = false;

	/** Registers the worker and starts watching for new versions. Safe to call more than once. */
	async start(): Promise<void> {
		if (this.#workbox || !('serviceWorker' in navigator)) return;
		const scope = resolve('/');
		const workbox = new Workbox(`${scope}service-worker.js`, { scope });
		this.#workbox = workbox;
		this.#controlled = navigator.serviceWorker.controller !== null;

		workbox.addEventListener('waiting', () => {
			this.updateAvailable = true;
		});
		// The first worker takes over an uncontrolled page, which keeps running. Any later change
		// of controller brings a new version (accepted here or in another tab): this page's files
		// may be gone from the new cache, so it saves and reloads rather than mix versions.
		workbox.addEventListener('controlling', () => {
			if (!this.#controlled) {
				this.#controlled = true;
				return;
			}
			this.#newVersionControls = true;
			this.updateAvailable = true;
			if (this.#saved) location.reload();
			else if (!this.updating) void this.acceptUpdate();
		});

		await workbox.register();
		setInterval(() => void this.checkForUpdate(), UPDATE_CHECK_INTERVAL_MS);
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void this.checkForUpdate();
		});
		window.addEventListener('online', () => void this.checkForUpdate());
	}

	/** Asks the server for a newer service worker; a newer one installs, then shows the prompt. */
	async checkForUpdate(): Promise<void> {
		if (!this.#workbox || !navigator.onLine) return;
		try {
			await this.#workbox.update();
		} catch {
			// The network went away mid-check: the next check will do.
		}
	}

	/**
	 * The user's "Reload": saves work in progress, lets the waiting worker take over, and reloads
	 * into the new version once it controls the page. If saving fails, nothing changes.
	 */
	async acceptUpdate(): Promise<void> {
		if (!this.#workbox || this.updating) return;
		this.updating = true;
		this.updateError = '';
		if (!(await this.#save())) return;
		this.#saved = true;
		if (this.#newVersionControls) location.reload();
		else this.#workbox.messageSkipWaiting(); // the reload follows on `controlling`
	}

	/** Runs the before-update callbacks; on failure says why and ends the attempt. */
	async #save(): Promise<boolean> {
		try {
			await saveBeforeUpdate();
			return true;
		} catch (error) {
			this.updateError =
				error instanceof Error ? error.message : 'Your work in progress could not be saved.';
			this.updating = false;
			return false;
		}
	}
}

/** The one instance the UI reads. */
export const pwa = new ServiceWorkerState();
