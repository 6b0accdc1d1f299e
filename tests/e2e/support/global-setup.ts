// Before the end-to-end tests: builds a second, newer version of the app ("build B") beside
// `build/` ("build A", which `npm run test:e2e` builds first), for the update test to deploy.
import { execFileSync } from 'node:child_process';
import { BUILD_B } from './builds';

export default function globalSetup(): void {
	const started = Date.now();
	try {
		execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
			env: { ...process.env, APP_BUILD_DIR: BUILD_B, APP_VERSION: `b-${started}` },
			stdio: 'pipe'
		});
	} catch (error) {
		const output = (error as { stdout?: Buffer; stderr?: Buffer }) ?? {};
		console.error(String(output.stdout ?? ''), String(output.stderr ?? ''));
		throw new Error(`Building the app into ${BUILD_B} for the update test failed`);
	}
	console.log(`Built the update test's build B into ${BUILD_B} in ${Date.now() - started} ms`);
}
