import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../../content/oic-acm-2017/vocabulary';
import { QUESTION_TYPES } from '../engine/models';
import { bundledFacts } from '../content/bundled';
import { buildQuiz } from '../engine/quiz';
import {
	assignmentLink,
	assignmentQuiz,
	checkQuizMatches,
	cleanText,
	deadlineOf,
	decodeAssignment,
	encodeAssignment,
	isPastDue,
	makeAssignment,
	newAssignmentId,
	parseAssignmentLink,
	quizFingerprint
} from './assignment';
import { concatBytes, crc32, fromBase64Url, toBase64Url } from './bytes';
import { AssignmentInputError, CodeError, type CodeErrorReason } from './errors';
import { FORMAT_VERSION, PREFIXES, writeFrame } from './frame';
import { exportPublicKey } from './keys';
import { FEEDBACK_MODES, type AssignmentDraft } from './models';
import { DRAFT, fixtureAssignment, fixtureQuiz, T0, teacherKeys } from './testing';

const PAGE = 'https://study.example.org/app/assignment';

async function reasonOf(promise: Promise<unknown>): Promise<CodeErrorReason | 'none'> {
	try {
		await promise;
		return 'none';
	} catch (error) {
		if (error instanceof CodeError) return error.reason;
		throw error;
	}
}

/** A code with its bytes changed by `edit` and a correct CRC, as a deliberate forger makes it. */
function reframe(code: string, edit: (bytes: Uint8Array) => Uint8Array): string {
	const bytes = fromBase64Url(code.slice(PREFIXES.assignment.length))!;
	const changed = edit(bytes.slice(0, -4));
	changed[2] = (changed.length + 4) >> 8;
	changed[3] = (changed.length + 4) & 0xff;
	const crc = crc32(changed);
	const tail = new Uint8Array([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]);
	return PREFIXES.assignment + toBase64Url(concatBytes(changed, tail));
}

/** A code whose payload is this JSON text, framed correctly, with the test teacher's key. */
async function codeWithJson(json: string): Promise<string> {
	const key = fromBase64Url(await exportPublicKey((await teacherKeys()).publicKey))!;
	return writeFrame(
		'assignment',
		concatBytes(key, new Uint8Array([0]), new TextEncoder().encode(json))
	);
}

const draftArbitrary: fc.Arbitrary<AssignmentDraft> = fc.record(
	{
		title: fc
			.string({ unit: 'grapheme', minLength: 1, maxLength: 120 })
			.map(cleanText)
			.filter((title) => title.length > 0 && title.length <= 120),
		pack: fc.constantFrom('oic-acm-2017', 'harbour-2020', 'a'),
		spec: fc.record(
			{
				topics: fc.subarray(
					vocabulary.topics.map((topic) => topic.id),
					{ minLength: 1 }
				),
				types: fc.subarray([...QUESTION_TYPES], { minLength: 1 }),
				count: fc.integer({ min: 1, max: 500 }),
				difficulty: fc
					.tuple(
						fc.constantFrom(1 as const, 2 as const, 3 as const),
						fc.constantFrom(1 as const, 2 as const, 3 as const)
					)
					.map(([a, b]): [1 | 2 | 3, 1 | 2 | 3] => (a <= b ? [a, b] : [b, a])),
				seed: fc.oneof(
					fc.integer({ min: -1e9, max: 1e9 }).map((seed) => (seed === 0 ? 0 : seed)),
					fc.string({ minLength: 1, maxLength: 64 })
				)
			},
			{ requiredKeys: ['types', 'count', 'difficulty', 'seed'] }
		),
		timeLimitMinutes: fc.integer({ min: 1, max: 1440 }),
		due: fc
			.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
			.map((date) => date.toISOString().slice(0, 10)),
		passMark: fc.integer({ min: 0, max: 100 }),
		feedback: fc.constantFrom(...FEEDBACK_MODES),
		retries: fc.constant(true as const)
	},
	{ requiredKeys: ['title', 'pack', 'spec', 'passMark', 'feedback'] }
);

