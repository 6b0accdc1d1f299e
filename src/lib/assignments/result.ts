/**
 * Result codes: a student's answers, encrypted to the teacher.
 *
 * Body of a frame of kind `result`:
 * `[assignment id: 6 bytes][ephemeral public key: 65 bytes][AES-GCM ciphertext and tag]`.
 * The student's device makes a fresh ECDH P-256 key pair per code and agrees a secret with the
 * teacher's public key; HKDF-SHA-256 (salt: the assignment id; info: a label and both public
 * keys) gives the AES-256 key and the nonce, as HPKE does, so no nonce travels. The frame header,
 * id and ephemeral key are the AEAD's associated data: moving a code to another assignment breaks
 * it. The id stays readable, so a teacher hears "for another assignment" before decrypting.
 *
 * The plaintext is a payload (see `payload.ts`) of
 * `[name, submitted (s), duration (s), answers, student]`, answers as positions in the quiz both
 * devices built: an option's index, a matching as the right column's index per left item (-1
 * unpaired), an ordering as option indices. Typed and numeric answers stay text. `student` (from
 * format 6 on; absent before) tells apart two students who typed the same name: a token of the
 * learner profile that took the quiz, the same for each of its submissions.
 *
 * What this cannot do: a student who controls their device can still submit any answers they
 * like under any name. The encryption keeps results private and unforgeable in transit only.
 *
 * A student who joined by the short join code (`join-code.ts`) has no teacher key to encrypt to.
 * Their result is signed instead, in a frame whose kind byte is `SIGNED_RESULT_BYTE`:
 * `[assignment id: 6 bytes][student public key: 65 bytes][payload][ECDSA P-256 signature: 64]`,
 * the signature covering the frame header and everything before it, the payload holding
 * `[name, submitted (s), duration (s), answers]` in clear. The student token is a hash of the
 * public key, a key kept per learner profile: a code altered in transit fails its signature, and
 * one re-signed with another key shows as another student. Anyone who sees such a code can read
 * its name and answers; the app says so where the code is shown.
 */
import * as v from 'valibot';
import type { Question, Quiz } from '../engine/models';
import { assignmentIdBytes, cleanText, ID_BYTES } from './assignment';
import { concatBytes, equalBytes, fromBase64Url, toBase32, toBase64Url } from './bytes';
import { AssignmentInputError, CodeError } from './errors';
import { frameHeader, readFrame, SIGNED_RESULT_BYTE, writeFrame } from './frame';
import { importPublicKey, importVerifyingKey, PUBLIC_KEY_BYTES } from './keys';
import {
	LIMITS,
	type Assignment,
	type CollectedResult,
	type GivenAnswer,
	type OpenedAssignment,
	type StudentResult
} from './models';
import { packPayload, unpackPayload } from './payload';
import { TIME_RANGE } from '../scheduling/time';

/** A {@link studentToken}: 8 base64url characters. */
const STUDENT_TOKEN = /^[\w-]{8}$/;

const ECDH: EcKeyGenParams = { name: 'ECDH', namedCurve: 'P-256' };
const ECDSA: EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };
/** An ECDSA P-256 signature as WebCrypto gives it: r and s, 32 bytes each. */
const SIGNATURE_BYTES = 64;
const INFO_LABEL = new TextEncoder().encode('speech-study result v1');
const TAG_BYTES = 16;
const NONCE_BYTES = 12;

// --- Answers as positions -----------------------------------------------------------------

type WireAnswer = null | number | string | number[];

function indexIn(list: readonly string[], item: string): number {
	const index = list.indexOf(item);
	if (index < 0) throw new AssignmentInputError(`"${item}" is not an option of this question.`);
	return index;
}

function answerToWire(question: Question, given: GivenAnswer): WireAnswer {
	if (given === null) return null;
	switch (question.type) {
		case 'mc':
		case 'tf':
			if (typeof given !== 'string') break;
			return indexIn(question.options, given);
		case 'typed':
		case 'numeric':
			if (typeof given !== 'string') break;
			if (given.length > LIMITS.typedAnswer) {
				throw new AssignmentInputError(
					`An answer is longer than ${LIMITS.typedAnswer} characters.`
				);
			}
			return given;
		case 'match': {
			if (!Array.isArray(given)) break;
			const chosen = new Map<string, string>();
			for (const pair of given) {
				if (!Array.isArray(pair)) throw new AssignmentInputError('A matching answer is not pairs.');
				chosen.set(pair[0], pair[1]);
			}
			return question.left.map((left) => {
				const right = chosen.get(left);
				return right === undefined ? -1 : indexIn(question.right, right);
			});
		}
		case 'order': {
			if (!Array.isArray(given) || !given.every((item) => typeof item === 'string')) break;
			const indices = given.map((item) => indexIn(question.options, item));
			if (new Set(indices).size !== question.options.length) {
				throw new AssignmentInputError('An ordering answer must place every event once.');
			}
			return indices;
		}
	}
	throw new AssignmentInputError(`An answer does not fit its ${question.type} question.`);
}

