import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facts as oicFacts } from '../../../content/oic-acm-2017/facts';
import type { Question } from '../engine/models';
import { buildQuiz } from '../engine/quiz';
import {
	assignmentIdBytes,
	assignmentLink,
	cleanText,
	encodeAssignment,
	makeAssignment
} from './assignment';
import { concatBytes, crc32, fromBase64Url, toBase32, toBase64Url } from './bytes';
import { AssignmentInputError, CodeError, type CodeErrorReason } from './errors';
import { FORMAT_VERSION, PREFIXES } from './frame';
import {
	exportPublicKey,
	generateSigningKeys,
	generateTeacherKeyPair,
	importSigningKeys
} from './keys';
import { LIMITS, type GivenAnswer, type OpenedAssignment, type StudentResult } from './models';
import {
	decodeResult,
	encodeResult,
	normaliseResult,
	resultId,
	sealResultPayload,
	signerToken,
	signResultPayload,
	studentToken,
	type ResultSigner
} from './result';
import { TIME_RANGE } from '../scheduling/time';
import {
	DRAFT,
	fixtureAssignment,
	fixtureQuiz,
	makeResult,
	RIGHT_ANSWERS,
	T0,
	teacherKeys
} from './testing';

async function reasonOf(promise: Promise<unknown>): Promise<CodeErrorReason | 'none'> {
	try {
		await promise;
		return 'none';
	} catch (error) {
		if (error instanceof CodeError) return error.reason;
		throw error;
	}
}

/** The code with its frame bytes changed by `edit` and its CRC recomputed. */
function reframe(code: string, edit: (bytes: Uint8Array) => void): string {
	const bytes = fromBase64Url(code.slice(PREFIXES.result.length))!;
	const head = bytes.slice(0, -4);
	edit(head);
	const crc = crc32(head);
	const tail = new Uint8Array([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]);
	return PREFIXES.result + toBase64Url(concatBytes(head, tail));
}

async function setup() {
	const assignment = await fixtureAssignment();
	const quiz = fixtureQuiz();
	const { privateKey } = await teacherKeys();
	return { assignment, quiz, privateKey };
}

/** Any answer a student could give to `question`, in the normal form. */
function answerArbitrary(question: Question): fc.Arbitrary<GivenAnswer> {
	const given = (() => {
		switch (question.type) {
			case 'mc':
			case 'tf':
				return fc.constantFrom<GivenAnswer>(...question.options);
			case 'typed':
			case 'numeric':
				return fc.string({ maxLength: LIMITS.typedAnswer });
			case 'match':
				return fc
					.tuple(...question.left.map(() => fc.option(fc.constantFrom(...question.right))))
					.map((rights) =>
						question.left.flatMap((left, i): [string, string][] =>
							rights[i] === null ? [] : [[left, rights[i]!]]
						)
					);
			case 'order':
				return fc.shuffledSubarray(question.options, {
					minLength: question.options.length,
					maxLength: question.options.length
				});
		}
	})();
	return fc.option(given as fc.Arbitrary<GivenAnswer>);
}

