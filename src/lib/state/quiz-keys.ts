/**
 * The quiz's keyboard, as rules: which option a key chooses. 1–9 or A–Z choose by position, and
 * on a true/false question T and F choose by name. Enter (check, then continue) and ? (the list
 * of shortcuts) are the player's.
 */

/** The option a key chooses, or undefined when it chooses none. */
export function optionForKey(key: string, options: readonly string[]): string | undefined {
	if (/^[1-9]$/.test(key)) return options[Number(key) - 1];
	if (!/^[a-z]$/i.test(key)) return undefined;
	const letter = key.toLowerCase();
	const isTrueFalse = options.length === 2 && options[0] === 'True' && options[1] === 'False';
	if (isTrueFalse) return letter === 't' ? 'True' : letter === 'f' ? 'False' : undefined;
	return options[letter.charCodeAt(0) - 'a'.charCodeAt(0)];
}

/** True when a key press belongs to the control it was typed in, not to the quiz. */
export function belongsToControl(target: EventTarget | null): boolean {
	const element = target as { closest?: (selector: string) => unknown } | null;
	return Boolean(
		element?.closest?.('input:not([type="radio"]), textarea, select, [contenteditable="true"]')
	);
}

/** True when the focused element does its own Enter (a button, a link, a field, a summary). */
export function handlesEnter(target: EventTarget | null): boolean {
	const element = target as { closest?: (selector: string) => unknown } | null;
	return Boolean(element?.closest?.('button, a, summary, input'));
}

/** The shortcuts as the help lists them. */
export const QUIZ_SHORTCUTS: readonly [keys: string, does: string][] = [
	['1–4 or A–D', 'choose an answer'],
	['T or F', 'answer true or false'],
	['Enter', 'check the answer, then go on to the next question'],
	['?', 'show or hide this list']
];
