/**
 * The short join code: twelve characters a student can type from a board or hear read aloud,
 * such as `K7M2-9QXD-4HTR`, that open an assignment offline.
 *
 * Twelve characters of Crockford's base32 (no I, L, O or U; read leniently: `i` and `l` as 1,
 * `o` as 0, any case, dashes and spaces ignored) hold 60 bits. That is room for what the student's
 * device needs to rebuild the quiz and run it under the teacher's rules, and for a check, but not
 * for the title, the due date or the teacher's public key (65 bytes). So a student who joins by
 * this code sends a result signed by their profile instead of one encrypted to the teacher (see
 * `result.ts`): anyone who sees that result code can read it, and no one can change it unseen.
 *
 * Bits, most significant first:
 *
 * | bits | field                                                                       |
 * | ---- | --------------------------------------------------------------------------- |
 * | 4    | format version (`FORMAT_VERSION`; the code needs a new layout at 16)       |
 * | 6    | question types, one bit each in `QUESTION_TYPES` order                      |
 * | 7    | question count − 1                                                          |
 * | 3    | difficulty range, an index into {@link DIFFICULTY_RANGES}                   |
 * | 12   | seed, a whole number written in decimal                                     |
 * | 5    | pass mark ÷ 5                                                               |
 * | 2    | feedback mode, an index into `FEEDBACK_MODES`                               |
 * | 4    | time limit, an index into {@link TIME_LIMITS}                               |
 * | 1    | retries allowed                                                             |
 * | 6    | the first 6 bits of the quiz fingerprint                                    |
 * | 10   | CRC-10 of the 50 bits before it                                             |
 *
 * The CRC catches every mistyped character and every swap of two neighbours (bursts of up to
 * ten bits); the fingerprint then catches most quizzes this device would build otherwise.
 * The code names no pack and no topics: it stands for the whole of the app's first pack, and an
 * assignment on chosen topics has only its link.
 */
import { QUESTION_TYPES, type QuizSpec } from '../engine/models';
import { checkSpec } from '../engine/spec';
import { decodeAssignment } from './assignment';
import { toBase32 } from './bytes';
import { CodeError } from './errors';
import { FORMAT_VERSION } from './frame';
import { FEEDBACK_MODES, type Assignment, type OpenedAssignment } from './models';

/** Crockford's base32 digits. */
const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** What a person may type for a digit that looks or sounds alike. */
const LOOK_ALIKES: Record<string, string> = { I: '1', L: '1', O: '0' };

/** Characters in a join code, and how they are grouped for reading. */
export const JOIN_CODE_LENGTH = 12;
const GROUP = 4;

/** Every difficulty range a spec may have, lowest first. */
export const DIFFICULTY_RANGES: readonly QuizSpec['difficulty'][] = [
	[1, 1],
	[1, 2],
	[1, 3],
	[2, 2],
	[2, 3],
	[3, 3]
];

/** The time limits a join code can carry, in minutes; 0 for none. */
export const TIME_LIMITS = [
	0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 90, 120, 180
] as const;

const SEED_BITS = 12;
const COUNT_BITS = 7;
const PASS_STEP = 5;

/** Fields in code order: [name, bits]. */
const LAYOUT = [
	['version', 4],
	['types', 6],
	['count', COUNT_BITS],
	['difficulty', 3],
	['seed', SEED_BITS],
	['pass', 5],
	['feedback', 2],
	['time', 4],
	['retries', 1],
	['fingerprint', 6]
] as const;
type Field = (typeof LAYOUT)[number][0];
const DATA_BITS = LAYOUT.reduce((sum, [, bits]) => sum + bits, 0);
const CHECK_BITS = JOIN_CODE_LENGTH * 5 - DATA_BITS;
/** CRC-10/ATM: x¹⁰ + x⁹ + x⁵ + x⁴ + x + 1. */
const CRC_POLY = 0x233;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function crc10(bits: readonly number[]): number {
	let crc = 0;
	for (const bit of bits) {
		const top = ((crc >> (CHECK_BITS - 1)) & 1) ^ bit;
		crc = (crc << 1) & ((1 << CHECK_BITS) - 1);
		if (top) crc ^= CRC_POLY & ((1 << CHECK_BITS) - 1);
	}
	return crc;
}

