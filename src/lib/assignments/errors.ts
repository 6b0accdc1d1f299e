/**
 * Why a link or a code is refused, with a message a student or a teacher can act on. Every
 * refusal stores nothing: callers save only what decoded without error.
 */

/** What a code is, for messages: a student pastes a link, a teacher pastes result codes. */
export type CodeKind = 'assignment' | 'result';

export const CODE_ERROR_REASONS = [
	'malformed',
	'truncated',
	'checksum',
	'too-large',
	'newer-version',
	'wrong-kind',
	'other-assignment',
	'tampered',
	'duplicate',
	'content-mismatch',
	'older-version',
	'wrong-key',
	'unsupported'
] as const;
/**
 * - `malformed`: not a code of this app at all, or its content does not make sense.
 * - `truncated`: part of the code is missing.
 * - `checksum`: a character is wrong (mistyped or damaged).
 * - `too-large`: longer than any real code; refused before it is read.
 * - `newer-version`: made by a newer version of the app.
 * - `wrong-kind`: a result code where a link was expected, or the other way round.
 * - `other-assignment`: a result for an assignment other than the one being collected.
 * - `tampered`: intact as text, but altered: it does not decrypt with the teacher's key.
 * - `duplicate`: a result already imported, or pasted twice.
 * - `content-mismatch`: the quiz this device builds differs from the teacher's (other content).
 * - `older-version`: made by an earlier version of the app, whose quizzes this one builds otherwise.
 * - `wrong-key`: this device's teacher key is not the one the assignment was made with.
 * - `unsupported`: the browser lacks a feature the code needs (compression, WebCrypto).
 */
export type CodeErrorReason = (typeof CODE_ERROR_REASONS)[number];

const NOUN: Record<CodeKind, string> = {
	assignment: 'assignment link',
	result: 'result code'
};

function messageFor(reason: CodeErrorReason, kind: CodeKind): string {
	const noun = NOUN[kind];
	switch (reason) {
		case 'malformed':
			return `This is not a valid ${noun}. Copy the whole ${noun} again and retry.`;
		case 'truncated':
			return `This ${noun} is incomplete: part of it is missing. Copy the whole ${noun} and try again.`;
		case 'checksum':
			return `This ${noun} is mistyped or damaged: check it against the original, or copy it again.`;
		case 'too-large':
			return `This is far too long to be a ${noun}, so it was not read.`;
		case 'newer-version':
			return `This ${noun} was made by a newer version of the app: update the app and try again.`;
		case 'wrong-kind':
			return kind === 'assignment'
				? 'This is a result code, not an assignment link: give it to your teacher.'
				: 'This is an assignment link, not a result code: open it to take the assignment.';
		case 'other-assignment':
			return 'This result is for another assignment: import it there.';
		case 'tampered':
			return `This ${noun} has been altered or damaged: it cannot be read with this assignment's key.`;
		case 'duplicate':
			return 'This result has already been imported.';
		case 'content-mismatch':
			return 'This assignment was made with different quiz content than this app has: update the app, or ask your teacher to share it again.';
		case 'older-version':
			return 'This assignment link was made with an older version of the app, which built its questions differently, so this version cannot rebuild the same quiz. Ask your teacher to make the assignment again in the current app and share the new link.';
		case 'wrong-key':
			return "This device's teacher key is not the one this assignment was made with, so its results cannot be read here. Restore the backup of the device that made it.";
		case 'unsupported':
			return 'This browser lacks a feature this needs (compression or encryption): update it or use another browser.';
	}
}

/** A link or code refused, and why. `message` is written for the person who pasted it. */
export class CodeError extends Error {
	override name = 'CodeError';
	readonly reason: CodeErrorReason;
	readonly kind: CodeKind;

	/** `message` replaces the standard message for `reason` where the cause is more specific. */
	constructor(reason: CodeErrorReason, kind: CodeKind, message?: string) {
		super(message ?? messageFor(reason, kind));
		this.reason = reason;
		this.kind = kind;
	}
}

/** An assignment the teacher is composing that cannot be made as it stands; the message says why. */
export class AssignmentInputError extends Error {
	override name = 'AssignmentInputError';
}
