/**
 * Collecting results: many codes pasted at once (or read from files or QR codes), each checked
 * on its own. Valid ones are kept; each bad one gets a line saying why; nothing imported before
 * is lost or imported twice.
 */
import { CodeError, type CodeErrorReason } from './errors';
import { fromBase64Url, isBase64Url } from './bytes';
import { codeText, MAX_TEXT_LENGTH, PREFIXES } from './frame';
import { publicKeyOf } from './keys';
import type { Assignment, CollectedResult } from './models';
import { collected, decodeResult, type ReadResultContext } from './result';
import type { Quiz } from '../engine/models';

/** The most text read in one go: a class of hundreds of codes fits many times over. */
export const MAX_PASTE_LENGTH = 2 * 1024 * 1024;

/** One code found in pasted text. */
export interface FoundCode {
	text: string;
	/** The line it starts on, counted from 1. */
	line: number;
}

/** A code refused, for a list the teacher reads next to the pasted text. */
export interface RejectedCode {
	/** The code's first and last characters, enough to find it and too little to misuse. */
	excerpt: string;
	line: number;
	/** Its place in the list of codes read (counted from 0). */
	index: number;
	reason: CodeErrorReason;
	message: string;
}

export interface CollectOutcome {
	/** New results, in the order pasted; store them, keyed by `id`. */
	accepted: CollectedResult[];
	rejected: RejectedCode[];
	/** Words pasted along with the codes that could not be codes, skipped: "3 words skipped". */
	ignored: number;
}

export interface CollectContext {
	assignment: Assignment;
	/** The quiz the teacher's device built for the assignment (keep it with the assignment). */
	quiz: Quiz;
	/** The teacher's private key, the pair of `assignment.teacherKey`. */
	privateKey: CryptoKey;
	/** The id results of students who typed the assignment's join code carry (`joinIdOf`). */
	joinId?: string;
	/** Ids of the results already imported for this assignment. */
	alreadyImported: ReadonlySet<string>;
	subtle?: SubtleCrypto;
}

/** `abcdefgh…wxyz`: enough of a code to find it in the pasted text. */
export function excerpt(text: string): string {
	return text.length <= 16 ? text : `${text.slice(0, 10)}…${text.slice(-4)}`;
}

/**
 * True when `text` is the start of a code cut short: shorter than the length its header declares.
 * The header is in the first 8 characters, so even a code wrapped after a few dozen is recognised.
 */
function isCutShort(text: string): boolean {
	const prefix = Object.values(PREFIXES).find((candidate) => text.startsWith(candidate)) ?? '';
	const code = text.slice(prefix.length);
	const head = fromBase64Url(code.slice(0, 8));
	if (!head || head.length < 4) return false;
	const declared = (head[2]! << 8) | head[3]!;
	return code.length < Math.ceil((declared * 4) / 3);
}

/** Text without a prefix this short is a word of a message, not a code (the shortest is 130). */
const MIN_BARE_CODE = 16;

/** The codes found in pasted text, and how many words around them were not codes. */
export interface SplitText {
	codes: FoundCode[];
	/** Words that cannot be codes ("Murad:", "5/6", a bare web address), skipped. */
	ignored: number;
}

/**
 * The codes in pasted text: separated by spaces, line breaks, commas or semicolons, each either
 * bare, prefixed (`SSR-`) or inside a link. A code that an email or a chat wrapped over several
 * lines is put back together: a piece without a prefix joins the code before it while that code
 * is shorter than its header says. Words of a message pasted along with the codes are skipped.
 */
export function splitCodes(text: string): SplitText {
	const codes: FoundCode[] = [];
	let ignored = 0;
	const lines = text.split(/\r\n|\r|\n/);
	for (const [i, lineText] of lines.entries()) {
		for (const token of lineText.split(/[\s,;]+/)) {
			const piece = codeText(token);
			if (!piece) continue;
			const current = codes.at(-1);
			const prefixed = Object.values(PREFIXES).some((prefix) => piece.startsWith(prefix));
			const bare = isBase64Url(piece);
			if (current && !prefixed && bare && isCutShort(current.text)) current.text += piece;
			else if (prefixed || (bare && piece.length >= MIN_BARE_CODE)) {
				codes.push({ text: piece, line: i + 1 });
			} else ignored++;
		}
	}
	return { codes, ignored };
}

/**
 * Reads every result code in `text`. Each is checked on its own; a result already imported, or
 * pasted twice, is refused as a duplicate.
 * @throws {CodeError} only for what makes every code unreadable: a paste beyond
 * {@link MAX_PASTE_LENGTH} (`too-large`) or a private key that is not the assignment's
 * (`wrong-key`).
 */
export async function collectResults(
	text: string,
	context: CollectContext
): Promise<CollectOutcome> {
	if (text.length > MAX_PASTE_LENGTH) throw new CodeError('too-large', 'result');
	const { codes, ignored } = splitCodes(text);
	return { ...(await collectCodes(codes, context)), ignored };
}

/**
 * Reads the result codes found by {@link splitCodes}, each on its own, as {@link collectResults}
 * does for one pasted text.
 * @throws {CodeError} `wrong-key` for a private key that is not the assignment's.
 */
export async function collectCodes(
	codes: readonly FoundCode[],
	context: CollectContext
): Promise<Omit<CollectOutcome, 'ignored'>> {
	const { assignment, privateKey, subtle = crypto.subtle } = context;
	if ((await publicKeyOf(privateKey, subtle)) !== assignment.teacherKey) {
		throw new CodeError('wrong-key', 'result');
	}
	const read: ReadResultContext = { ...context, subtle };
	const seen = new Set(context.alreadyImported);
	const accepted: CollectedResult[] = [];
	const rejected: RejectedCode[] = [];
	for (const [index, code] of codes.entries()) {
		const reject = (error: CodeError) =>
			rejected.push({
				excerpt: excerpt(code.text),
				line: code.line,
				index,
				reason: error.reason,
				message: error.message
			});
		try {
			if (code.text.length > MAX_TEXT_LENGTH.result) throw new CodeError('too-large', 'result');
			const result = await collected(await decodeResult(code.text, read), subtle);
			if (seen.has(result.id)) {
				const before = context.alreadyImported.has(result.id);
				throw new CodeError(
					'duplicate',
					'result',
					before
						? `Already imported: ${result.name}'s result is in the class list.`
						: `Pasted twice: ${result.name}'s result is already in this paste.`
				);
			}
			seen.add(result.id);
			accepted.push(result);
		} catch (error) {
			if (!(error instanceof CodeError)) throw error;
			reject(error);
		}
	}
	return { accepted, rejected };
}
