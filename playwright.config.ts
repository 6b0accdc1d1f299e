import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-path.mjs';

const port = 4173;

/**
 * End-to-end tests always run against the built, prerendered app (the service worker only exists
 * there), served by a plain static server as a static host would serve it.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	// Builds a second version of the app for the update test.
	globalSetup: './tests/e2e/support/global-setup.ts',
	fullyParallel: true,
	// One worker per core: each drives its own Chromium, which keeps a core busy.
	workers: Math.max(1, availableParallelism()),
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumPath(),
			args: CHROMIUM_ARGS
		}
	},
	projects: [
		// The narrowest phone we design for: 360 px wide.
		{
			name: 'phone',
			use: { ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, browserName: 'chromium' }
		},
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], browserName: 'chromium' } }
	],
	webServer: {
		command: `npx tsx tests/e2e/support/serve.ts build ${port}`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI
	}
});
