/**
 * The content check: turns what was read from `content/<pack>/` into validated packs, or fails
 * naming every file and fact at fault. Runs in the build (through the pages that load content),
 * in `npm run content:check` and in the unit tests.
 */
import * as v from 'valibot';
import { ContentError, type ContentIssue } from './errors';
import {
	CLAIM_PREFIX,
	type Fact,
	type Pack,
	type PackMeta,
	type PackVocabulary,
	type PassageAnnotation
} from './models';
import { factsFromAnnotations } from './annotations';
import {
	AnnotationSchema,
	FactSchema,
	PackMetaSchema,
	VocabularySchema,
	describeIssues
} from './schema';
import { compareText, containsPhrase, foldText, searchKey, splitParagraphs } from './text';
import {
	dateAppearsIn,
	formatDate,
	isIsoDate,
	numberAppearsIn,
	parseDate,
	parseNumber,
	sameDate
} from './values';

/** The three files of a pack as read from disk or bundled by Vite, not yet checked. */
export interface RawPack {
	/** The pack's folder, relative to the project root: `content/oic-acm-2017`. */
	dir: string;
	meta: unknown;
	text: unknown;
	facts: unknown;
	/** The `vocabulary` export of `vocabulary.ts`. */
	vocabulary: unknown;
	/** The `annotations` export of `annotations.ts`; absent for a pack without the file. */
	annotations?: unknown;
}

export const PACK_FILES = {
	meta: 'meta.json',
	text: 'speech.txt',
	facts: 'facts.ts',
	vocabulary: 'vocabulary.ts',
	annotations: 'annotations.ts'
} as const;

function checkFact(fact: Fact, text: string, issue: (message: string) => void): void {
	const { answer, source } = fact;
	const paragraphs = splitParagraphs(text);
	const paragraph = paragraphs[source.paragraph - 1];

	if (!text.includes(source.quote)) {
		issue(`quote is not an exact substring of the speech: "${source.quote}"`);
	} else if (!paragraph) {
		issue(
			`source.paragraph ${source.paragraph} does not exist (the speech has ${paragraphs.length})`
		);
	} else if (!paragraph.text.includes(source.quote)) {
		const actual = paragraphs.find((p) => p.text.includes(source.quote));
		issue(
			`quote is not in paragraph ${source.paragraph}` +
				(actual ? `; it is in paragraph ${actual.number}` : '; it spans paragraphs')
		);
	}

	if (fact.contested && fact.attribution !== 'speaker') {
		issue('only a claim of the speaker can be contested (attribution "speaker")');
	}
	if (fact.attribution === 'speaker') {
		for (const field of ['statement', 'question'] as const) {
			if (!fact[field].startsWith(CLAIM_PREFIX)) {
				issue(`a claim of the speaker needs attribution: ${field} must start "${CLAIM_PREFIX}…"`);
			}
		}
	}

	if (!fact.statement.includes(answer.text)) {
		issue(`statement must contain the answer text "${answer.text}" as written`);
	}
	for (const candidate of [answer.text, ...fact.aliases]) {
		if (searchKey(candidate).length > 1 && containsPhrase(fact.question, candidate)) {
			issue(`question gives away its own answer ("${candidate}")`);
		}
	}

	const folded = new Set<string>();
	for (const alias of [answer.text, ...fact.aliases]) {
		const key = searchKey(alias);
		if (folded.has(key)) issue(`alias "${alias}" repeats the answer or another alias`);
		folded.add(key);
	}

	if (answer.kind === 'number') {
		const parsed = parseNumber(answer.text);
		if (parsed !== answer.value) {
			issue(`answer.text "${answer.text}" does not read as the value ${answer.value}`);
		}
		if (!numberAppearsIn(source.quote, answer.value)) {
			issue(`the number ${answer.value} does not appear in the quote`);
		}
	} else if (answer.kind === 'date') {
		const value = { start: answer.start, end: answer.end, precision: answer.precision };
		const shapesOk =
			isIsoDate(answer.start, answer.precision) &&
			(answer.end === undefined || isIsoDate(answer.end, answer.precision));
		if (!shapesOk) {
			issue(`answer.start/end must be ISO dates of precision "${answer.precision}"`);
		} else if (answer.end !== undefined && answer.end <= answer.start) {
			issue(`answer.end ${answer.end} must come after answer.start ${answer.start}`);
		} else {
			const parsed = parseDate(answer.text);
			if (!parsed || !sameDate(parsed, value)) {
				issue(`answer.text "${answer.text}" does not read as ${formatDate(value)}`);
			}
			if (!dateAppearsIn(source.quote, value)) {
				issue(`the date ${formatDate(value)} does not appear in the quote in any usual form`);
			}
		}
	} else if (
		answer.kind !== 'act' &&
		![answer.text, ...fact.aliases].some((candidate) =>
			foldText(source.quote).includes(foldText(candidate))
		)
	) {
		issue(`neither the answer nor an alias appears in the quote, so it cannot be blanked`);
	}
}