describe('an assignment link', () => {
	it('carries any assignment whole: link → parse gives it back', async () => {
		const teacherKey = await exportPublicKey((await teacherKeys()).publicKey);
		await fc.assert(
			fc.asyncProperty(
				draftArbitrary,
				fc.uint8Array({ minLength: 6, maxLength: 6 }),
				fc.integer({ min: 0, max: 4e9 }),
				async (draft, idBytes, seconds) => {
					const assignment = makeAssignment(draft, {
						id: newAssignmentId(idBytes),
						teacherKey,
						quiz: fixtureQuiz(),
						now: seconds * 1000 + 999
					});
					const link = await assignmentLink(PAGE, assignment);
					expect(await parseAssignmentLink(link)).toEqual(assignment);
				}
			),
			{ numRuns: 100 }
		);
	});

	it('is the page with the join code as its hash', async () => {
		const assignment = await fixtureAssignment();
		const code = await encodeAssignment(assignment);
		expect(code.startsWith('SSA-')).toBe(true);
		expect(await assignmentLink(`${PAGE}#old`, assignment)).toBe(`${PAGE}#${code}`);
	});

	it('is read from a full link, a hash, or the join code, with spaces, line breaks and a full stop', async () => {
		const assignment = await fixtureAssignment();
		const code = await encodeAssignment(assignment);
		const wrapped = code.replace(/(.{30})/g, '$1\n  ');
		for (const input of [
			`${PAGE}#${code}`,
			`#${code}`,
			code,
			code.slice(PREFIXES.assignment.length),
			`  ${wrapped}\n`,
			`Open ${PAGE}#${code}.`,
			`<${PAGE}#${code}>`
		]) {
			expect(await decodeAssignment(input)).toEqual(assignment);
		}
	});

	it('keeps the draft as the teacher chose it, text cleaned and time in whole seconds', async () => {
		const assignment = await fixtureAssignment({
			title: '  Khojaly \n and the OIC ',
			due: '2025-01-31'
		});
		expect(assignment).toMatchObject({
			title: 'Khojaly and the OIC',
			due: '2025-01-31',
			id: 'aebagbafa2',
			createdAt: T0,
			quizHash: quizFingerprint(fixtureQuiz())
		});
	});
});

