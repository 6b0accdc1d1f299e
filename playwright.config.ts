import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.mjs';

const port = 4173;

/** End-to-end tests always run against the built, prerendered app (the service worker only exists there). */
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumPath(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
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
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI
	}
});