function pushBits(out: number[], value: number, count: number): void {
	for (let i = count - 1; i >= 0; i--) out.push((value >> i) & 1);
}

function readBits(bits: readonly number[], from: number, count: number): number {
	let value = 0;
	for (let i = from; i < from + count; i++) value = (value << 1) | bits[i]!;
	return value;
}

/** `K7M29QXD4HTR` as `K7M2-9QXD-4HTR`. */
export function groupJoinCode(code: string): string {
	return code.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? code;
}

/**
 * The twelve digits a person typed, upper-cased, look-alikes read as what they stand for, dashes
 * and spaces dropped; undefined when the text cannot be a join code at all.
 */
export function normaliseJoinCode(input: string): string | undefined {
	const compact = input.replace(/[\s\-–—]+/g, '').toUpperCase();
	if (compact.length !== JOIN_CODE_LENGTH) return undefined;
	const digits = [...compact].map((char) => LOOK_ALIKES[char] ?? char).join('');
	return [...digits].every((char) => DIGITS.includes(char)) ? digits : undefined;
}

/** True when `input` reads as a join code (its check still to be verified). */
export const looksLikeJoinCode = (input: string): boolean => normaliseJoinCode(input) !== undefined;

/** What a join code holds. */
interface JoinFields {
	version: number;
	spec: QuizSpec;
	passMark: number;
	feedback: Assignment['feedback'];
	timeLimitMinutes?: number;
	retries?: true;
	/** The first character of the quiz fingerprint (`quizHash`). */
	fingerprint: string;
}

/** The field values of `fields`, or undefined when one does not fit the code. */
function fieldValues(fields: JoinFields): Record<Field, number> | undefined {
	const { spec } = fields;
	const typeMask = QUESTION_TYPES.reduce(
		(mask, type, i) => mask | (spec.types.includes(type) ? 1 << i : 0),
		0
	);
	const seed = typeof spec.seed === 'string' && /^(0|[1-9]\d*)$/.test(spec.seed) ? +spec.seed : -1;
	const values: Record<Field, number> = {
		version: fields.version,
		types: typeMask,
		count: spec.count - 1,
		difficulty: DIFFICULTY_RANGES.findIndex(
			([min, max]) => min === spec.difficulty[0] && max === spec.difficulty[1]
		),
		seed,
		pass: fields.passMark % PASS_STEP === 0 ? fields.passMark / PASS_STEP : -1,
		feedback: FEEDBACK_MODES.indexOf(fields.feedback),
		time: TIME_LIMITS.indexOf((fields.timeLimitMinutes ?? 0) as (typeof TIME_LIMITS)[number]),
		retries: fields.retries ? 1 : 0,
		fingerprint: BASE64URL.indexOf(fields.fingerprint)
	};
	const fits = LAYOUT.every(([name, bits]) => {
		const value = values[name];
		return Number.isInteger(value) && value >= 0 && value < 1 << bits;
	});
	return fits ? values : undefined;
}

function writeCode(values: Record<Field, number>): string {
	const bits: number[] = [];
	for (const [name, count] of LAYOUT) pushBits(bits, values[name], count);
	pushBits(bits, crc10(bits), CHECK_BITS);
	let code = '';
	for (let i = 0; i < bits.length; i += 5) code += DIGITS[readBits(bits, i, 5)]!;
	return code;
}

