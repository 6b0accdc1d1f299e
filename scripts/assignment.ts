// `npm run --silent assignment -- --seed S --count N [--types mc,tf,…] [--topics a,b]
// [--difficulty 1-3] [--minutes M] [--due YYYY-MM-DD] [--pass-mark P] [--title T] [--key FILE]
// [--origin URL]`: makes a teacher assignment with the same code as the app's Teacher page and
// prints one JSON object: its link, join code, quiz fingerprint and question ids. The key file
// (a backup file the app imports) is created on first use, owner-only, and keeps every
// assignment made with it, so that `npm run results` can read the students' result codes.
//
// `npm run --silent assignment -- --open LINK` reads an assignment link (made here or in the
// app), rebuilds its quiz as a student's device would and prints the same JSON object.
import { AssignmentInputError, CodeError } from '../src/lib/assignments/errors';
import { ContentError } from '../src/lib/content/errors';
import { BackupError } from '../src/lib/db/errors';
import { EngineError } from '../src/lib/engine/errors';
import { parseFlags, runTool, UsageError } from './lib/cli';
import {
	ASSIGNMENT_OPTIONS,
	makeAssignmentFromFlags,
	openAssignment,
	USAGE
} from './lib/make-assignment';
import { TeacherFileError } from './lib/teacher-file';

await runTool(
	USAGE,
	[EngineError, ContentError, CodeError, AssignmentInputError, TeacherFileError, BackupError],
	async () => {
		const { values } = parseFlags({
			args: process.argv.slice(2),
			options: ASSIGNMENT_OPTIONS
		});
		if (values.open !== undefined) {
			const others = Object.keys(values).filter((name) => name !== 'open');
			if (others.length)
				throw new UsageError(`--open takes no other option (${others.join(', ')}).`);
			console.log(JSON.stringify(await openAssignment(values.open)));
			return;
		}
		console.log(JSON.stringify(await makeAssignmentFromFlags(values)));
	}
);
