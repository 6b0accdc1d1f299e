/**
 * Bundles the engine once, as the app's build does (Vite, the same content glob), into one
 * script that defines `engineBundle.record()`: the very same code can then run in Node and in a
 * browser, so any difference between them is the runtime's, not the bundler's.
 */
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The global the bundle defines. */
export const BUNDLE_GLOBAL = 'engineBundle';

/** The bundle's code, as an IIFE script. */
export async function engineBundle(): Promise<string> {
	const output = await build({
		configFile: false,
		root,
		logLevel: 'silent',
		resolve: { alias: { $lib: `${root}src/lib` } },
		build: {
			write: false,
			minify: true,
			target: 'es2022',
			lib: {
				entry: `${root}tests/cross-runtime/entry.ts`,
				formats: ['iife'],
				name: BUNDLE_GLOBAL
			}
		}
	});
	const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
	const chunk = outputs[0]?.output.find((item) => item.type === 'chunk');
	if (!chunk) throw new Error('The engine bundle was not built.');
	return chunk.code;
}