/** The fields a code holds, or undefined when a value is out of its range. */
function fieldsFrom(values: Record<Field, number>): JoinFields | undefined {
	const types = QUESTION_TYPES.filter((_, i) => ((values.types >> i) & 1) === 1);
	const difficulty = DIFFICULTY_RANGES[values.difficulty];
	const feedback = FEEDBACK_MODES[values.feedback];
	const time = TIME_LIMITS[values.time];
	const passMark = values.pass * PASS_STEP;
	if (!types.length || !difficulty || !feedback || time === undefined || passMark > 100) {
		return undefined;
	}
	return {
		version: values.version,
		spec: {
			types,
			count: values.count + 1,
			difficulty: [difficulty[0], difficulty[1]],
			seed: String(values.seed)
		},
		passMark,
		feedback,
		...(time ? { timeLimitMinutes: time } : {}),
		...(values.retries ? { retries: true as const } : {}),
		fingerprint: BASE64URL[values.fingerprint]!
	};
}

/** The field values of a code's digits, or undefined when its check fails. */
function unpack(code: string): Record<Field, number> | undefined {
	const bits: number[] = [];
	for (const char of code) pushBits(bits, DIGITS.indexOf(char), 5);
	if (crc10(bits.slice(0, DATA_BITS)) !== readBits(bits, DATA_BITS, CHECK_BITS)) return undefined;
	const values = {} as Record<Field, number>;
	let at = 0;
	for (const [name, count] of LAYOUT) {
		values[name] = readBits(bits, at, count);
		at += count;
	}
	return values;
}

/**
 * The fields of a join code a person typed.
 * @throws {CodeError} `malformed` for text that cannot be a code, `checksum` for a mistyped one,
 * `newer-version` for a code of a newer app.
 */
function readJoinCode(input: string): { code: string; fields: JoinFields } {
	const code = normaliseJoinCode(input);
	if (!code) throw new CodeError('malformed', 'assignment', JOIN_CODE_MALFORMED);
	const values = unpack(code);
	if (!values) throw new CodeError('checksum', 'assignment', JOIN_CODE_MISTYPED);
	if (values.version > FORMAT_VERSION) throw new CodeError('newer-version', 'assignment');
	const fields = values.version >= 1 ? fieldsFrom(values) : undefined;
	if (!fields) throw new CodeError('malformed', 'assignment', JOIN_CODE_MALFORMED);
	return { code, fields };
}

const JOIN_CODE_MALFORMED =
	'This is not a join code: a join code has 12 letters and digits, such as K7M2-9QXD-4HTR. Check it against the board, or paste the whole link.';
const JOIN_CODE_MISTYPED =
	'This join code has a mistyped character: check each of the 12 against the board and try again.';

/**
 * The join code a person typed, grouped as printed (`K7M2-9QXD-4HTR`), once its check passes.
 * @throws {CodeError} as {@link decodeJoinCode} does for a mistyped, malformed or newer code.
 */
export function checkJoinCode(input: string): string {
	return groupJoinCode(readJoinCode(input).code);
}

/** Same fields, same rules: what both devices must agree on for the same quiz and the same run. */
const sameRules = (a: JoinFields, b: JoinFields) =>
	JSON.stringify([a.spec, a.passMark, a.feedback, a.timeLimitMinutes, a.retries]) ===
	JSON.stringify([b.spec, b.passMark, b.feedback, b.timeLimitMinutes, b.retries]);

const fieldsOf = (assignment: OpenedAssignment): JoinFields => ({
	version: assignment.formatVersion ?? 1,
	spec: assignment.spec,
	passMark: assignment.passMark,
	feedback: assignment.feedback,
	...(assignment.timeLimitMinutes ? { timeLimitMinutes: assignment.timeLimitMinutes } : {}),
	...(assignment.retries ? { retries: true as const } : {}),
	fingerprint: assignment.quizHash[0] ?? ''
});

/**
 * The join code of a teacher's assignment, grouped (`K7M2-9QXD-4HTR`), or undefined when its
 * choices do not fit one: a pack other than `firstPack`, chosen topics, a seed other than a whole
 * number below 4096, more than 128 questions, a pass mark off the steps of 5, or a time limit
 * not in {@link TIME_LIMITS}. The code is checked by reading it back: it opens the same quiz
 * under the same rules, or there is none.
 */