/** The answer a position stands for, or undefined when it cannot be one. */
function answerFromWire(question: Question, wire: WireAnswer): GivenAnswer | undefined {
	if (wire === null) return null;
	const at = (list: readonly string[], i: number) => (Number.isInteger(i) ? list[i] : undefined);
	switch (question.type) {
		case 'mc':
		case 'tf':
			return typeof wire === 'number' ? at(question.options, wire) : undefined;
		case 'typed':
		case 'numeric':
			return typeof wire === 'string' && wire.length <= LIMITS.typedAnswer ? wire : undefined;
		case 'match': {
			if (!Array.isArray(wire) || wire.length !== question.left.length) return undefined;
			const pairs: [string, string][] = [];
			for (const [i, index] of wire.entries()) {
				if (index === -1) continue;
				const right = at(question.right, index);
				if (right === undefined) return undefined;
				pairs.push([question.left[i]!, right]);
			}
			return pairs;
		}
		case 'order': {
			if (!Array.isArray(wire) || wire.length !== question.options.length) return undefined;
			if (new Set(wire).size !== wire.length) return undefined;
			const items = wire.map((index) => at(question.options, index));
			return items.every((item) => item !== undefined) ? items : undefined;
		}
	}
}

/**
 * The answers in the form a round trip gives back: matching pairs in the question's left order
 * and without unpaired items. Encoding and decoding compare equal after this.
 */
export function normaliseAnswers(quiz: Quiz, answers: readonly GivenAnswer[]): GivenAnswer[] {
	return quiz.questions.map((question, i) => {
		const wire = answerToWire(question, answers[i] ?? null);
		return answerFromWire(question, wire) ?? null;
	});
}

const PlainFields = [
	v.string(),
	// A submission time a date can be: one of 9e15 seconds would stop the report that formats it.
	v.pipe(
		v.number(),
		v.safeInteger(),
		v.minValue(TIME_RANGE.min / 1000),
		v.maxValue(TIME_RANGE.max / 1000)
	),
	v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(LIMITS.durationSeconds)),
	v.array(
		v.union([
			v.null(),
			v.pipe(v.number(), v.integer()),
			v.string(),
			v.array(v.pipe(v.number(), v.integer()))
		])
	)
] as const;

const StudentTokenSchema = v.pipe(v.string(), v.regex(STUDENT_TOKEN));

const PlainSchema = v.union([
	v.strictTuple([...PlainFields, StudentTokenSchema]),
	// Format 5 and earlier: no student token.
	v.strictTuple(PlainFields)
]);

// --- Encryption ---------------------------------------------------------------------------

async function sessionKey(
	subtle: SubtleCrypto,
	secret: ArrayBuffer,
	idBytes: Uint8Array<ArrayBuffer>,
	ephemeralKey: Uint8Array,
	teacherKey: Uint8Array,
	usage: 'encrypt' | 'decrypt'
): Promise<{ key: CryptoKey; iv: Uint8Array<ArrayBuffer> }> {
	const ikm = await subtle.importKey('raw', secret, 'HKDF', false, ['deriveBits']);
	const okm = new Uint8Array(
		await subtle.deriveBits(
			{
				name: 'HKDF',
				hash: 'SHA-256',
				salt: idBytes,
				info: concatBytes(INFO_LABEL, ephemeralKey, teacherKey)
			},
			ikm,
			(32 + NONCE_BYTES) * 8
		)
	);
	const key = await subtle.importKey('raw', okm.slice(0, 32), 'AES-GCM', false, [usage]);
	return { key, iv: okm.slice(32) };
}

/** A learner profile's signing keys, for results of an assignment opened by its join code. */
export interface ResultSigner {
	privateKey: CryptoKey;
	/** The raw public point in base64url (`StoredKeyPair.publicKey`). */
	publicKey: string;
}

/** What encoding a result needs besides the result. */
export interface ResultContext {
	assignment: OpenedAssignment;
	/** The quiz the student took (built from the assignment's spec, options unshuffled). */
	quiz: Quiz;
	/**
	 * The profile's signing keys: needed, and used, only when the assignment has no teacher key
	 * (opened by its join code). The result's `student` is then the token of its public key.
	 */
	signer?: ResultSigner;
	subtle?: SubtleCrypto;
}

