/**
 * Assignments: making one from the teacher's choices, and carrying it whole in a link.
 *
 * The join code is a frame (see `frame.ts`) of kind `assignment` whose body is
 * `[teacher public key: 65 bytes][payload]`, the payload being compact JSON (one-letter keys,
 * times in seconds) that `payload.ts` may deflate. The link is the app's assignment page with
 * the join code as its hash: the page is static, and a hash never reaches a server's logs.
 */
import * as v from 'valibot';
import type { PackedFact } from '../content/models';
import { EngineError, SpecError } from '../engine/errors';
import { buildQuiz } from '../engine/quiz';
import { QUESTION_TYPES, type Quiz, type QuizSpec } from '../engine/models';
import { checkSpec, MAX_COUNT } from '../engine/spec';
import { concatBytes, crc32, fromBase32, fromBase64Url, toBase32, toBase64Url } from './bytes';
import { AssignmentInputError, CodeError } from './errors';
import { FORMAT_VERSION, readFrame, writeFrame } from './frame';
import { PUBLIC_KEY_BYTES, importPublicKey } from './keys';
import {
	FEEDBACK_MODES,
	LIMITS,
	type Assignment,
	type AssignmentDraft,
	type EpochMs,
	type OpenedAssignment
} from './models';
import { packPayload, unpackPayload } from './payload';

/** How many random bytes an assignment id takes. */
export const ID_BYTES = 6;

/** An assignment id (10 base32 characters) from {@link ID_BYTES} random bytes. */
export function newAssignmentId(randomBytes: Uint8Array): string {
	if (randomBytes.length !== ID_BYTES) throw new RangeError(`An id takes ${ID_BYTES} bytes.`);
	return toBase32(randomBytes);
}

/** The bytes of an assignment id, or undefined for a string that is not one. */
export function assignmentIdBytes(id: string): Uint8Array<ArrayBuffer> | undefined {
	const bytes = id.length === 10 ? fromBase32(id) : undefined;
	return bytes?.length === ID_BYTES ? bytes : undefined;
}

/**
 * A short fingerprint of a quiz: a CRC-32 of its questions, explanations aside. Answers travel
 * as positions in the quiz, so both devices must have built exactly the same questions.
 */
export function quizFingerprint(quiz: Quiz): string {
	const questions = quiz.questions.map((question) => ({ ...question, explanation: undefined }));
	const crc = crc32(new TextEncoder().encode(JSON.stringify(questions)));
	return toBase64Url(
		new Uint8Array([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff])
	);
}

// --- Checking -----------------------------------------------------------------------------

/** Text a person wrote: trimmed, single-spaced, no control characters (they could hide text). */
export function cleanText(text: string): string {
	return text
		.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const isClean = (text: string) => cleanText(text) === text;

const CleanText = (max: number, what: string) =>
	v.pipe(
		v.string(),
		v.nonEmpty(`${what} must not be empty`),
		v.maxLength(max, `${what} must be at most ${max} characters`),
		v.check(isClean, `${what} must be plain text on one line`)
	);

const KebabId = v.pipe(v.string(), v.maxLength(LIMITS.id), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

const IsoDay = v.pipe(
	v.string(),
	v.isoDate('the due date must be a date (YYYY-MM-DD)'),
	v.check(
		(text) => new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text,
		'the due date does not exist'
	)
);

const SpecSchema = v.strictObject({
	// The pack's vocabulary names its topics; building the quiz refuses one the pack does not have.
	topics: v.optional(v.pipe(v.array(KebabId), v.maxLength(LIMITS.topics))),
	types: v.pipe(v.array(v.picklist(QUESTION_TYPES)), v.minLength(1), v.maxLength(12)),
	count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_COUNT)),
	difficulty: v.strictTuple([v.picklist([1, 2, 3]), v.picklist([1, 2, 3])]),
	seed: v.union([
		v.pipe(v.number(), v.safeInteger()),
		v.pipe(v.string(), v.nonEmpty(), v.maxLength(LIMITS.seed))
	])
}) satisfies v.GenericSchema<unknown, QuizSpec>;

const DraftEntries = {
	title: CleanText(LIMITS.title, 'the title'),
	pack: KebabId,
	spec: SpecSchema,
	timeLimitMinutes: v.optional(
		v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.timeLimitMinutes))
	),
	due: v.optional(IsoDay),
	passMark: v.pipe(
		v.number(),
		v.integer('the pass mark must be a whole percentage'),
		v.minValue(0, 'the pass mark must be 0 to 100'),
		v.maxValue(100, 'the pass mark must be 0 to 100')
	),
	feedback: v.picklist(FEEDBACK_MODES),
	retries: v.optional(v.literal(true))
};

const DraftSchema = v.strictObject(DraftEntries) satisfies v.GenericSchema<
	unknown,
	AssignmentDraft
