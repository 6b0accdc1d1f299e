// `npm run --silent results -- --key FILE [FILE…|-]`: reads students' result codes (one a line,
// or pasted as in the app: several a line, wrapped, inside links) from files or standard input,
// and prints each assignment's class report as the CSV the app's report page exports. The key
// file is the one `npm run assignment` made, or a backup of the app that holds the teacher key.
// Codes that are damaged, tampered with, duplicated or for an assignment the key file does not
// hold are listed on stderr with the reason. Results of students who typed the short join code
// are signed, not encrypted: they are read, and their signatures checked, the same way. Exit
// code: 0 when every code was read, 2 when any was refused (the report of the others is printed
// all the same), 1 for bad arguments.
import { readFileSync } from 'node:fs';
import {
	collectCodes,
	excerpt,
	MAX_PASTE_LENGTH,
	splitCodes,
	type FoundCode
} from '../src/lib/assignments/collect';
import { CodeError } from '../src/lib/assignments/errors';
import { findByJoinId, joinCodeOf, joinIdOf, joinPackOf } from '../src/lib/assignments/join-code';
import { importTeacherKeys } from '../src/lib/assignments/keys';
import type { CollectedResult } from '../src/lib/assignments/models';
import { classReport, reportToCsv } from '../src/lib/assignments/report';
import { resultAssignmentId } from '../src/lib/assignments/result';
import { ContentError } from '../src/lib/content/errors';
import { packedFacts } from '../src/lib/server/discover-packs';
import { parseFlags, runTool, UsageError } from './lib/cli';
import { readTeacherFile, TeacherFileError } from './lib/teacher-file';

const USAGE = 'Usage: npm run --silent results -- --key <file> [<codes file>… | -]';

/** A code with where it came from, for the messages on stderr. */
interface SourcedCode extends FoundCode {
	source: string;
}

async function readSource(source: string): Promise<string> {
	if (source !== '-') {
		try {
			return readFileSync(source, 'utf8');
		} catch (error) {
			throw new UsageError(`Cannot read ${source}: ${(error as Error).message}`);
		}
	}
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

const refuse = (code: SourcedCode, message: string) =>
	console.error(`${code.source}:${code.line}: ${excerpt(code.text)}: ${message}`);

await runTool(USAGE, [TeacherFileError, ContentError], async () => {
	const { values, positionals } = parseFlags({
		args: process.argv.slice(2),
		allowPositionals: true,
		options: { key: { type: 'string' } }
	});
	if (!values.key) throw new UsageError('--key is required: the teacher key file.');
	const { file } = await readTeacherFile(values.key);
	const sources = positionals.length ? positionals : ['-'];

	const codes: SourcedCode[] = [];
	for (const source of sources) {
		const text = await readSource(source);
		if (text.length > MAX_PASTE_LENGTH) {
			throw new UsageError(`${source} is far too long to hold result codes; nothing was read.`);
		}
		const name = source === '-' ? 'stdin' : source;
		codes.push(...splitCodes(text).codes.map((code) => ({ ...code, source: name })));
	}

	let refused = 0;
	const byAssignment = new Map<string, SourcedCode[]>();
	for (const code of codes) {
		try {
			const id = resultAssignmentId(code.text);
			byAssignment.set(id, [...(byAssignment.get(id) ?? []), code]);
		} catch (error) {
			if (!(error instanceof CodeError)) throw error;
			refuse(code, error.message);
			refused++;
		}
	}

	const facts = await packedFacts('content');
	const pack = joinPackOf(facts);
	const reports: string[] = [];
	// Signed results (from students who typed the short join code) name it by the code's id.
	const groups = new Map<string, SourcedCode[]>();
	for (const [id, group] of byAssignment) {
		const owner =
			file.assignments.find((record) => record.id === id) ??
			(await findByJoinId(file.assignments, id, pack));
		const key = owner?.id ?? id;
		groups.set(key, [...(groups.get(key) ?? []), ...group]);
	}
	for (const [id, group] of groups) {
		const stored = file.assignments.find((record) => record.id === id);
		const keys =
			stored &&
			file.teacherKeys.find((record) => record.publicKey === stored.assignment.teacherKey);
		if (!stored || !keys) {
			const why = stored
				? 'this key file lacks the teacher key the assignment was made with'
				: `it is for assignment ${id}, which this key file does not hold`;
			for (const code of group) refuse(code, `Cannot be read: ${why}.`);
			refused += group.length;
			continue;
		}
		const { privateKey } = await importTeacherKeys(keys);
		const imported = file.assignmentResults.filter((result) => result.assignmentId === id);
		const joinCode = joinCodeOf(stored.assignment, pack);
		const outcome = await collectCodes(group, {
			assignment: stored.assignment,
			quiz: stored.quiz,
			privateKey,
			...(joinCode ? { joinId: await joinIdOf(joinCode) } : {}),
			// A code read again here is no duplicate: the report is made anew from the input each time.
			alreadyImported: new Set()
		});
		for (const rejected of outcome.rejected) refuse(group[rejected.index]!, rejected.message);
		refused += outcome.rejected.length;
		// A key file that is an app backup may hold results collected in the app: they count too.
		const known = new Set(outcome.accepted.map((result) => result.id));
		const results: CollectedResult[] = [
			...imported.filter((result) => !known.has(result.id)),
			...outcome.accepted
		];
		const report = classReport(
			stored.assignment,
			stored.quiz,
			results,
			facts.filter((fact) => fact.pack === stored.assignment.pack),
			{ now: Date.now() }
		);
		reports.push(reportToCsv(report, { bom: reports.length === 0 }));
	}

	if (!codes.length) console.error('No result code was found in the input.');
	process.stdout.write(reports.join('\r\n'));
	const read = codes.length - refused;
	console.error(`${read} result code${read === 1 ? '' : 's'} read, ${refused} refused.`);
	return refused || !codes.length ? 2 : 0;
});