describe('a result code', () => {
	it('carries any result whole: encrypt → decrypt gives it back', async () => {
		const { assignment, quiz, privateKey } = await setup();
		const resultArbitrary: fc.Arbitrary<StudentResult> = fc.record({
			assignmentId: fc.constant(assignment.id),
			name: fc
				.string({ unit: 'grapheme', minLength: 1, maxLength: LIMITS.name })
				.map(cleanText)
				.filter((name) => name.length > 0 && name.length <= LIMITS.name),
			answers: fc.tuple(...quiz.questions.map(answerArbitrary)),
			submittedAt: fc
				.integer({ min: TIME_RANGE.min / 1000, max: TIME_RANGE.max / 1000 })
				.map((seconds) => seconds * 1000),
			durationSeconds: fc.integer({ min: 0, max: LIMITS.durationSeconds })
		});
		await fc.assert(
			fc.asyncProperty(resultArbitrary, async (result) => {
				const code = await encodeResult(result, { assignment, quiz });
				expect(await decodeResult(code, { assignment, quiz, privateKey })).toEqual(result);
			}),
			{ numRuns: 60 }
		);
	});

	it('carries the student token, and a code of format 5 without one still reads', async () => {
		const { assignment, quiz, privateKey } = await setup();
		const student = await studentToken('learner-1');
		expect(student).toMatch(/^[\w-]{8}$/);
		expect(await studentToken('learner-1')).toBe(student);
		expect(await studentToken('learner-2')).not.toBe(student);
		const result = makeResult(assignment, { student });
		const code = await encodeResult(result, { assignment, quiz });
		expect(await decodeResult(code, { assignment, quiz, privateKey })).toEqual(result);
		// A student's app of format 5 sends four fields.
		const right = [0, 0, 'Mecca', '613', [3, 1, 2, 0], [2, 0, 1]];
		const old = await sealResultPayload(['Aysel', T0 / 1000, 60, right], assignment);
		expect(await decodeResult(old, { assignment, quiz, privateKey })).not.toHaveProperty('student');
		expect(await resultId(result)).not.toBe(await resultId({ ...result, student: 'bbbbbbbb' }));
	});

	it('is different each time, for the same result', async () => {
		const { assignment, quiz } = await setup();
		const result = makeResult(assignment);
		const [a, b] = await Promise.all([
			encodeResult(result, { assignment, quiz }),
			encodeResult(result, { assignment, quiz })
		]);
		expect(a).not.toBe(b);
		expect(a.startsWith('SSR-')).toBe(true);
	});

	it('gives back the result with its name cleaned and times in whole seconds', async () => {
		const { assignment, quiz, privateKey } = await setup();
		const result = makeResult(assignment, {
			name: '  Aysel \t Guliyeva ',
			submittedAt: T0 + 1234,
			durationSeconds: 61.6,
			answers: [null, 'False', 'Makka', '600', [['Baku', 'The place Doha']], null]
		});
		const code = await encodeResult(result, { assignment, quiz });
		expect(await decodeResult(code, { assignment, quiz, privateKey })).toEqual({
			...result,
			name: 'Aysel Guliyeva',
			submittedAt: T0 + 1000,
			durationSeconds: 62
		});
		expect(normaliseResult(result, quiz).name).toBe('Aysel Guliyeva');
	});

	it('cannot be read with another teacher’s key', async () => {
		const { assignment, quiz } = await setup();
		const code = await encodeResult(makeResult(assignment), { assignment, quiz });
		const other = await generateTeacherKeyPair();
		expect(
			await reasonOf(decodeResult(code, { assignment, quiz, privateKey: other.privateKey }))
		).toBe('tampered');
	});

	it('refuses a result that does not fit the quiz when encoding', async () => {
		const { assignment, quiz } = await setup();
		const bad: Partial<StudentResult>[] = [
			{ name: '   ' },
			{ name: 'x'.repeat(LIMITS.name + 1) },
			{ answers: RIGHT_ANSWERS.slice(1) },
			{ answers: ['Moscow', ...RIGHT_ANSWERS.slice(1)] },
			{ answers: [...RIGHT_ANSWERS.slice(0, 5), ['First', 'Second']] },
			{ answers: [...RIGHT_ANSWERS.slice(0, 2), 'x'.repeat(201), ...RIGHT_ANSWERS.slice(3)] },
			{ assignmentId: 'aaaaaaaaaa' }
		];
		for (const overrides of bad) {
			await expect(
				encodeResult(makeResult(assignment, overrides), { assignment, quiz })
			).rejects.toThrow(AssignmentInputError);
		}
	});
});

