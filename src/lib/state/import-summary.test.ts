import { describe, expect, it } from 'vitest';
import { NO_RECORDS } from '$lib/db/backup';
import { describeImport } from './import-summary';

describe('describeImport', () => {
	it('counts what was added, kind by kind', () => {
		const added = { ...NO_RECORDS, learners: 2, settings: 2, reviews: 310 };
		expect(describeImport({ ...added, inFile: added })).toBe(
			'Backup imported: 2 learners, 310 reviews added.'
		);
	});

	it('says what was here already, so a partial import is not mistaken for a loss', () => {
		const counts = { ...NO_RECORDS, reviews: 300, assignments: 1 };
		const inFile = { ...NO_RECORDS, reviews: 312, assignments: 1, quizAttempts: 1 };
		expect(describeImport({ ...counts, inFile })).toBe(
			'Backup imported: 300 reviews, 1 assignment added; 12 reviews, 1 quiz attempt were here already.'
		);
		expect(describeImport({ ...counts, inFile: { ...counts, reviews: 301 } })).toBe(
			'Backup imported: 300 reviews, 1 assignment added; 1 review was here already.'
		);
	});

	it('names the unused first learner the backup replaced', () => {
		const added = { ...NO_RECORDS, learners: 2 };
		expect(describeImport({ ...added, inFile: added, replaced: 'Me' })).toBe(
			"Backup imported: 2 learners added. It replaces “Me”, this device's unused first learner."
		);
	});

	it('says when nothing was new', () => {
		expect(describeImport({ ...NO_RECORDS, inFile: { ...NO_RECORDS, reviews: 4 } })).toBe(
			'This backup was already imported: nothing new to add.'
		);
	});
});
