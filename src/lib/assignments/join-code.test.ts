import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledFacts } from '../content/bundled';
import { buildQuiz } from '../engine/quiz';
import { QUESTION_TYPES } from '../engine/models';
import {
	assignmentLink,
	assignmentQuiz,
	makeAssignment,
	newAssignmentId,
	quizFingerprint
} from './assignment';
import { CodeError } from './errors';
import { FORMAT_VERSION } from './frame';
import {
	DIFFICULTY_RANGES,
	decodeJoinCode,
	joinCodeOf,
	joinIdOf,
	normaliseJoinCode,
	openAssignment,
	TIME_LIMITS
} from './join-code';
import { exportPublicKey } from './keys';
import { FEEDBACK_MODES, type Assignment, type AssignmentDraft } from './models';
import { teacherKeys, T0 } from './testing';

const PACK = 'oic-acm-2017';
const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Every choice a join code can carry, with a fingerprint of any first character. */
const fittingArbitrary = fc.record({
	types: fc.subarray([...QUESTION_TYPES], { minLength: 1 }),
	count: fc.integer({ min: 1, max: 128 }),
	difficulty: fc.constantFrom(...DIFFICULTY_RANGES),
	seed: fc.integer({ min: 0, max: 4095 }).map(String),
	passMark: fc.integer({ min: 0, max: 20 }).map((step) => step * 5),
	feedback: fc.constantFrom(...FEEDBACK_MODES),
	time: fc.constantFrom(...TIME_LIMITS),
	retries: fc.boolean(),
	fingerprint: fc.constantFrom(
		...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
	)
});

type Choice = typeof fittingArbitrary extends fc.Arbitrary<infer T> ? T : never;

function assignmentOf(choice: Choice): Assignment {
	return {
		id: 'abcdefghij',
		title: 'Week 3',
		pack: PACK,
		spec: {
			types: choice.types,
			count: choice.count,
			difficulty: [choice.difficulty[0], choice.difficulty[1]],
			seed: choice.seed
		},
		...(choice.time ? { timeLimitMinutes: choice.time } : {}),
		due: '2025-01-10',
		passMark: choice.passMark,
		feedback: choice.feedback,
		...(choice.retries ? { retries: true as const } : {}),
		teacherKey: 'key',
		quizHash: `${choice.fingerprint}AAAAA`,
		createdAt: T0,
		formatVersion: FORMAT_VERSION
	};
}

const reason = async (promise: Promise<unknown>) => {
	try {
		await promise;
	} catch (error) {
		if (error instanceof CodeError) return error.reason;
		throw error;
	}
	return 'accepted';
};

