/**
 * Making and opening assignments from the command line, with the same code as the app's
 * Teacher page and a student's device: what `npm run assignment` does, callable from tests.
 */
import {
	assignmentLink,
	assignmentQuiz,
	encodeAssignment,
	ID_BYTES,
	makeAssignment,
	newAssignmentId
} from '../../src/lib/assignments/assignment';
import {
	joinCodeOf,
	joinPackOf,
	openAssignment as openAnyAssignment
} from '../../src/lib/assignments/join-code';
import {
	FEEDBACK_MODES,
	type FeedbackMode,
	type OpenedAssignment
} from '../../src/lib/assignments/models';
import type { Quiz } from '../../src/lib/engine/models';
import { buildQuiz } from '../../src/lib/engine/quiz';
import { packedFacts } from '../../src/lib/server/discover-packs';
import { parseWhole, SPEC_OPTIONS, SPEC_USAGE, specFromFlags, UsageError } from './cli';
import {
	isReadableByOthers,
	openOrCreateTeacherFile,
	ownKeys,
	saveTeacherFile
} from './teacher-file';

/** The local server of the README's run command (`npm ci && npm start`). */
export const DEFAULT_ORIGIN = 'http://localhost:4173';
/** Where the key file goes when `--key` is not given. */
export const DEFAULT_KEY_FILE = 'teacher-key.json';

/** The flags of `npm run assignment`. */
export const ASSIGNMENT_OPTIONS = {
	...SPEC_OPTIONS,
	minutes: { type: 'string' },
	due: { type: 'string' },
	'pass-mark': { type: 'string' },
	title: { type: 'string' },
	feedback: { type: 'string' },
	pack: { type: 'string' },
	key: { type: 'string' },
	origin: { type: 'string' },
	open: { type: 'string' }
} as const;

export const USAGE = `Usage: npm run --silent assignment -- ${SPEC_USAGE}
  [--minutes <m>] [--due YYYY-MM-DD] [--pass-mark <0-100>] [--title <text>]
  [--feedback ${FEEDBACK_MODES.join('|')}] [--pack <id>] [--key <file>] [--origin <url>]
or:    npm run --silent assignment -- --open <link or join code>`;

/**
 * What the tool prints for an assignment: `joinCode` is the long code (the link's hash; null for
 * an assignment opened by its short code), `shortCode` the short join code (null where its
 * choices do not fit one).
 */
function describe(
	assignment: OpenedAssignment,
	quiz: Quiz,
	link: string,
	joinCode: string | null,
	shortCode: string | null
) {
	return {
		id: assignment.id,
		title: assignment.title,
		link,
		joinCode,
		shortCode,
		fingerprint: assignment.quizHash,
		formatVersion: assignment.formatVersion ?? 1,
		spec: assignment.spec,
		questionIds: quiz.questions.map((question) => question.id)
	};
}

function originOf(text: string): string {
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new UsageError(
			`--origin must be a web address such as ${DEFAULT_ORIGIN}, not "${text}".`
		);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new UsageError(`--origin must start with http:// or https://, not "${text}".`);
	}
	// The app may live under a path (a static host's sub-folder): keep it, without a last slash.
	return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Reads a link, a long code or a short join code and rebuilds its quiz as a student's device
 * would; the printed object, with `matches: true`.
 */
export async function openAssignment(input: string) {
	const facts = await packedFacts('content');
	const assignment = await openAnyAssignment(input, joinPackOf(facts));
	const quiz = assignmentQuiz(facts, assignment);
	const joinCode =
		assignment.teacherKey === undefined
			? null
			: await encodeAssignment({ ...assignment, teacherKey: assignment.teacherKey });
	const link = /^https?:/.test(input.trim())
		? input.trim()
		: `${DEFAULT_ORIGIN}/assignment#${joinCode ?? assignment.joinCode}`;
	return {
		...describe(assignment, quiz, link, joinCode, assignment.joinCode ?? null),
		matches: true
	};
}

/**
 * Makes an assignment from the flags, creating the key file if needed; the object to print.
 * `log` receives the notes for the teacher (a key file created, one others can read).
 */
export async function makeAssignmentFromFlags(
	values: Record<string, string | undefined>,
	log: (note: string) => void = console.error
) {
	const spec = specFromFlags(values, { numericSeed: false });
	const feedback = (values.feedback ?? 'end') as FeedbackMode;
	if (!FEEDBACK_MODES.includes(feedback)) {
		throw new UsageError(`--feedback must be one of ${FEEDBACK_MODES.join(', ')}.`);
	}
	const facts = await packedFacts('content');
	const packs = [...new Set(facts.map((fact) => fact.pack))];
	const pack = values.pack ?? packs[0] ?? '';
	if (!packs.includes(pack)) {
		throw new UsageError(`Unknown pack "${pack}"; the packs are ${packs.join(', ')}.`);
	}
	const draft = {
		title: values.title ?? `Assignment ${spec.seed}`,
		pack,
		spec,
		...(values.minutes !== undefined
			? { timeLimitMinutes: parseWhole('minutes', values.minutes) }
			: {}),
		...(values.due !== undefined ? { due: values.due } : {}),
		passMark: values['pass-mark'] === undefined ? 60 : parseWhole('pass-mark', values['pass-mark']),
		feedback
	};
	const page = `${originOf(values.origin ?? DEFAULT_ORIGIN)}/assignment`;
	const quiz = buildQuiz(
		facts.filter((fact) => fact.pack === pack),
		spec
	);
	const now = Date.now();
	const teacher = await openOrCreateTeacherFile(values.key ?? DEFAULT_KEY_FILE, now);
	const assignment = makeAssignment(draft, {
		id: newAssignmentId(crypto.getRandomValues(new Uint8Array(ID_BYTES))),
		teacherKey: ownKeys(teacher).publicKey,
		quiz,
		now
	});
	const link = await assignmentLink(page, assignment);
	const saved = saveTeacherFile(
		teacher,
		{ id: assignment.id, createdAt: assignment.createdAt, assignment, quiz, link },
		now
	);
	if (!teacher.exists) {
		log(
			`Created the teacher key file ${saved.path} (readable by you only). Keep it safe: it ` +
				'reads every result of these assignments, and no copy of it exists anywhere else.'
		);
	} else if (isReadableByOthers(saved.path)) {
		console.error(
			`Warning: ${saved.path} holds a private key and others can read it: chmod 600 it.`
		);
	}
	return describe(
		assignment,
		quiz,
		link,
		await encodeAssignment(assignment),
		joinCodeOf(assignment, joinPackOf(facts)) ?? null
	);
}