/** The result with its name cleaned and times in whole seconds, as a round trip gives it. */
export function normaliseResult(result: StudentResult, quiz: Quiz): StudentResult {
	return {
		assignmentId: result.assignmentId,
		name: cleanText(result.name),
		answers: normaliseAnswers(quiz, result.answers),
		submittedAt: Math.floor(result.submittedAt / 1000) * 1000,
		durationSeconds: Math.min(
			LIMITS.durationSeconds,
			Math.max(0, Math.round(result.durationSeconds))
		),
		...(result.student === undefined ? {} : { student: result.student })
	};
}

/**
 * The result code of a submission: `SSR-` and base64url, encrypted to the assignment's teacher.
 * A fresh key pair each call, so the same result gives a different code each time; keep the
 * first one to show it again.
 * @throws {AssignmentInputError} for a result that does not fit the quiz (a bug of the caller),
 * an empty or overlong name, or answers of another quiz.
 */
export async function encodeResult(result: StudentResult, context: ResultContext): Promise<string> {
	const { assignment, quiz, signer, subtle = crypto.subtle } = context;
	if (result.answers.length !== quiz.questions.length) {
		throw new AssignmentInputError('The answers do not match the quiz.');
	}
	const clean = normaliseResult(result, quiz);
	if (clean.assignmentId !== assignment.id) {
		throw new AssignmentInputError('This result is for another assignment.');
	}
	if (!clean.name || clean.name.length > LIMITS.name) {
		throw new AssignmentInputError(`The name must be 1 to ${LIMITS.name} characters.`);
	}
	if (clean.student !== undefined && !STUDENT_TOKEN.test(clean.student)) {
		throw new AssignmentInputError('The student token is damaged.');
	}
	const plain = [
		clean.name,
		clean.submittedAt / 1000,
		clean.durationSeconds,
		quiz.questions.map((question, i) => answerToWire(question, clean.answers[i] ?? null))
	];
	if (assignment.teacherKey === undefined) {
		if (!signer) throw new AssignmentInputError('A result of this assignment must be signed.');
		return signResultPayload(plain, assignment, signer, subtle);
	}
	return sealResultPayload(
		[...plain, ...(clean.student === undefined ? [] : [clean.student])],
		{ ...assignment, teacherKey: assignment.teacherKey },
		subtle
	);
}

/**
 * A signed result code holding `json` in clear: for an assignment opened by its join code. The
 * workhorse of {@link encodeResult}; exported for tests, which forge codes with bad content.
 */
export async function signResultPayload(
	json: unknown,
	assignment: Pick<OpenedAssignment, 'id'>,
	signer: ResultSigner,
	subtle: SubtleCrypto = crypto.subtle
): Promise<string> {
	const idBytes = assignmentIdBytes(assignment.id);
	const publicRaw = fromBase64Url(signer.publicKey);
	if (!idBytes || publicRaw?.length !== PUBLIC_KEY_BYTES) {
		throw new AssignmentInputError('The signing key is damaged.');
	}
	const plain = await packPayload(json);
	const bodyLength = ID_BYTES + PUBLIC_KEY_BYTES + plain.length + SIGNATURE_BYTES;
	const signed = concatBytes(
		frameHeader('result', bodyLength, SIGNED_RESULT_BYTE),
		idBytes,
		publicRaw,
		plain
	);
	const signature = new Uint8Array(await subtle.sign(ECDSA, signer.privateKey, signed));
	return writeFrame(
		'result',
		concatBytes(idBytes, publicRaw, plain, signature),
		SIGNED_RESULT_BYTE
	);
}

/**
 * The token of a learner's signing key, as signed results carry it: 8 characters of a hash of
 * the public point, like a {@link studentToken}.
 */
export async function signerToken(
	publicKey: string | Uint8Array<ArrayBuffer>,
	subtle: SubtleCrypto = crypto.subtle
): Promise<string> {
	const raw = typeof publicKey === 'string' ? fromBase64Url(publicKey) : publicKey;
	if (!raw) throw new AssignmentInputError('The signing key is damaged.');
	const digest = await subtle.digest('SHA-256', concatBytes(SIGNER_LABEL, raw));
	return toBase64Url(new Uint8Array(digest).slice(0, 6));
}
const SIGNER_LABEL = new TextEncoder().encode('student key:');

