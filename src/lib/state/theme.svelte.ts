/**
 * The colour theme: the system's (by CSS alone, `prefers-color-scheme`) unless the learner chose
 * light or dark. The choice lives in localStorage — read at once, before the database would load —
 * and is applied as `<html data-theme>`, which app.css follows.
 */
import { THEMES, type Theme } from '$lib/db/models';

const KEY = 'speech-study:theme';

/** What storage holds, checked: anything else (damaged, from an older release) is the system's. */
export function parseTheme(stored: string | null): Theme {
	return THEMES.find((theme) => theme === stored) ?? 'system';
}

class ThemeState {
	/** The learner's choice. */
	choice = $state<Theme>('system');

	/** Reads the stored choice and applies it (on mount: CSP forbids an inline script in <head>). */
	load(): void {
		this.choice = parseTheme(read());
		this.#apply();
	}

	set(choice: Theme): void {
		this.choice = choice;
		try {
			if (choice === 'system') localStorage.removeItem(KEY);
			else localStorage.setItem(KEY, choice);
		} catch {
			// Storage blocked (private mode): the choice holds for this page only.
		}
		this.#apply();
	}

	#apply(): void {
		const root = document.documentElement;
		if (this.choice === 'system') delete root.dataset.theme;
		else root.dataset.theme = this.choice;
	}
}

function read(): string | null {
	try {
		return localStorage.getItem(KEY);
	} catch {
		return null;
	}
}

/** The one theme of this tab. */
export const theme = new ThemeState();