describe('a bad result code', () => {
	it('is refused when cut short, mistyped, oversized or not a code', async () => {
		const { assignment, quiz, privateKey } = await setup();
		const context = { assignment, quiz, privateKey };
		const code = await encodeResult(makeResult(assignment), context);
		const middle = Math.floor(code.length / 2);
		const typo =
			code.slice(0, middle) + (code[middle] === 'x' ? 'y' : 'x') + code.slice(middle + 1);
		expect(await reasonOf(decodeResult(code.slice(0, -5), context))).toBe('truncated');
		expect(await reasonOf(decodeResult(code.slice(0, 30), context))).toBe('truncated');
		expect(await reasonOf(decodeResult(typo, context))).toBe('checksum');
		expect(await reasonOf(decodeResult(`SSR-${'A'.repeat(17_000)}`, context))).toBe('too-large');
		expect(await reasonOf(decodeResult('Aysel: 5 out of 6', context))).toBe('malformed');
	});

	it('from a newer version of the app says to update it', async () => {
		const { assignment, quiz, privateKey } = await setup();
		const code = await encodeResult(makeResult(assignment), { assignment, quiz });
		const newer = reframe(code, (bytes) => (bytes[0] = FORMAT_VERSION + 1));
		expect(await reasonOf(decodeResult(newer, { assignment, quiz, privateKey }))).toBe(
			'newer-version'
		);
	});

	it('that is an assignment link is refused as the wrong kind', async () => {
		const { assignment, quiz, privateKey } = await setup();
		const context = { assignment, quiz, privateKey };
		const link = await assignmentLink('https://example.org/assignment', assignment);
		expect(await reasonOf(decodeResult(link, context))).toBe('wrong-kind');
		const bare = (await encodeAssignment(assignment)).slice(PREFIXES.assignment.length);
		expect(await reasonOf(decodeResult(bare, context))).toBe('wrong-kind');
	});

	it('for another assignment says so before decrypting', async () => {
		const { assignment, quiz, privateKey } = await setup();
		const code = await encodeResult(makeResult(assignment), { assignment, quiz });
		const other = { ...assignment, id: 'bbbbbbbbba' };
		const error = (await decodeResult(code, { assignment: other, quiz, privateKey }).catch(
			(e: unknown) => e
		)) as CodeError;
		expect(error.reason).toBe('other-assignment');
		expect(error.message).toBe('This result is for another assignment: import it there.');
	});

	it('altered with a recomputed checksum is refused as tampered', async () => {
		const { assignment, quiz, privateKey } = await setup();
		const context = { assignment, quiz, privateKey };
		const code = await encodeResult(makeResult(assignment), context);
		const edits: ((bytes: Uint8Array) => void)[] = [
			// The ciphertext, its tag, the ephemeral key.
			(bytes) => (bytes[bytes.length - 1]! ^= 1),
			(bytes) => (bytes[80]! ^= 0x10),
			(bytes) => (bytes[20]! ^= 1)
		];
		for (const edit of edits) {
			const error = (await decodeResult(reframe(code, edit), context).catch(
				(e: unknown) => e
			)) as CodeError;
			expect(error.reason).toBe('tampered');
			expect(error.message).toMatch(/altered or damaged/);
		}
	});

	it('moved to another assignment with the same key is refused as tampered', async () => {
		const { assignment, quiz, privateKey } = await setup();
		const code = await encodeResult(makeResult(assignment), { assignment, quiz });
		const other = { ...assignment, id: 'bbbbbbbbba' };
		const relabelled = reframe(code, (bytes) => bytes.set(assignmentIdBytes(other.id)!, 4));
		expect(await reasonOf(decodeResult(relabelled, { assignment: other, quiz, privateKey }))).toBe(
			'tampered'
		);
	});

	it('whose decrypted content is invalid is refused as malformed', async () => {
		const { assignment, quiz, privateKey } = await setup();
		const context = { assignment, quiz, privateKey };
		const right = [0, 0, 'Mecca', '613', [3, 1, 2, 0], [2, 0, 1]];
		const valid = ['Aysel', T0 / 1000, 60, right];
		expect(await reasonOf(decodeResult(await sealResultPayload(valid, assignment), context))).toBe(
			'none'
		);
		const bad: unknown[] = [
			{ __proto__: null, n: 'Aysel' },
			JSON.parse('{"__proto__": {"polluted": true}}'),
			['Aysel', T0 / 1000, 60],
			['', T0 / 1000, 60, right],
			[' Aysel', T0 / 1000, 60, right],
			['x'.repeat(81), T0 / 1000, 60, right],
			['Aysel', -1, 60, right],
			['Aysel', T0 / 1000, LIMITS.durationSeconds + 1, right],
			['Aysel', T0 / 1000, 60, right.slice(1)],
			['Aysel', T0 / 1000, 60, [4, ...right.slice(1)]],
			['Aysel', T0 / 1000, 60, [0.5, ...right.slice(1)]],
			['Aysel', T0 / 1000, 60, [0, 2, ...right.slice(2)]],
			['Aysel', T0 / 1000, 60, [...right.slice(0, 2), 7, ...right.slice(3)]],
			['Aysel', T0 / 1000, 60, [...right.slice(0, 4), [3, 1, 2], [2, 0, 1]]],
			['Aysel', T0 / 1000, 60, [...right.slice(0, 4), [3, 1, 2, 9], [2, 0, 1]]],
			['Aysel', T0 / 1000, 60, [...right.slice(0, 5), [2, 2, 1]]],
			['Aysel', T0 / 1000, 60, [...right.slice(0, 5), [2, 0]]],
			['Aysel', T0 / 1000, 60, [...right.slice(0, 5), 'First']],
			['Aysel', T0 / 1000, 60, right, 'extra'],
			['Aysel', T0 / 1000, 60, right, 'bad token'],
			// Submitted in the year 287 million, or before 2000: no time a report can show.
			['Aysel', 9e15, 60, right],
			['Aysel', 1000, 60, right]
		];
		for (const json of bad) {
			const code = await sealResultPayload(json, assignment);
			expect([json, await reasonOf(decodeResult(code, context))]).toEqual([json, 'malformed']);
		}
		expect(Object.prototype).not.toHaveProperty('polluted');
	});
});