export function joinCodeOf(assignment: Assignment, firstPack: string): string | undefined {
	if (assignment.pack !== firstPack || assignment.spec.topics?.length) return undefined;
	const fields = fieldsOf(assignment);
	const values = fieldValues(fields);
	if (!values) return undefined;
	const code = writeCode(values);
	const back = fieldsFrom(unpack(code)!);
	return back && sameRules(back, fields) && back.fingerprint === fields.fingerprint
		? groupJoinCode(code)
		: undefined;
}

/**
 * The pack a join code stands for: the first of the app's facts, the same on every device of a
 * version (the app has one pack; a second would need a field in the code).
 */
export const joinPackOf = (facts: readonly { pack: string }[]): string => facts[0]?.pack ?? '';

/** Why an assignment has no join code, for the teacher's share panel. */
export const NO_JOIN_CODE =
	'A join code holds only assignments on every topic, with a pass mark in steps of 5, a time limit of 5 to 60 minutes in steps of 5 (or 75, 90, 120, 180) and a seed that is a whole number below 4096. Share the link or the QR code.';

/**
 * The id results of an assignment joined by `code` carry: 6 bytes of a SHA-256 of the code, in
 * the form of assignment ids, so that both the student's and the teacher's device derive it.
 */
export async function joinIdOf(
	code: string,
	subtle: SubtleCrypto = crypto.subtle
): Promise<string> {
	const canonical = normaliseJoinCode(code) ?? code;
	const digest = await subtle.digest(
		'SHA-256',
		new TextEncoder().encode(`speech-study join ${canonical}`)
	);
	return toBase32(new Uint8Array(digest).slice(0, 6));
}

/**
 * The assignment a join code opens on a student's device, for the pack `firstPack`: its rules,
 * with a title made of the code, no teacher key (results are signed, not encrypted), and the
 * one character of the quiz fingerprint the code has room for. `createdAt` is 0: unknown here.
 * @throws {CodeError} as the code is mistyped, malformed or newer.
 */
export async function decodeJoinCode(input: string, firstPack: string): Promise<OpenedAssignment> {
	const { code, fields } = readJoinCode(input);
	const grouped = groupJoinCode(code);
	let spec: QuizSpec;
	try {
		spec = checkSpec(fields.spec);
	} catch {
		throw new CodeError('malformed', 'assignment', JOIN_CODE_MALFORMED);
	}
	return {
		id: await joinIdOf(code),
		title: `Assignment ${grouped}`,
		pack: firstPack,
		spec,
		...(fields.timeLimitMinutes ? { timeLimitMinutes: fields.timeLimitMinutes } : {}),
		passMark: fields.passMark,
		feedback: fields.feedback,
		...(fields.retries ? { retries: true as const } : {}),
		quizHash: fields.fingerprint,
		createdAt: 0,
		formatVersion: fields.version,
		joinCode: grouped
	};
}

/**
 * The assignment a student's link, its hash, its long join code or its short join code opens.
 * @throws {CodeError} saying what is wrong, as {@link decodeAssignment} and
 * {@link decodeJoinCode} do.
 */
export async function openAssignment(input: string, firstPack: string): Promise<OpenedAssignment> {
	const hash = input.lastIndexOf('#');
	const code = hash >= 0 ? input.slice(hash + 1) : input;
	return looksLikeJoinCode(code) ? decodeJoinCode(code, firstPack) : decodeAssignment(input);
}

/**
 * Among a teacher's stored assignments, the one whose join code gives the id `id`: where a signed
 * result (which names its assignment by that id) belongs.
 */
export async function findByJoinId<T extends { assignment: Assignment }>(
	records: readonly T[],
	id: string,
	firstPack: string
): Promise<T | undefined> {
	for (const record of records) {
		const code = joinCodeOf(record.assignment, firstPack);
		if (code && (await joinIdOf(code)) === id) return record;
	}
	return undefined;
}
