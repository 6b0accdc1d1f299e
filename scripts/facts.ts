// `npm run --silent facts`: the validated fact set of every pack, as a JSON array on stdout.
import { packedFacts } from '../src/lib/server/discover-packs';
import { ContentError } from '../src/lib/content/errors';

try {
	const facts = await packedFacts(process.argv[2] ?? 'content');
	process.stdout.write(JSON.stringify(facts, null, 2) + '\n');
} catch (error) {
	console.error(error instanceof ContentError ? error.message : error);
	process.exit(1);
}