/**
 * A result code holding `json` as its plaintext, encrypted to the assignment's teacher. The
 * workhorse of {@link encodeResult}; exported for tests, which forge codes with bad content.
 */
export async function sealResultPayload(
	json: unknown,
	assignment: Assignment,
	subtle: SubtleCrypto = crypto.subtle
): Promise<string> {
	const idBytes = assignmentIdBytes(assignment.id);
	const teacherRaw = fromBase64Url(assignment.teacherKey);
	if (!idBytes || !teacherRaw) throw new AssignmentInputError('The assignment is damaged.');
	const plain = await packPayload(json);
	const teacherKey = await importPublicKey(assignment.teacherKey, subtle);
	const ephemeral = (await subtle.generateKey(ECDH, true, ['deriveBits'])) as CryptoKeyPair;
	const ephemeralRaw = new Uint8Array(await subtle.exportKey('raw', ephemeral.publicKey));
	const secret = await subtle.deriveBits(
		{ name: 'ECDH', public: teacherKey },
		ephemeral.privateKey,
		256
	);
	const { key, iv } = await sessionKey(
		subtle,
		secret,
		idBytes,
		ephemeralRaw,
		teacherRaw,
		'encrypt'
	);
	const bodyLength = ID_BYTES + PUBLIC_KEY_BYTES + plain.length + TAG_BYTES;
	const associated = concatBytes(frameHeader('result', bodyLength), idBytes, ephemeralRaw);
	const sealed = new Uint8Array(
		await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: associated }, key, plain)
	);
	return writeFrame('result', concatBytes(idBytes, ephemeralRaw, sealed));
}

/** What reading a result code needs: the assignment, its quiz, and the teacher's private key. */
export interface ReadResultContext {
	assignment: Assignment;
	/** The assignment's quiz, as the teacher's device built it when making the assignment. */
	quiz: Quiz;
	privateKey: CryptoKey;
	/**
	 * The id results of students who joined by the assignment's join code carry (`joinIdOf`);
	 * absent when the assignment has no join code. Such results are signed, not encrypted.
	 */
	joinId?: string;
	subtle?: SubtleCrypto;
}

/**
 * The submission in a result code, checked in the order a teacher would want to hear about it:
 * the text (too long, damaged, cut short, newer app, wrong kind), the assignment, the encryption
 * (tampered), then the content.
 * @throws {CodeError} saying what is wrong.
 */
export async function decodeResult(
	input: string,
	context: ReadResultContext
): Promise<StudentResult> {
	const { assignment, privateKey, subtle = crypto.subtle } = context;
	const frame = readFrame(input, 'result');
	if (frame.kindByte === SIGNED_RESULT_BYTE) return verifySigned(frame, context);
	const { header, body } = frame;
	if (body.length < ID_BYTES + PUBLIC_KEY_BYTES + TAG_BYTES + 1) {
		throw new CodeError('malformed', 'result');
	}
	const idBytes = body.slice(0, ID_BYTES);
	const expectedId = assignmentIdBytes(assignment.id);
	if (!expectedId || !equalBytes(idBytes, expectedId)) {
		throw new CodeError('other-assignment', 'result');
	}
	const ephemeralRaw = body.slice(ID_BYTES, ID_BYTES + PUBLIC_KEY_BYTES);
	const sealed = body.slice(ID_BYTES + PUBLIC_KEY_BYTES);
	const teacherRaw = fromBase64Url(assignment.teacherKey);
	if (!teacherRaw) throw new CodeError('wrong-key', 'result');

	let plain: Uint8Array<ArrayBuffer>;
	try {
		const ephemeral = await subtle.importKey('raw', ephemeralRaw, ECDH, false, []);
		const secret = await subtle.deriveBits({ name: 'ECDH', public: ephemeral }, privateKey, 256);
		const { key, iv } = await sessionKey(
			subtle,
			secret,
			idBytes,
			ephemeralRaw,
			teacherRaw,
			'decrypt'
		);
		const associated = concatBytes(header, idBytes, ephemeralRaw);
		plain = new Uint8Array(
			await subtle.decrypt({ name: 'AES-GCM', iv, additionalData: associated }, key, sealed)
		);
	} catch {
		// A key off the curve or a failed tag: either way the bytes are not what the student sent.
		throw new CodeError('tampered', 'result');
	}
	return readPlain(await unpackPayload(plain, 'result'), context);
}

const SIGNATURE_FAILED =
	'This result code has been altered or damaged: its signature does not match what it says.';

