// `npm run content:check`: validates every content pack and says what it found.
import { discoverPacks } from '../src/lib/server/discover-packs';
import { ContentError } from '../src/lib/content/errors';

try {
	const packs = await discoverPacks(process.argv[2] ?? 'content');
	for (const pack of packs) {
		console.log(`content ok: ${pack.meta.id} — ${pack.facts.length} facts`);
	}
} catch (error) {
	console.error(error instanceof ContentError ? error.message : error);
	process.exit(1);
}