describe('a result id', () => {
	it('is the same for every code of one submission, and differs between submissions', async () => {
		const { assignment } = await setup();
		const result = makeResult(assignment);
		expect(await resultId(result)).toBe(await resultId({ ...result, durationSeconds: 5 }));
		expect(await resultId(result)).not.toBe(
			await resultId({ ...result, submittedAt: result.submittedAt + 1000 })
		);
		expect(await resultId(result)).not.toBe(await resultId({ ...result, name: 'Leyla' }));
	});
});

describe('sizes on the real speech', () => {
	it('keep a 10-question link and result code short enough for a QR code', async () => {
		const quiz = buildQuiz(oicFacts, { ...DRAFT.spec, count: 10, seed: 'class 9b' });
		const { publicKey, privateKey } = await teacherKeys();
		const assignment = makeAssignment(
			{
				...DRAFT,
				title: 'Khojaly and the OIC: week 3 homework',
				timeLimitMinutes: 20,
				due: '2025-01-31'
			},
			{ id: 'aebagbafa2', teacherKey: await exportPublicKey(publicKey), quiz, now: T0 }
		);
		const link = await assignmentLink('https://study.example.org/assignment', assignment);
		const answers = quiz.questions.map((question): GivenAnswer => {
			switch (question.type) {
				case 'match':
					return Object.entries(question.answer);
				case 'typed':
				case 'numeric':
					return 'a wrong answer';
				default:
					return question.answer;
			}
		});
		const result = makeResult(assignment, { answers });
		const code = await encodeResult(result, { assignment, quiz });
		expect(await decodeResult(code, { assignment, quiz, privateKey })).toEqual(
			normaliseResult(result, quiz)
		);
		expect(link.length).toBeLessThan(500);
		expect(code.length).toBeLessThan(300);
	});
});