/** A signed result (see the module's comment), checked as {@link decodeResult} checks any. */
async function verifySigned(
	{ header, body }: { header: Uint8Array<ArrayBuffer>; body: Uint8Array<ArrayBuffer> },
	context: ReadResultContext
): Promise<StudentResult> {
	const { joinId, subtle = crypto.subtle } = context;
	if (body.length < ID_BYTES + PUBLIC_KEY_BYTES + 1 + SIGNATURE_BYTES) {
		throw new CodeError('malformed', 'result');
	}
	const idBytes = body.slice(0, ID_BYTES);
	const expectedId = joinId === undefined ? undefined : assignmentIdBytes(joinId);
	if (!expectedId || !equalBytes(idBytes, expectedId)) {
		throw new CodeError('other-assignment', 'result');
	}
	const publicRaw = body.slice(ID_BYTES, ID_BYTES + PUBLIC_KEY_BYTES);
	const signedEnd = body.length - SIGNATURE_BYTES;
	let valid = false;
	try {
		const key = await importVerifyingKey(publicRaw, subtle);
		const signed = concatBytes(header, body.subarray(0, signedEnd));
		valid = await subtle.verify(ECDSA, key, body.slice(signedEnd), signed);
	} catch {
		valid = false;
	}
	if (!valid) throw new CodeError('tampered', 'result', SIGNATURE_FAILED);
	const json = await unpackPayload(body.slice(ID_BYTES + PUBLIC_KEY_BYTES, signedEnd), 'result');
	return readPlain(json, context, await signerToken(publicRaw, subtle));
}

/**
 * The submission in a decrypted or verified payload. `signer`, the token of a signed result's
 * key, stands for the student token, which the payload must then not hold.
 */
function readPlain(json: unknown, context: ReadResultContext, signer?: string): StudentResult {
	const { assignment, quiz } = context;
	const parsed = v.safeParse(PlainSchema, json);
	if (!parsed.success) throw new CodeError('malformed', 'result');
	const [name, submitted, durationSeconds, wireAnswers, token] = parsed.output;
	if (signer !== undefined && token !== undefined) throw new CodeError('malformed', 'result');
	const student = signer ?? token;
	if (!name || name.length > LIMITS.name || cleanText(name) !== name) {
		throw new CodeError('malformed', 'result');
	}
	if (wireAnswers.length !== quiz.questions.length) throw new CodeError('malformed', 'result');
	const answers: GivenAnswer[] = [];
	for (const [i, question] of quiz.questions.entries()) {
		const answer = answerFromWire(question, wireAnswers[i] ?? null);
		if (answer === undefined) throw new CodeError('malformed', 'result');
		answers.push(answer);
	}
	return {
		assignmentId: assignment.id,
		name,
		answers,
		submittedAt: submitted * 1000,
		durationSeconds,
		...(student === undefined ? {} : { student })
	};
}

/**
 * The token a learner profile puts in its result codes: 8 characters of a hash of its id, so
 * that the teacher can tell two students of the same name apart without learning the id.
 */
export async function studentToken(
	learnerId: string,
	subtle: SubtleCrypto = crypto.subtle
): Promise<string> {
	const digest = await subtle.digest('SHA-256', new TextEncoder().encode(`student:${learnerId}`));
	return toBase64Url(new Uint8Array(digest).slice(0, 6));
}

/**
 * The id of the assignment a result code is for, read without the teacher's key (it travels in
 * clear, so that a code can be routed to its assignment before it is decrypted).
 * @throws {CodeError} when the text is not an intact result code.
 */
export function resultAssignmentId(input: string): string {
	const { body } = readFrame(input, 'result');
	if (body.length < ID_BYTES) throw new CodeError('malformed', 'result');
	return toBase32(body.subarray(0, ID_BYTES));
}

/**
 * A stable id for a result: the same student's same submission gets the same id from any of
 * its codes (each encoding differs), so importing it twice is caught.
 */
export async function resultId(
	result: StudentResult,
	subtle: SubtleCrypto = crypto.subtle
): Promise<string> {
	// The token joins only when present, so a result of format 5 keeps the id it had.
	const text = JSON.stringify([
		result.assignmentId,
		result.name,
		result.submittedAt,
		...(result.student === undefined ? [] : [result.student])
	]);
	const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
	return toBase64Url(new Uint8Array(digest).slice(0, 12));
}

/** The result with its {@link resultId}, as the teacher's device keeps it. */
export async function collected(
	result: StudentResult,
	subtle: SubtleCrypto = crypto.subtle
): Promise<CollectedResult> {
	return { ...result, id: await resultId(result, subtle) };
}
