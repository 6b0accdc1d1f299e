import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as axe-core tags its rules. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A violation as a short line, so a failure names the rule, the elements and how to fix it. */
function describe(violation: {
	id: string;
	help: string;
	nodes: { target: unknown[]; failureSummary?: string }[];
}) {
	return `${violation.id} (${violation.help}): ${violation.nodes
		.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`)
		.join('; ')}`;
}

/**
 * The page as it is now passes every WCAG 2.2 AA rule axe-core checks, or only the rules named
 * in `only` (the ones another theme or screen size can change).
 */
export async function expectNoViolations(page: Page, only?: readonly string[]): Promise<void> {
	const builder = new AxeBuilder({ page });
	const results = await (
		only ? builder.withRules([...only]) : builder.withTags(WCAG_TAGS)
	).analyze();
	expect(results.violations.map(describe)).toEqual([]);
}