>;

/** A whole assignment, every field checked: links are decoded, and backups read, against it. */
export const AssignmentSchema = v.strictObject({
	...DraftEntries,
	id: v.pipe(
		v.string(),
		v.check((id) => assignmentIdBytes(id) !== undefined)
	),
	teacherKey: v.pipe(
		v.string(),
		v.check((key) => fromBase64Url(key)?.length === PUBLIC_KEY_BYTES)
	),
	quizHash: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6}$/)),
	createdAt: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.multipleOf(1000)),
	formatVersion: v.optional(
		v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(FORMAT_VERSION))
	)
}) satisfies v.GenericSchema<unknown, Assignment>;

/** The spec as the engine normalises it (types and topics once each, no empty topic list). */
function normaliseSpec(spec: QuizSpec): QuizSpec {
	const checked = checkSpec(spec);
	return Object.is(checked.seed, -0) ? { ...checked, seed: 0 } : checked;
}

/** What the teacher's device adds to a draft. */
export interface AssignmentOrigin {
	/** From {@link newAssignmentId}. */
	id: string;
	/** The teacher's public key, from `exportPublicKey`. */
	teacherKey: string;
	/** The quiz the draft's spec builds on this device (`buildQuiz(facts, draft.spec)`). */
	quiz: Quiz;
	now: EpochMs;
}

/**
 * An assignment from the teacher's choices: text cleaned, spec normalised, times in whole seconds.
 * @throws {AssignmentInputError} naming the first choice that cannot be used.
 */
export function makeAssignment(draft: AssignmentDraft, origin: AssignmentOrigin): Assignment {
	const cleaned = { ...draft, title: cleanText(draft.title) };
	const checked = v.safeParse(DraftSchema, cleaned);
	if (!checked.success) {
		throw new AssignmentInputError(`This assignment cannot be made: ${checked.issues[0].message}.`);
	}
	let spec: QuizSpec;
	try {
		spec = normaliseSpec(checked.output.spec);
	} catch (error) {
		if (error instanceof SpecError) throw new AssignmentInputError(error.message);
		throw error;
	}
	const assignment: Assignment = {
		...checked.output,
		spec,
		id: origin.id,
		teacherKey: origin.teacherKey,
		quizHash: quizFingerprint(origin.quiz),
		createdAt: Math.floor(origin.now / 1000) * 1000,
		formatVersion: FORMAT_VERSION
	};
	const full = v.safeParse(AssignmentSchema, assignment);
	if (!full.success) {
		throw new AssignmentInputError(`This assignment cannot be made: ${full.issues[0].message}.`);
	}
	return assignment;
}

// --- The wire -----------------------------------------------------------------------------

/** The payload's JSON: one-letter keys, since every character lengthens the link and the QR code. */
const WireSchema = v.strictObject({
	i: v.string(),
	t: v.string(),
	p: v.string(),
	s: v.strictObject({
		o: v.optional(v.array(v.string())),
		y: v.array(v.string()),
		n: v.number(),
		d: v.array(v.number()),
		e: v.union([v.number(), v.string()])
	}),
	l: v.optional(v.number()),
	u: v.optional(v.string()),
	m: v.number(),
	f: v.string(),
	r: v.optional(v.literal(1)),
	h: v.string(),
	c: v.number()
});
type Wire = v.InferOutput<typeof WireSchema>;

function toWire(a: Assignment): Wire {
	const { spec } = a;
	return {
		i: a.id,
		t: a.title,
		p: a.pack,
		s: {
			...(spec.topics ? { o: spec.topics } : {}),
			y: spec.types,
			n: spec.count,
			d: spec.difficulty,
			e: spec.seed
		},
		...(a.timeLimitMinutes !== undefined ? { l: a.timeLimitMinutes } : {}),
		...(a.due !== undefined ? { u: a.due } : {}),
		m: a.passMark,
		f: a.feedback,
		...(a.retries ? { r: 1 as const } : {}),
		h: a.quizHash,
		c: a.createdAt / 1000
	};
}

function fromWire(w: Wire, teacherKey: string, formatVersion: number): unknown {
	return {
		formatVersion,
		id: w.i,
		title: w.t,
		pack: w.p,
		spec: {
			...(w.s.o ? { topics: w.s.o } : {}),
			types: w.s.y,
			count: w.s.n,
			difficulty: w.s.d,
			seed: w.s.e
		},
		...(w.l !== undefined ? { timeLimitMinutes: w.l } : {}),
		...(w.u !== undefined ? { due: w.u } : {}),
		passMark: w.m,
		feedback: w.f,
		...(w.r ? { retries: true } : {}),
		teacherKey,
		quizHash: w.h,
		createdAt: w.c * 1000
	};
}

