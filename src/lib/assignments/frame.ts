/**
 * The frame every code travels in, text side and byte side.
 *
 * Bytes: `[version][kind][length: u16 BE][body…][CRC-32: u32 BE]`, where `length` counts the
 * whole frame and the CRC covers everything before it. Version, kind, length and CRC keep these
 * places in every version of the format, so that any app can tell a typo (CRC), a cut-off code
 * (length) and a code from a newer app (version) apart before reading the body.
 *
 * Text: a prefix naming the kind (`SSA-` assignment, `SSR-` result), then the frame in unpadded
 * base64url. The prefix is for people and for splitting pasted text; the kind byte is what counts.
 */
import { concatBytes, crc32, fromBase64Url, isBase64Url, toBase64Url } from './bytes';
import { CodeError, type CodeKind } from './errors';

/**
 * The format version this app writes; it reads this one and every earlier one, and refuses
 * newer ones. An assignment link carries a spec, not questions, so the version also stands for
 * the quiz generator: bump it whenever a change to the engine (or to the content) makes a spec
 * build another quiz. `src/lib/assignments/golden.json` pins what this version builds, and its
 * test fails until the version is bumped and `npm run golden` writes the new fixture.
 *
 * - 1: the first format (quizzes differed between JavaScript engines).
 * - 2: the same frame and payload; quizzes built with integer arithmetic only.
 * - 3: wrong options of the answer's own category and the pack's near-misses; no question of a
 *   quiz gives another away; question types in proportion to what each can ask.
 * - 4: topics named by the pack's vocabulary; facts added (the regiment's state and number, on
 *   whose behalf, the second "Mr. Chairman") and merged; questions on the speech as a speech.
 * - 5: speech acts no longer asked as true/false, nor facts the pack opts out (`trueFalse`);
 *   nearer wrong options (acts a passage might seem to perform, names without a one-word trap);
 *   multiple choice takes its share of a short quiz; forms of address about one question in
 *   ten; no speech date or form of address among orderings.
 * - 6: the same quizzes; a result carries the student's profile token (see `result.ts`), so a
 *   teacher's app of format 5 says "newer version" instead of "damaged".
 * - 7: the same quizzes; an assignment may allow retries (`r`), so that a student's app of
 *   format 6 says "newer version" instead of "damaged".
 * - 8: the same quizzes; the short join code (`join-code.ts`, which carries this version in 4
 *   bits: it needs a new layout before 16) and results signed by the student's profile
 *   ({@link SIGNED_RESULT_BYTE}), so that a teacher's app of format 7 says "newer version".
 */
export const FORMAT_VERSION = 8;

/** The kind byte of each code. */
export const KIND_BYTES: Record<CodeKind, number> = { assignment: 0x41, result: 0x52 };

/**
 * The kind byte of a result signed by the student's profile rather than encrypted to the teacher
 * (from a student who joined by the short join code, see `result.ts`); its text prefix is `SSR-`.
 */
export const SIGNED_RESULT_BYTE = 0x53;

/** Every kind byte a code of each kind may have. */
const KIND_VARIANTS: Record<CodeKind, readonly number[]> = {
	assignment: [KIND_BYTES.assignment],
	result: [KIND_BYTES.result, SIGNED_RESULT_BYTE]
};

/** The text prefix of each code. */
export const PREFIXES: Record<CodeKind, string> = { assignment: 'SSA-', result: 'SSR-' };

/** The longest text accepted for each kind, checked before any decoding. */
export const MAX_TEXT_LENGTH: Record<CodeKind, number> = {
	assignment: 8 * 1024,
	result: 16 * 1024
};

const HEADER = 4;
const TRAILER = 4;

/**
 * The first bytes of a frame of `kind` with a body of `bodyLength` bytes (the AEAD and the
 * signature cover them). `kindByte` is one of the kind's variants, its first by default.
 */
export function frameHeader(
	kind: CodeKind,
	bodyLength: number,
	kindByte: number = KIND_BYTES[kind]
): Uint8Array<ArrayBuffer> {
	const length = HEADER + bodyLength + TRAILER;
	if (length > 0xffff) throw new CodeError('too-large', kind);
	return new Uint8Array([FORMAT_VERSION, kindByte, length >> 8, length & 0xff]);
}

