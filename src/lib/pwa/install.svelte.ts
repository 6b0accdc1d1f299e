/**
 * The browser's offer to install the app (`beforeinstallprompt`, Chromium's), kept from the
 * moment it comes so that a button can use it later; and whether the app already runs installed.
 * Browsers that make no such offer (Safari, Firefox) get a how-to instead.
 */

/** The part of Chromium's BeforeInstallPromptEvent the app uses (not in the DOM typings). */
interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

class InstallOffer {
	/** The browser offers to install the app now. */
	available = $state(false);
	/** Installed, or running as the installed app. */
	installed = $state(false);

	#event: InstallPromptEvent | null = null;
	#listening = false;

	/** Starts listening; call once, as early as possible (the offer comes soon after load). */
	listen(): void {
		if (this.#listening || typeof window === 'undefined') return;
		this.#listening = true;
		this.installed = window.matchMedia?.('(display-mode: standalone)').matches ?? false;
		window.addEventListener('beforeinstallprompt', (event) => {
			// Keep the offer for the button instead of the browser's own mini-bar.
			event.preventDefault();
			this.#event = event as InstallPromptEvent;
			this.available = true;
		});
		window.addEventListener('appinstalled', () => {
			this.installed = true;
			this.available = false;
			this.#event = null;
		});
	}

	/** Shows the browser's install dialog; true when the learner accepted. */
	async install(): Promise<boolean> {
		const event = this.#event;
		if (!event) return false;
		// An offer can be used once.
		this.#event = null;
		this.available = false;
		await event.prompt();
		const { outcome } = await event.userChoice;
		if (outcome === 'accepted') this.installed = true;
		return outcome === 'accepted';
	}
}

/** The one offer of this tab. */
export const installOffer = new InstallOffer();