describe('a join code', () => {
	it('is 12 characters without look-alikes, grouped in fours, and opens the same rules', async () => {
		await fc.assert(
			fc.asyncProperty(fittingArbitrary, async (choice) => {
				const assignment = assignmentOf(choice);
				const code = joinCodeOf(assignment, PACK);
				expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
				const opened = await decodeJoinCode(code!, PACK);
				expect(opened).toEqual({
					id: await joinIdOf(code!),
					title: `Assignment ${code}`,
					pack: PACK,
					spec: assignment.spec,
					...(choice.time ? { timeLimitMinutes: choice.time } : {}),
					passMark: assignment.passMark,
					feedback: assignment.feedback,
					...(choice.retries ? { retries: true } : {}),
					quizHash: choice.fingerprint,
					createdAt: 0,
					formatVersion: FORMAT_VERSION,
					joinCode: code
				});
				expect(opened.teacherKey).toBeUndefined();
			}),
			{ numRuns: 300 }
		);
	});

	it('is read whatever the case, spacing and look-alikes a person types', async () => {
		const code = joinCodeOf(assignmentOf(fc.sample(fittingArbitrary, { seed: 3 })[0]!), PACK)!;
		const compact = code.replace(/-/g, '');
		const typed = [
			compact.toLowerCase(),
			`  ${code.slice(0, 4)} ${code.slice(5, 9)}  ${code.slice(10)} `,
			compact.replace(/1/g, 'l').replace(/0/g, 'o'),
			compact.replace(/1/g, 'I').replace(/0/g, 'O')
		];
		for (const text of typed) {
			expect(normaliseJoinCode(text)).toBe(compact);
			expect((await decodeJoinCode(text, PACK)).joinCode).toBe(code);
		}
	});

	it('refuses every mistyped character and every swap of two neighbours', async () => {
		await fc.assert(
			fc.asyncProperty(
				fittingArbitrary,
				fc.nat(11),
				fc.nat(31),
				fc.boolean(),
				async (choice, at, digit, swap) => {
					const code = joinCodeOf(assignmentOf(choice), PACK)!.replace(/-/g, '');
					const chars = [...code];
					if (swap) {
						const next = (at + 1) % 12;
						fc.pre(chars[at] !== chars[next]);
						[chars[at], chars[next]] = [chars[next]!, chars[at]!];
					} else {
						fc.pre(DIGITS[digit] !== chars[at]);
						chars[at] = DIGITS[digit]!;
					}
					expect(await reason(decodeJoinCode(chars.join(''), PACK))).toBe('checksum');
				}
			),
			{ numRuns: 500 }
		);
	});

	it('says what is wrong with text that is no join code', async () => {
		expect(await reason(decodeJoinCode('K7M2-9QXD-4HT', PACK))).toBe('malformed');
		expect(await reason(decodeJoinCode('K7M2-9QXD-4HTU', PACK))).toBe('malformed');
		const message = await decodeJoinCode('K7M2-9QXD-4HT', PACK).catch((e: Error) => e.message);
		expect(message).toContain('12 letters and digits');
	});

	it('from a newer app asks for an update', async () => {
		const newer = { ...assignmentOf(fc.sample(fittingArbitrary, { seed: 5 })[0]!) };
		newer.formatVersion = FORMAT_VERSION + 1;
		const code = joinCodeOf(newer, PACK);
		expect(await reason(decodeJoinCode(code!, PACK))).toBe('newer-version');
	});

	it('exists only for choices it can carry whole', () => {
		const base = assignmentOf({
			types: ['mc', 'tf'],
			count: 10,
			difficulty: [1, 3],
			seed: '812',
			passMark: 60,
			feedback: 'end',
			time: 0,
			retries: false,
			fingerprint: 'Q'
		});
		expect(joinCodeOf(base, PACK)).toBeDefined();
		const without = (change: Partial<Assignment>) => joinCodeOf({ ...base, ...change }, PACK);
		expect(without({ spec: { ...base.spec, topics: ['karabakh'] } })).toBeUndefined();
		expect(without({ spec: { ...base.spec, seed: 'week three' } })).toBeUndefined();
		expect(without({ spec: { ...base.spec, seed: '4096' } })).toBeUndefined();
		expect(without({ spec: { ...base.spec, seed: '0812' } })).toBeUndefined();
		expect(without({ spec: { ...base.spec, seed: 812 } })).toBeUndefined();
		expect(without({ spec: { ...base.spec, count: 129 } })).toBeUndefined();
		// Types in another order could build another quiz: the code would not give them back.
		expect(without({ spec: { ...base.spec, types: ['tf', 'mc'] } })).toBeUndefined();
		expect(without({ passMark: 63 })).toBeUndefined();
		expect(without({ timeLimitMinutes: 7 })).toBeUndefined();
		expect(without({ pack: 'another-pack' })).toBeUndefined();
	});
});

describe('an assignment opened by its join code on a student device', () => {
	it('builds the very quiz the teacher made, from the real pack', async () => {
		const facts = bundledFacts.filter((fact) => fact.pack === PACK);
		const draft: AssignmentDraft = {
			title: 'Week 3',
			pack: PACK,
			spec: {
				types: ['mc', 'tf', 'typed', 'numeric'],
				count: 12,
				difficulty: [1, 3],
				seed: '2718'
			},
			timeLimitMinutes: 20,
			passMark: 60,
			feedback: 'end'
		};
		const quiz = buildQuiz(facts, draft.spec);
		const teacherKey = await exportPublicKey((await teacherKeys()).publicKey);
		const assignment = makeAssignment(draft, {
			id: newAssignmentId(new Uint8Array(6)),
			teacherKey,
			quiz,
			now: T0
		});
		const code = joinCodeOf(assignment, PACK)!;
		const opened = await openAssignment(`https://example.org/assignment#${code}`, PACK);
		expect(quizFingerprint(assignmentQuiz(bundledFacts, opened))).toBe(assignment.quizHash);
		// The long link still opens the whole assignment, teacher key and all.
		const link = await assignmentLink('https://example.org/assignment', assignment);
		expect((await openAssignment(link, PACK)).teacherKey).toBe(teacherKey);
	});

	it('refuses a quiz this device builds otherwise', async () => {
		const code = joinCodeOf(
			assignmentOf({
				types: ['mc'],
				count: 5,
				difficulty: [1, 3],
				seed: '1',
				passMark: 50,
				feedback: 'during',
				time: 0,
				retries: false,
				fingerprint: '_'
			}),
			PACK
		)!;
		const opened = await decodeJoinCode(code, PACK);
		expect(() => assignmentQuiz(bundledFacts, opened)).toThrow(CodeError);
	});
});
