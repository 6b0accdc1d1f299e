/**
 * Cuts a paragraph of the speech into runs of text, each knowing which facts quote it, so the
 * Speech page can mark quotes (which may overlap) without any HTML string building.
 */
import type { Fact } from './models';
import type { Paragraph } from './text';

/** A run of a paragraph's text and the ids of the facts whose quote covers it. */
export interface Segment {
	text: string;
	factIds: string[];
}

/** Splits a paragraph at every start and end of a quote of the given facts that lies in it. */
export function segmentParagraph(paragraph: Paragraph, facts: readonly Fact[]): Segment[] {
	const spans = facts
		.filter((fact) => fact.source.paragraph === paragraph.number)
		.map((fact) => {
			const start = paragraph.text.indexOf(fact.source.quote);
			return { id: fact.id, start, end: start + fact.source.quote.length };
		})
		.filter((span) => span.start >= 0);
	const cuts = [
		...new Set([0, paragraph.text.length, ...spans.flatMap((span) => [span.start, span.end])])
	].sort((a, b) => a - b);

	const segments: Segment[] = [];
	for (let i = 0; i < cuts.length - 1; i++) {
		const [start, end] = [cuts[i]!, cuts[i + 1]!];
		const factIds = spans.filter((span) => span.start <= start && span.end >= end).map((s) => s.id);
		const text = paragraph.text.slice(start, end);
		const previous = segments.at(-1);
		// A quoted run of only spaces or punctuation (the full stop one quote has and another
		// lacks) would be a mark too small to tap: it joins the run before it.
		if (previous && factIds.length && !/[\p{L}\p{N}]/u.test(text)) previous.text += text;
		else segments.push({ text, factIds });
	}
	return segments;
}