/** The join code of an assignment: `SSA-` and base64url, the text a student may paste. */
export async function encodeAssignment(assignment: Assignment): Promise<string> {
	const key = fromBase64Url(assignment.teacherKey);
	if (key?.length !== PUBLIC_KEY_BYTES)
		throw new AssignmentInputError('The teacher key is damaged.');
	return writeFrame('assignment', concatBytes(key, await packPayload(toWire(assignment))));
}

/**
 * The assignment in a link, a link's hash or a join code, as a student pasted it (spaces and
 * line breaks allowed). Nothing is trusted: the frame, the JSON, every field and the key are
 * checked, and anything wrong is refused whole.
 * @throws {CodeError} saying what is wrong.
 */
export async function decodeAssignment(input: string): Promise<Assignment> {
	const { body, version } = readFrame(input, 'assignment');
	if (body.length <= PUBLIC_KEY_BYTES + 1) throw new CodeError('malformed', 'assignment');
	const teacherKey = toBase64Url(body.subarray(0, PUBLIC_KEY_BYTES));
	const json = await unpackPayload(body.slice(PUBLIC_KEY_BYTES), 'assignment');
	const wire = v.safeParse(WireSchema, json);
	if (!wire.success) throw new CodeError('malformed', 'assignment');
	const checked = v.safeParse(AssignmentSchema, fromWire(wire.output, teacherKey, version));
	if (!checked.success) throw new CodeError('malformed', 'assignment');
	let spec: QuizSpec;
	try {
		spec = normaliseSpec(checked.output.spec);
	} catch {
		throw new CodeError('malformed', 'assignment');
	}
	// A key that is not a point on the curve would only fail later, on the student's submit.
	await importPublicKey(teacherKey);
	return { ...checked.output, spec };
}

/** Alias of {@link decodeAssignment}, named for what the Join page does with it. */
export const parseAssignmentLink = decodeAssignment;

/**
 * The share link: `page` (the absolute URL of the app's assignment page, base path included)
 * with the join code as its hash.
 */
export async function assignmentLink(page: string, assignment: Assignment): Promise<string> {
	return `${page.replace(/#.*$/, '')}#${await encodeAssignment(assignment)}`;
}

// --- Taking it ----------------------------------------------------------------------------

/**
 * Checks that the quiz this device built is the teacher's.
 * @throws {CodeError} `older-version` when it is not and the link comes from an earlier format
 * version (whose generator was another), `content-mismatch` when it is not for another reason.
 */
export function checkQuizMatches(assignment: OpenedAssignment, quiz: Quiz): void {
	const fingerprint = quizFingerprint(quiz);
	// A join code has room for the fingerprint's first character only.
	const matches = assignment.joinCode
		? fingerprint.startsWith(assignment.quizHash)
		: fingerprint === assignment.quizHash;
	if (!matches) throw cannotRebuild(assignment);
}

/** Why this device cannot rebuild an assignment's quiz: an older app's link, or other content. */
function cannotRebuild(assignment: OpenedAssignment): CodeError {
	const older = (assignment.formatVersion ?? 1) < FORMAT_VERSION;
	return new CodeError(older ? 'older-version' : 'content-mismatch', 'assignment');
}

/**
 * The assignment's quiz as this device builds it from the facts of the assignment's pack, the
 * very quiz the teacher's device built, or a refusal that says why it cannot be.
 * @throws {CodeError} as {@link checkQuizMatches}, and `content-mismatch` when the facts here
 * cannot meet the spec at all (the pack is missing or has fewer facts).
 */
export function assignmentQuiz(facts: readonly PackedFact[], assignment: OpenedAssignment): Quiz {
	const own = facts.filter((fact) => fact.pack === assignment.pack);
	let quiz: Quiz;
	try {
		quiz = buildQuiz(own, assignment.spec);
	} catch (error) {
		if (!(error instanceof EngineError)) throw error;
		throw cannotRebuild(assignment);
	}
	checkQuizMatches(assignment, quiz);
	return quiz;
}

/** When the time limit runs out for a student who started at `startedAt`, if there is one. */
export function deadlineOf(assignment: OpenedAssignment, startedAt: EpochMs): EpochMs | undefined {
	return assignment.timeLimitMinutes === undefined
		? undefined
		: startedAt + assignment.timeLimitMinutes * 60_000;
}

/**
 * True once the due day is over, everywhere: the due date is a calendar day with no time zone,
 * so a submission counts as late only after that day has ended in the last time zone (UTC−12).
 */
export function isPastDue(assignment: OpenedAssignment, now: EpochMs): boolean {
	if (!assignment.due) return false;
	const endOfDay = Date.parse(`${assignment.due}T00:00:00Z`) + (24 + 12) * 3_600_000;
	return now >= endOfDay;
}
