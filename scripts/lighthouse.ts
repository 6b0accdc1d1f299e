// `npm run bench` (part): Lighthouse 12 (mobile preset) on the home, study and quiz pages of the
// built app, in Debian's Chromium. Lighthouse stays outside the project's dependencies: it is
// installed on first use into .tmp/lighthouse. Prints the scores; goals: Performance ≥ 95,
// Accessibility 100, Best Practices 100.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { startStaticServer } from '../tests/e2e/support/static-server';

const PREFIX = '.tmp/lighthouse';
const CLI = `${PREFIX}/node_modules/.bin/lighthouse`;
const PAGES = ['/', '/study', '/quiz'];
const GOALS = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;

if (!existsSync(CLI)) {
	mkdirSync(PREFIX, { recursive: true });
	console.log('Installing Lighthouse 12.8 into .tmp/lighthouse (once)…');
	execFileSync(
		'npm',
		['install', '--no-audit', '--no-fund', '--prefix', PREFIX, 'lighthouse@12.8'],
		{
			stdio: 'inherit'
		}
	);
}

const server = await startStaticServer(process.argv[2] ?? 'build', 0);
try {
	for (const path of PAGES) {
		const report = `${PREFIX}/report.json`;
		// Asynchronously: the static server runs in this process and must keep answering.
		await promisify(execFile)(
			CLI,
			[
				`${server.url}${path}`,
				'--quiet',
				'--output=json',
				`--output-path=${report}`,
				'--only-categories=performance,accessibility,best-practices',
				`--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`
			],
			{ env: { ...process.env, CHROME_PATH: chromiumPath() } }
		);
		const { categories } = JSON.parse(readFileSync(report, 'utf8')) as {
			categories: Record<keyof typeof GOALS, { score: number }>;
		};
		const scores = Object.entries(GOALS).map(([name, goal]) => {
			const score = Math.round(categories[name as keyof typeof GOALS].score * 100);
			return `${name} ${score}${score >= goal ? '' : ` (goal ${goal})`}`;
		});
		console.log(`Lighthouse mobile ${path.padEnd(7)} ${scores.join('   ')}`);
	}
} finally {
	await server.close();
}