function parseVocabulary(raw: RawPack, issues: ContentIssue[]): PackVocabulary | undefined {
	const file = `${raw.dir}/${PACK_FILES.vocabulary}`;
	if (raw.vocabulary === undefined) {
		issues.push({
			file,
			message: 'must export `vocabulary`, the topics and answer categories of the pack'
		});
		return undefined;
	}
	const result = v.safeParse(VocabularySchema, raw.vocabulary);
	if (!result.success) {
		for (const message of describeIssues(result.issues)) issues.push({ file, message });
		return undefined;
	}
	return result.output;
}

/** A fact's topic, category and near-misses, against the pack's vocabulary and the fact's answer. */
function checkVocabulary(
	fact: Fact,
	vocabulary: PackVocabulary | undefined,
	issue: (message: string) => void
): void {
	const topics = vocabulary?.topics.map((topic) => topic.id);
	if (topics && !topics.includes(fact.topic)) {
		issue(`topic "${fact.topic}" is not in the pack's vocabulary.ts (${topics.join(', ')})`);
	}
	if (vocabulary && !Object.hasOwn(vocabulary.categories, fact.category)) {
		issue(
			`category "${fact.category}" is not in the pack's vocabulary.ts (${Object.keys(vocabulary.categories).join(', ')})`
		);
	}
	const accepted = new Set([fact.answer.text, ...fact.aliases].map(searchKey));
	const seen = new Set<string>();
	for (const wrong of fact.nearMisses ?? []) {
		const key = searchKey(wrong);
		if (accepted.has(key)) issue(`near-miss "${wrong}" is the answer or one of its aliases`);
		else if (seen.has(key)) issue(`near-miss "${wrong}" repeats another`);
		seen.add(key);
	}
}

/** The annotations of a pack, checked against its vocabulary; [] for a pack without the file. */
function parseAnnotations(
	raw: RawPack,
	vocabulary: PackVocabulary | undefined,
	issues: ContentIssue[]
): PassageAnnotation[] {
	if (raw.annotations === undefined) return [];
	const file = `${raw.dir}/${PACK_FILES.annotations}`;
	if (!Array.isArray(raw.annotations)) {
		issues.push({ file, message: 'must export `annotations`, an array of passage annotations' });
		return [];
	}
	const acts = vocabulary?.speechActs ?? {};
	const annotations: PassageAnnotation[] = [];
	raw.annotations.forEach((candidate: unknown, index) => {
		const result = v.safeParse(AnnotationSchema, candidate);
		const id =
			typeof candidate === 'object' && candidate && 'id' in candidate
				? String(candidate.id)
				: `#${index + 1}`;
		if (!result.success) {
			for (const message of describeIssues(result.issues))
				issues.push({ file, factId: id, message });
			return;
		}
		const annotation = result.output;
		const known = Object.keys(acts);
		for (const act of [annotation.act, ...annotation.notActs]) {
			if (!Object.hasOwn(acts, act)) {
				issues.push({
					file,
					factId: id,
					message: `act "${act}" is not among the speechActs of vocabulary.ts (${known.join(', ') || 'none'})`
				});
			}
		}
		if (annotation.notActs.includes(annotation.act)) {
			issues.push({
				file,
				factId: id,
				message: `notActs names the act itself ("${annotation.act}")`
			});
		}
		annotations.push(annotation);
	});
	return annotations;
}

