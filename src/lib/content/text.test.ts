import { describe, expect, it } from 'vitest';
import { containsPhrase, foldText, quoted, searchKey, splitParagraphs } from './text';

describe('foldText and searchKey', () => {
	it('ignores case, accents, curly quotes and dash variants', () => {
		expect(foldText('Côte d’Ivoire')).toBe("cote d'ivoire");
		expect(foldText('25–26  February')).toBe('25-26 february');
		expect(searchKey('Côte d’Ivoire')).toBe(searchKey("COTE D'IVOIRE"));
	});

	it('keeps percent signs, which change a number’s meaning', () => {
		expect(searchKey('20%!')).toBe('20%');
	});
});

describe('containsPhrase', () => {
	it('matches whole words only', () => {
		expect(containsPhrase('Where did Baku host it?', 'baku')).toBe(true);
		expect(containsPhrase('How many civilians were killed?', 'civil')).toBe(false);
	});
});

describe('splitParagraphs', () => {
	it('numbers paragraphs from 1 and records where each starts', () => {
		const text = 'Title\n\nFirst line\nsame paragraph\n\n\n  Second  \n';
		const paragraphs = splitParagraphs(text);
		expect(paragraphs.map((p) => p.text)).toEqual([
			'Title',
			'First line\nsame paragraph',
			'Second'
		]);
		expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
		for (const p of paragraphs) expect(text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
	});
});

describe('foldText on plain ASCII', () => {
	it('gives what the full folding gives', () => {
		for (const text of ["Cote d'Ivoire", 'the `44th` SESSION', '  Expo 2025  ', 'A - B', 'a\tb']) {
			const full = text
				.normalize('NFKD')
				.replace(/[`´]/g, "'")
				.toLowerCase()
				.replace(/\s+/g, ' ')
				.trim();
			expect(foldText(text)).toBe(full);
		}
	});
});

describe('quoted', () => {
	it('puts words in quotation marks once, leaving a quotation as it is', () => {
		expect(quoted('Dear friends and brothers,')).toBe('“Dear friends and brothers,”');
		expect(quoted('“On the solidarity with the victims”')).toBe(
			'“On the solidarity with the victims”'
		);
		expect(quoted('entitled “A” and “B”')).toBe('“entitled ‘A’ and ‘B’”');
	});
});