describe('a signed result (from a student who typed the join code)', () => {
	const JOIN_ID = toBase32(new Uint8Array([1, 2, 3, 4, 5, 6]));

	async function signedSetup() {
		const { assignment, quiz, privateKey } = await setup();
		const stored = await generateSigningKeys();
		const signer: ResultSigner = {
			privateKey: (await importSigningKeys(stored)).privateKey,
			publicKey: stored.publicKey
		};
		// As the student's device has it: no teacher key, the join code's id.
		const opened: OpenedAssignment = { ...assignment, id: JOIN_ID, joinCode: 'K7M2-9QXD-4HTR' };
		delete opened.teacherKey;
		const read = { assignment, quiz, privateKey, joinId: JOIN_ID };
		return { assignment, opened, quiz, signer, read };
	}

	it('reads back on the teacher device as the same submission, the student named by the key', async () => {
		const { assignment, opened, quiz, signer, read } = await signedSetup();
		const result = makeResult(opened);
		const code = await encodeResult(result, { assignment: opened, quiz, signer });
		expect(code.startsWith('SSR-')).toBe(true);
		const back = await decodeResult(code, read);
		expect(back).toEqual({
			...normaliseResult(result, quiz),
			assignmentId: assignment.id,
			student: await signerToken(signer.publicKey)
		});
		// The same profile signs every result with the same key: one student, however many codes.
		const again = await encodeResult(result, { assignment: opened, quiz, signer });
		expect((await decodeResult(again, read)).student).toBe(back.student);
	});

	it('cannot be made without the profile key', async () => {
		const { opened, quiz } = await signedSetup();
		await expect(encodeResult(makeResult(opened), { assignment: opened, quiz })).rejects.toThrow(
			AssignmentInputError
		);
	});

	it('altered anywhere, even with a recomputed checksum, fails its signature', async () => {
		const { opened, quiz, signer, read } = await signedSetup();
		const code = await encodeResult(makeResult(opened), { assignment: opened, quiz, signer });
		const length = fromBase64Url(code.slice(4))!.length;
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 4, max: length - 5 }),
				fc.integer({ min: 1, max: 255 }),
				async (at, flip) => {
					const altered = reframe(code, (bytes) => (bytes[at]! ^= flip));
					const reason = await reasonOf(decodeResult(altered, read));
					// The id bytes route it elsewhere; every other byte breaks the signature or the content.
					expect(['tampered', 'other-assignment']).toContain(reason);
					if (at >= 4 + 6) expect(reason).toBe('tampered');
				}
			),
			{ numRuns: 200 }
		);
	});

	it('re-signed by another key reads as another student, never as the first', async () => {
		const { opened, quiz, signer, read } = await signedSetup();
		const forger = await signedSetup();
		const result = makeResult(opened);
		const first = await decodeResult(
			await encodeResult(result, { assignment: opened, quiz, signer }),
			read
		);
		const forged = await decodeResult(
			await encodeResult(
				{ ...result, answers: RIGHT_ANSWERS },
				{
					assignment: opened,
					quiz,
					signer: forger.signer
				}
			),
			read
		);
		expect(forged.name).toBe(first.name);
		expect(forged.student).not.toBe(first.student);
		expect(await resultId(forged)).not.toBe(await resultId(first));
	});

	it('is refused by an assignment without that join code, and may not name a token of its own', async () => {
		const { opened, quiz, signer, read } = await signedSetup();
		const code = await encodeResult(makeResult(opened), { assignment: opened, quiz, signer });
		const { joinId, ...withoutJoin } = read;
		expect(joinId).toBe(JOIN_ID);
		expect(await reasonOf(decodeResult(code, withoutJoin))).toBe('other-assignment');
		expect(
			await reasonOf(decodeResult(code, { ...read, joinId: toBase32(new Uint8Array(6)) }))
		).toBe('other-assignment');
		// A token inside the payload would let a code claim another student's name tag.
		const withToken = await signResultPayload(
			['Aysel', T0 / 1000, 60, RIGHT_ANSWERS.map(() => null), 'AAAAAAAA'],
			opened,
			signer
		);
		expect(await reasonOf(decodeResult(withToken, read))).toBe('malformed');
	});

	it('from a format 7 app is read by its version byte, and a format 7 teacher app would say "newer"', async () => {
		const { opened, quiz, signer } = await signedSetup();
		const code = await encodeResult(makeResult(opened), { assignment: opened, quiz, signer });
		expect(fromBase64Url(code.slice(4))![0]).toBe(FORMAT_VERSION);
		expect(FORMAT_VERSION).toBeGreaterThanOrEqual(8);
	});
});
