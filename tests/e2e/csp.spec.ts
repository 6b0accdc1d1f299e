import { expect, navigateTo, test } from './fixtures';

const pages = ['/', '/facts', '/speech', '/speech/oic-acm-2017#fact-khojaly-civilians-killed'];

test('every page has a strict Content-Security-Policy and breaks none of it', async ({ page }) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.defineProperty(window, 'cspViolations', { value: seen });
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} ${event.blockedURI}`)
		);
	});
	for (const path of pages) {
		await page.goto(path);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		const scriptSrc = policy?.match(/script-src ([^;]+)/)?.[1] ?? '';
		expect(scriptSrc, path).toMatch(/^'self'( 'sha256-[\w+/=]+')+$/);
		expect(policy, path).toMatch(/object-src 'none'/);
		await navigateTo(page, 'Facts');
		await expect(page.getByRole('heading', { level: 1, name: 'Facts' })).toBeVisible();
		expect(
			await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
			path
		).toEqual([]);
	}
});
