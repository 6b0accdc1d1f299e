/**
 * Finds content packs on disk for Node tools (`npm run facts`, the content check, tests): every
 * folder under the root that holds a `meta.json`. A new speech needs a folder, not code.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildPacks, PACK_FILES, type RawPack } from '../content/validate';
import type { Pack, PackedFact } from '../content/models';

function readJson(path: string): unknown {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		return { __unreadable: error instanceof Error ? error.message : String(error) };
	}
}

/** Reads every pack under `root` as it is on disk, without checking it. */
export async function readRawPacks(root: string, projectRoot = process.cwd()): Promise<RawPack[]> {
	const base = resolve(root);
	const folders = readdirSync(base, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name, PACK_FILES.meta)))
		.map((entry) => join(base, entry.name))
		.sort();
	return Promise.all(
		folders.map(async (folder) => {
			const textPath = join(folder, PACK_FILES.text);
			const factsPath = join(folder, PACK_FILES.facts);
			const factsModule = existsSync(factsPath)
				? ((await import(pathToFileURL(factsPath).href)) as { facts?: unknown })
				: {};
			const annotationsPath = join(folder, PACK_FILES.annotations);
			const annotationsModule = existsSync(annotationsPath)
				? ((await import(pathToFileURL(annotationsPath).href)) as { annotations?: unknown })
				: undefined;
			const vocabularyPath = join(folder, PACK_FILES.vocabulary);
			const vocabularyModule = existsSync(vocabularyPath)
				? ((await import(pathToFileURL(vocabularyPath).href)) as { vocabulary?: unknown })
				: {};
			return {
				dir: relative(projectRoot, folder).split('\\').join('/'),
				meta: readJson(join(folder, PACK_FILES.meta)),
				text: existsSync(textPath) ? readFileSync(textPath, 'utf8') : undefined,
				facts: factsModule.facts,
				vocabulary: vocabularyModule.vocabulary,
				// A file that exports nothing is reported; no file at all is a pack without annotations.
				...(annotationsModule ? { annotations: annotationsModule.annotations ?? null } : {})
			};
		})
	);
}

/** Discovers and validates every pack under `root`. @throws {ContentError} */
export async function discoverPacks(root = 'content'): Promise<Pack[]> {
	return buildPacks(await readRawPacks(root));
}

/** Every fact of every pack under `root`, with its pack's id, in pack order (as the app bundles them). */
export async function packedFacts(root = 'content'): Promise<PackedFact[]> {
	return (await discoverPacks(root)).flatMap((pack) =>
		pack.facts.map((fact) => ({ ...fact, pack: pack.meta.id }))
	);
}
