import { readFileSync } from 'node:fs';
import { expect, test, waitForServiceWorker } from './fixtures';
import { BUILD_A } from './support/builds';

interface ManifestIcon {
	src: string;
	sizes: string;
	type: string;
	purpose?: string;
}

const manifest = JSON.parse(readFileSync(`${BUILD_A}/manifest.webmanifest`, 'utf8')) as Record<
	string,
	unknown
> & { icons: ManifestIcon[] };

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): string {
	const png = readFileSync(file);
	return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

test.describe('installing', () => {
	test.skip(({ isMobile }) => isMobile, 'Chromium on the desktop says whether it can install');

	test('the manifest names the app and has every icon an install needs', () => {
		expect(manifest).toMatchObject({
			name: 'Speech Study',
			short_name: 'Speech Study',
			description: expect.stringMatching(/flashcards and quizzes/),
			start_url: './',
			scope: './',
			display: 'standalone',
			theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
			background_color: expect.stringMatching(/^#[0-9a-f]{6}$/)
		});
		const png = (purpose: string) =>
			manifest.icons
				.filter((icon) => icon.type === 'image/png' && (icon.purpose ?? 'any') === purpose)
				.map((icon) => {
					expect(pngSize(`${BUILD_A}/${icon.src}`), icon.src).toBe(icon.sizes);
					return icon.sizes;
				});
		expect(png('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(png('maskable')).toEqual(['512x512']);
	});

	test('Chromium finds the app installable', async ({ page }) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		const cdp = await page.context().newCDPSession(page);
		const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[] };
		expect(errors).toEqual([]);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		// Playwright's contexts are incognito, where Chromium installs nothing: the one thing left.
		expect(installabilityErrors.map((error) => error.errorId)).toEqual(['in-incognito']);
	});
});
