import { describe, expect, it } from 'vitest';
import { assignmentLink } from './assignment';
import { collectResults, excerpt, MAX_PASTE_LENGTH, splitCodes } from './collect';
import { CodeError } from './errors';
import { generateTeacherKeyPair } from './keys';
import { encodeResult, resultId } from './result';
import { fixtureAssignment, fixtureQuiz, makeResult, T0, teacherKeys } from './testing';

async function setup() {
	const assignment = await fixtureAssignment();
	const quiz = fixtureQuiz();
	const { privateKey } = await teacherKeys();
	const result = (name: string) => makeResult(assignment, { name, submittedAt: T0 });
	const code = (name: string) => encodeResult(result(name), { assignment, quiz });
	return { assignment, quiz, privateKey, code, result };
}

describe('splitCodes', () => {
	it('splits on spaces, line breaks, commas and semicolons, with line numbers', () => {
		expect(splitCodes('SSR-aaaa, SSR-bbbb\n\nSSR-cccc;SSR-dddd').codes).toEqual([
			{ text: 'SSR-aaaa', line: 1 },
			{ text: 'SSR-bbbb', line: 1 },
			{ text: 'SSR-cccc', line: 3 },
			{ text: 'SSR-dddd', line: 3 }
		]);
	});

	it('skips the words of a message pasted with the codes', () => {
		expect(splitCodes('From Murad: SSR-aaaa (5/6) https://example.org/x thanks!')).toEqual({
			codes: [{ text: 'SSR-aaaa', line: 1 }],
			ignored: 5
		});
	});

	it('puts a code wrapped over several lines back together', async () => {
		const { code } = await setup();
		const whole = await code('Aysel');
		const wrapped = `${whole.slice(0, 76)}\n${whole.slice(76, 150)}\n${whole.slice(150)}`;
		expect(splitCodes(`${wrapped}\n${whole}`).codes).toEqual([
			{ text: whole, line: 1 },
			{ text: whole, line: 4 }
		]);
	});

	it('keeps whole codes without their prefix apart', async () => {
		const { code } = await setup();
		const [a, b] = [(await code('Aysel')).slice(4), (await code('Leyla')).slice(4)];
		expect(splitCodes(`${a}\n${b}`).codes.map((found) => found.text)).toEqual([a, b]);
	});
});

describe('collectResults', () => {
	it('keeps every valid code, whatever separates them, links included', async () => {
		const { assignment, quiz, privateKey, code, result } = await setup();
		const [a, b, c] = await Promise.all([code('Aysel'), code('Leyla'), code('Murad')]);
		const link = await assignmentLink('https://example.org/collect', assignment);
		const text = `${a}, ${b.slice(0, 100)}\n${b.slice(100)}\n\n  https://example.org/collect#${c}.`;
		const outcome = await collectResults(text, {
			assignment,
			quiz,
			privateKey,
			alreadyImported: new Set()
		});
		expect(outcome.rejected).toEqual([]);
		expect(outcome.accepted.map((result) => result.name)).toEqual(['Aysel', 'Leyla', 'Murad']);
		expect(outcome.accepted[0]!.id).toBe(await resultId(result('Aysel')));
		expect(link).toContain('#SSA-');
	});

	it('refuses each bad code on its own line, saying why, and keeps the rest', async () => {
		const { assignment, quiz, privateKey, code, result } = await setup();
		const other = await fixtureAssignment();
		const otherCode = await encodeResult(makeResult({ ...other, id: 'bbbbbbbbba' }), {
			assignment: { ...other, id: 'bbbbbbbbba' },
			quiz
		});
		const imported = await code('Imported');
		const aysel = await code('Aysel');
		const leyla = await code('Leyla');
		const typo = leyla.slice(0, 60) + (leyla[60] === 'x' ? 'y' : 'x') + leyla.slice(61);
		const lines = [
			aysel,
			await code('Aysel'),
			typo,
			`SSR-${leyla.slice(4, 50)}`,
			otherCode,
			await assignmentLink('https://example.org/assignment', assignment),
			imported,
			'Murad got 5/6 SSR-Murad',
			await code('Murad')
		];
		const outcome = await collectResults(lines.join('\n'), {
			assignment,
			quiz,
			privateKey,
			alreadyImported: new Set([await resultId(result('Imported'))])
		});
		expect(outcome.accepted.map((result) => result.name)).toEqual(['Aysel', 'Murad']);
		expect(outcome.rejected.map(({ line, reason }) => [line, reason])).toEqual([
			[2, 'duplicate'],
			[3, 'checksum'],
			[4, 'truncated'],
			[5, 'other-assignment'],
			[6, 'wrong-kind'],
			[7, 'duplicate'],
			[8, 'truncated']
		]);
		expect(outcome.ignored).toBe(3);
		expect(outcome.rejected[0]!.message).toBe(
			"Pasted twice: Aysel's result is already in this paste."
		);
		expect(outcome.rejected[5]!.message).toBe(
			"Already imported: Imported's result is in the class list."
		);
		expect(outcome.rejected[1]!.excerpt).toBe(excerpt(typo));
		expect(outcome.rejected[1]!.excerpt).toHaveLength(15);
	});

	it('refuses everything at once when the key is not the assignment’s', async () => {
		const { assignment, quiz, code } = await setup();
		const other = await generateTeacherKeyPair();
		await expect(
			collectResults(await code('Aysel'), {
				assignment,
				quiz,
				privateKey: other.privateKey,
				alreadyImported: new Set()
			})
		).rejects.toThrow(expect.objectContaining({ reason: 'wrong-key' }));
	});

	it('refuses an oversized paste before reading it', async () => {
		const { assignment, quiz, privateKey } = await setup();
		await expect(
			collectResults('A'.repeat(MAX_PASTE_LENGTH + 1), {
				assignment,
				quiz,
				privateKey,
				alreadyImported: new Set()
			})
		).rejects.toThrow(CodeError);
	});

	it('accepts nothing from an empty paste', async () => {
		const { assignment, quiz, privateKey } = await setup();
		expect(
			await collectResults('  \n ', { assignment, quiz, privateKey, alreadyImported: new Set() })
		).toEqual({ accepted: [], rejected: [], ignored: 0 });
	});
});