function parseMeta(raw: RawPack, issues: ContentIssue[]): PackMeta | undefined {
	const file = `${raw.dir}/${PACK_FILES.meta}`;
	const result = v.safeParse(PackMetaSchema, raw.meta);
	if (!result.success) {
		for (const message of describeIssues(result.issues)) issues.push({ file, message });
		return undefined;
	}
	const folder = raw.dir.split('/').at(-1);
	if (result.output.id !== folder) {
		issues.push({
			file,
			message: `id "${result.output.id}" must equal the folder name "${folder}"`
		});
	}
	return result.output;
}

function parseFacts(raw: RawPack, issues: ContentIssue[]): Fact[] {
	const file = `${raw.dir}/${PACK_FILES.facts}`;
	if (!Array.isArray(raw.facts)) {
		issues.push({ file, message: 'must export `facts`, an array of facts' });
		return [];
	}
	const facts: Fact[] = [];
	raw.facts.forEach((candidate: unknown, index) => {
		const result = v.safeParse(FactSchema, candidate);
		if (result.success) {
			facts.push(result.output);
			return;
		}
		const id =
			typeof candidate === 'object' && candidate && 'id' in candidate
				? String(candidate.id)
				: `#${index + 1}`;
		for (const message of describeIssues(result.issues)) issues.push({ file, factId: id, message });
	});
	return facts;
}

/**
 * Validates every pack together (fact ids are unique across packs, related ids may cross them).
 * @throws {ContentError} listing every issue found, each naming its file and fact.
 */
export function buildPacks(raws: RawPack[]): Pack[] {
	const issues: ContentIssue[] = [];
	const packs: { dir: string; pack: Pack }[] = [];
	const owners = new Map<string, string>();

	for (const raw of [...raws].sort((a, b) => compareText(a.dir, b.dir))) {
		const meta = parseMeta(raw, issues);
		const factsFile = `${raw.dir}/${PACK_FILES.facts}`;
		if (typeof raw.text !== 'string' || !raw.text.trim()) {
			issues.push({ file: `${raw.dir}/${PACK_FILES.text}`, message: 'is missing or empty' });
			continue;
		}
		const text = raw.text;
		const vocabulary = parseVocabulary(raw, issues);
		const written = parseFacts(raw, issues);
		const annotated = factsFromAnnotations(
			parseAnnotations(raw, vocabulary, issues),
			vocabulary?.speechActs
		);
		const annotationsFile = `${raw.dir}/${PACK_FILES.annotations}`;
		const facts = [...written, ...annotated];
		for (const fact of facts) {
			const file = written.includes(fact) ? factsFile : annotationsFile;
			const issue = (message: string) => issues.push({ file, factId: fact.id, message });
			const owner = owners.get(fact.id);
			if (owner) issue(`id repeats (also used in ${owner})`);
			owners.set(fact.id, file);
			checkFact(fact, text, issue);
			checkVocabulary(fact, vocabulary, issue);
		}
		if (meta && vocabulary) packs.push({ dir: raw.dir, pack: { meta, text, facts, vocabulary } });
	}

	// One topic list serves every pack in the app, so an id two packs share must mean one thing.
	const topicLabels = new Map<string, string>();
	for (const { dir, pack } of packs) {
		for (const topic of pack.vocabulary.topics) {
			const label = topicLabels.get(topic.id);
			if (label !== undefined && label !== topic.label) {
				issues.push({
					file: `${dir}/${PACK_FILES.vocabulary}`,
					message: `topic "${topic.id}" is labelled "${topic.label}" here and "${label}" in another pack`
				});
			}
			topicLabels.set(topic.id, topic.label);
		}
	}

	for (const { dir, pack } of packs) {
		const file = `${dir}/${PACK_FILES.facts}`;
		for (const fact of pack.facts) {
			for (const id of fact.related) {
				if (id === fact.id) issues.push({ file, factId: fact.id, message: 'is related to itself' });
				else if (!owners.has(id))
					issues.push({ file, factId: fact.id, message: `related id "${id}" is not a fact` });
			}
		}
	}

	if (issues.length) throw new ContentError(issues);
	return packs.map(({ pack }) => pack);
}