/** The text of a frame: prefix, then header, body and CRC in base64url. */
export function writeFrame(
	kind: CodeKind,
	body: Uint8Array,
	kindByte: number = KIND_BYTES[kind]
): string {
	const head = concatBytes(frameHeader(kind, body.length, kindByte), body);
	const crc = crc32(head);
	const tail = new Uint8Array([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]);
	return PREFIXES[kind] + toBase64Url(concatBytes(head, tail));
}

/** What a frame holds, once its length, CRC, version and kind are checked. */
export interface ReadFrame {
	/** The format version of the app that wrote it: {@link FORMAT_VERSION} or earlier. */
	version: number;
	/** Which variant of its kind it is (see {@link SIGNED_RESULT_BYTE}). */
	kindByte: number;
	/** Header bytes, as authenticated with the body. */
	header: Uint8Array<ArrayBuffer>;
	body: Uint8Array<ArrayBuffer>;
}

/** The code part of a pasted text: whitespace removed; from a link, only what follows `#`. */
export function codeText(input: string): string {
	const compact = input.replace(/\s+/g, '');
	const hash = compact.lastIndexOf('#');
	const code = hash >= 0 ? compact.slice(hash + 1) : compact;
	// A link at the end of a sentence picks up its full stop or closing bracket.
	return code.replace(/^[<("'[]+/, '').replace(/[>)"'\].,;:!?]+$/, '');
}

/**
 * Reads the frame of a code of `kind` from text a person pasted (whitespace and line breaks
 * allowed; a full link allowed).
 * @throws {CodeError} naming the first thing wrong, in the order a person would fix it.
 */
export function readFrame(input: string, kind: CodeKind): ReadFrame {
	if (input.length > MAX_TEXT_LENGTH[kind]) throw new CodeError('too-large', kind);
	let text = codeText(input);
	const other: CodeKind = kind === 'assignment' ? 'result' : 'assignment';
	if (text.startsWith(PREFIXES[other])) throw new CodeError('wrong-kind', kind);
	const prefixed = text.startsWith(PREFIXES[kind]);
	if (prefixed) text = text.slice(PREFIXES[kind].length);
	if (!text || !isBase64Url(text)) throw new CodeError('malformed', kind);
	const bytes = fromBase64Url(text, true)!;
	// Without its prefix, text whose kind byte is no kind is some other text, not a damaged code.
	const kinds = Object.values(KIND_VARIANTS).flat();
	if (!prefixed && !kinds.includes(bytes[1] ?? -1)) throw new CodeError('malformed', kind);
	if (bytes.length < HEADER + TRAILER) throw new CodeError('truncated', kind);
	const declared = (bytes[2]! << 8) | bytes[3]!;
	if (bytes.length < declared) throw new CodeError('truncated', kind);
	const crcAt = bytes.length - TRAILER;
	const crc =
		((bytes[crcAt]! << 24) |
			(bytes[crcAt + 1]! << 16) |
			(bytes[crcAt + 2]! << 8) |
			bytes[crcAt + 3]!) >>>
		0;
	// Stray bits in the last character mean that character is mistyped.
	if (!fromBase64Url(text) || crc32(bytes.subarray(0, crcAt)) !== crc) {
		throw new CodeError('checksum', kind);
	}
	if (declared !== bytes.length) throw new CodeError('malformed', kind);
	const version = bytes[0]!;
	if (version > FORMAT_VERSION) throw new CodeError('newer-version', kind);
	if (version < 1) throw new CodeError('malformed', kind);
	const kindByte = bytes[1]!;
	if (!KIND_VARIANTS[kind].includes(kindByte)) {
		throw new CodeError(kinds.includes(kindByte) ? 'wrong-kind' : 'malformed', kind);
	}
	return { version, kindByte, header: bytes.slice(0, HEADER), body: bytes.slice(HEADER, crcAt) };
}
