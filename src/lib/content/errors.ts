import { plural } from '../text/format';

/** One thing wrong with a content pack, naming the file and, where there is one, the fact. */
export interface ContentIssue {
	/** Path of the file at fault, relative to the project root. */
	file: string;
	factId?: string;
	message: string;
}

/** Formats an issue as one line: `content/x/facts.ts: fact "khojaly-killed": quote is not …`. */
export function formatIssue(issue: ContentIssue): string {
	return `${issue.file}: ${issue.factId ? `fact "${issue.factId}": ` : ''}${issue.message}`;
}

/** Thrown when content fails validation: the build and the tests stop, listing every issue. */
export class ContentError extends Error {
	override name = 'ContentError';
	readonly issues: ContentIssue[];

	constructor(issues: ContentIssue[]) {
		super(
			`Content check failed with ${plural(issues.length, 'issue')}:\n` +
				issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n')
		);
		this.issues = issues;
	}
}
