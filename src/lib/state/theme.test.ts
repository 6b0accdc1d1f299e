import { describe, expect, it } from 'vitest';
import { parseTheme } from './theme.svelte';

describe('parseTheme', () => {
	it('keeps a stored light or dark choice', () => {
		expect(parseTheme('light')).toBe('light');
		expect(parseTheme('dark')).toBe('dark');
	});

	it('follows the system when nothing valid is stored', () => {
		expect(parseTheme(null)).toBe('system');
		expect(parseTheme('sepia')).toBe('system');
	});
});
