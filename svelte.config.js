import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes only, from day one (STYLE.md: no two paradigms at once).
		runes: true
	},
	kit: {
		// Every page is prerendered; `strict` makes the build fail on any page that is not.
		adapter: adapter({ strict: true }),
		typescript: {
			// Type-check (and lint) the content packs, scripts and configs along with the app.
			config: (tsconfig) => {
				tsconfig.include.push(
					'../content/**/*.ts',
					'../scripts/**/*.ts',
					'../scripts/**/*.mjs',
					'../playwright.config.ts'
				);
			}
		}
	}
};

export default config;
