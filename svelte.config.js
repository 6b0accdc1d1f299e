import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The end-to-end update test builds a second, newer version of the app into its own folder:
// APP_BUILD_DIR names the folder and APP_VERSION the version (both optional).
const buildDir = process.env.APP_BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes only, from day one (STYLE.md: no two paradigms at once).
		runes: true
	},
	kit: {
		// Every page is prerendered; `strict` makes the build fail on any page that is not.
		adapter: adapter({ pages: buildDir, assets: buildDir, strict: true }),
		paths: {
			// Absolute asset paths: the service worker serves the offline page at any depth of URL,
			// where relative `./_app/…` paths would point to files that do not exist.
			relative: false
		},
		version: {
			// Defaults to the build's timestamp; the service worker revisions pages and files by it.
			...(process.env.APP_VERSION ? { name: process.env.APP_VERSION } : {})
		},
		serviceWorker: {
			// src/lib/pwa/ registers it through workbox-window, to prompt for updates.
			register: false
		},
		csp: {
			// Prerendered pages get these as a <meta http-equiv> tag, with a hash for SvelteKit's one
			// inline boot script. No 'unsafe-inline' for scripts. frame-ancestors cannot go in a meta tag.
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// Svelte writes `style="…"` attributes in server-rendered markup.
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
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