describe('a bad link', () => {
	it('is refused as malformed when it is not a code at all', async () => {
		for (const input of [
			'',
			'hello world!',
			'SSA-',
			'SSA-@@@@',
			'https://example.org/assignment#'
		]) {
			expect(await reasonOf(decodeAssignment(input))).toBe('malformed');
		}
	});

	it('is refused as truncated when cut short', async () => {
		const code = await encodeAssignment(await fixtureAssignment());
		for (const cut of [1, 2, 3, 10, 40, code.length - 12]) {
			expect(await reasonOf(decodeAssignment(code.slice(0, -cut)))).toBe('truncated');
		}
	});

	it('is refused with a checksum error when any one character is mistyped', async () => {
		const code = await encodeAssignment(await fixtureAssignment());
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: PREFIXES.assignment.length, max: code.length - 1 }),
				fc.integer({ min: 1, max: 63 }),
				async (at, shift) => {
					const char = alphabet[(alphabet.indexOf(code[at]!) + shift) % 64]!;
					const typo = code.slice(0, at) + char + code.slice(at + 1);
					// A typo in the length bytes can make the code look cut short instead.
					expect(['checksum', 'truncated']).toContain(await reasonOf(decodeAssignment(typo)));
				}
			),
			{ numRuns: 200 }
		);
		const middle = Math.floor(code.length / 2);
		const flipped =
			code.slice(0, middle) + (code[middle] === 'A' ? 'B' : 'A') + code.slice(middle + 1);
		expect(await reasonOf(decodeAssignment(flipped))).toBe('checksum');
	});

	it('is refused before decoding when oversized', async () => {
		const error = await decodeAssignment(`SSA-${'A'.repeat(9000)}`).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CodeError);
		expect((error as CodeError).reason).toBe('too-large');
	});

	it('from a newer version of the app says to update it', async () => {
		const code = await encodeAssignment(await fixtureAssignment());
		const newer = reframe(code, (bytes) => {
			bytes[0] = FORMAT_VERSION + 1;
			return bytes;
		});
		const error = (await decodeAssignment(newer).catch((e: unknown) => e)) as CodeError;
		expect(error.reason).toBe('newer-version');
		expect(error.message).toBe(
			'This assignment link was made by a newer version of the app: update the app and try again.'
		);
	});

	it('that is a result code is refused as the wrong kind, with or without its prefix', async () => {
		const code = await encodeAssignment(await fixtureAssignment());
		const asResult = reframe(code, (bytes) => {
			bytes[1] = 0x52;
			return bytes;
		});
		expect(await reasonOf(decodeAssignment(`SSR-${asResult.slice(4)}`))).toBe('wrong-kind');
		expect(await reasonOf(decodeAssignment(asResult.slice(4)))).toBe('wrong-kind');
	});

	it('with an altered payload and a recomputed checksum is refused when its content is invalid', async () => {
		const base = JSON.parse(
			'{"i":"aebagbafa2","t":"T","p":"p","s":{"y":["mc"],"n":5,"d":[1,3],"e":7},"m":50,"f":"end","h":"AAAAAA","c":1}'
		) as Record<string, unknown>;
		expect(await reasonOf(decodeAssignment(await codeWithJson(JSON.stringify(base))))).toBe('none');
		const bad = [
			'{"__proto__":{"polluted":true},"i":"aebagbafa2"}',
			JSON.stringify(base).replace('"i"', '"__proto__":{},"i"'),
			JSON.stringify(base).replace('"s":{', '"s":{"constructor":{},'),
			JSON.stringify({ ...base, extra: 1 }),
			JSON.stringify({ ...base, t: 'x'.repeat(121) }),
			JSON.stringify({ ...base, t: '<script>alert(1)</script>\u0000' }),
			JSON.stringify({ ...base, i: 'not-an-id' }),
			JSON.stringify({ ...base, m: 101 }),
			JSON.stringify({ ...base, f: 'always' }),
			JSON.stringify({ ...base, u: '2025-02-30' }),
			JSON.stringify({ ...base, s: { y: ['essay'], n: 5, d: [1, 3], e: 7 } }),
			JSON.stringify({ ...base, s: { y: ['mc'], n: 5, d: [3, 1], e: 7 } }),
			JSON.stringify({ ...base, s: { y: ['mc'], n: 1e6, d: [1, 3], e: 7 } }),
			'[1,2,3]',
			'{"i":',
			'\u00ff\u00fe'
		];
		for (const json of bad) {
			expect([json, await reasonOf(decodeAssignment(await codeWithJson(json)))]).toEqual([
				json,
				'malformed'
			]);
		}
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('with a teacher key that is not a point on the curve is refused', async () => {
		const code = await encodeAssignment(await fixtureAssignment());
		const badKey = reframe(code, (bytes) => {
			bytes.fill(7, 5, 69);
			return bytes;
		});
		expect(await reasonOf(decodeAssignment(badKey))).toBe('malformed');
	});
});

describe('making an assignment', () => {
	it('refuses choices that cannot be used, saying which', async () => {
		const origin = {
			id: 'aebagbafa2',
			teacherKey: await exportPublicKey((await teacherKeys()).publicKey),
			quiz: fixtureQuiz(),
			now: T0
		};
		const cases: [Partial<AssignmentDraft>, RegExp][] = [
			[{ title: '  ' }, /title must not be empty/],
			[{ title: 'x'.repeat(121) }, /title must be at most 120/],
			[{ passMark: 120 }, /pass mark must be 0 to 100/],
			[{ due: '2025-02-30' }, /due date does not exist/],
			[{ spec: { ...DRAFT.spec, difficulty: [3, 1] } }, /difficulty range/]
		];
		for (const [overrides, message] of cases) {
			expect(() => makeAssignment({ ...DRAFT, ...overrides }, origin)).toThrow(message);
			expect(() => makeAssignment({ ...DRAFT, ...overrides }, origin)).toThrow(
				AssignmentInputError
			);
		}
	});

	it('takes an id of exactly 6 random bytes', () => {
		expect(() => newAssignmentId(new Uint8Array(5))).toThrow(RangeError);
	});
});

describe('taking an assignment', () => {
	it('checks that this device built the teacher’s quiz', async () => {
		const assignment = await fixtureAssignment();
		expect(() => checkQuizMatches(assignment, fixtureQuiz())).not.toThrow();
		const other = fixtureQuiz();
		other.questions[0] = { ...other.questions[0]!, prompt: 'Another prompt?' };
		expect(() => checkQuizMatches(assignment, other)).toThrow(
			expect.objectContaining({ reason: 'content-mismatch' })
		);
		const reworded = fixtureQuiz();
		reworded.questions[0] = { ...reworded.questions[0]!, explanation: 'Reworded.' };
		expect(() => checkQuizMatches(assignment, reworded)).not.toThrow();
	});

	it('says a link of an earlier format version was made by an older app when its quiz differs', async () => {
		const assignment = await fixtureAssignment();
		const other = fixtureQuiz();
		other.questions[0] = { ...other.questions[0]!, prompt: 'Another prompt?' };
		expect(() => checkQuizMatches({ ...assignment, formatVersion: 1 }, other)).toThrow(
			expect.objectContaining({
				reason: 'older-version',
				message: expect.stringMatching(/older version of the app/)
			})
		);
		expect(() =>
			checkQuizMatches({ ...assignment, formatVersion: 1 }, fixtureQuiz())
		).not.toThrow();
		const stored = { ...assignment };
		delete stored.formatVersion;
		expect(() => checkQuizMatches(stored, other)).toThrow(
			expect.objectContaining({ reason: 'older-version' })
		);
	});

	it('reads the format version a link was made with', async () => {
		const code = await encodeAssignment(await fixtureAssignment());
		expect((await decodeAssignment(code)).formatVersion).toBe(FORMAT_VERSION);
		const older = reframe(code, (bytes) => {
			bytes[0] = 1;
			return bytes;
		});
		expect((await decodeAssignment(older)).formatVersion).toBe(1);
		const newer = reframe(code, (bytes) => {
			bytes[0] = FORMAT_VERSION + 1;
			return bytes;
		});
		expect(await reasonOf(decodeAssignment(newer))).toBe('newer-version');
	});

	it('builds the teacher’s quiz from the facts of the assignment’s own pack', async () => {
		const pair = await teacherKeys();
		const quiz = buildQuiz(
			bundledFacts.filter((fact) => fact.pack === DRAFT.pack),
			DRAFT.spec
		);
		const assignment = makeAssignment(DRAFT, {
			id: newAssignmentId(new Uint8Array(6)),
			teacherKey: await exportPublicKey(pair.publicKey),
			quiz,
			now: T0
		});
		const elsewhere = { ...bundledFacts[0]!, id: 'other-pack-fact', pack: 'other-pack' };
		expect(assignmentQuiz([elsewhere, ...bundledFacts], assignment)).toEqual(quiz);
		expect(() => assignmentQuiz([elsewhere], assignment)).toThrow(
			expect.objectContaining({ reason: 'content-mismatch' })
		);
		expect(() => assignmentQuiz([], { ...assignment, formatVersion: 1 })).toThrow(
			expect.objectContaining({ reason: 'older-version' })
		);
	});

	it('has a deadline only with a time limit', async () => {
		expect(deadlineOf(await fixtureAssignment(), T0)).toBeUndefined();
		expect(deadlineOf(await fixtureAssignment({ timeLimitMinutes: 20 }), T0)).toBe(
			T0 + 20 * 60_000
		);
	});

	it('is past due only once the due day has ended everywhere', async () => {
		const assignment = await fixtureAssignment({ due: '2025-01-06' });
		expect(isPastDue(assignment, Date.UTC(2025, 0, 7, 11, 59))).toBe(false);
		expect(isPastDue(assignment, Date.UTC(2025, 0, 7, 12))).toBe(true);
		expect(isPastDue(await fixtureAssignment(), Date.UTC(2030, 0, 1))).toBe(false);
	});
});
