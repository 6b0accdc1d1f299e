import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'.tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node }
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			// Dexie and the service worker are all promises: a forgotten await loses data silently.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		// Same output everywhere (STYLE.md, habit 14). A teacher's link carries a quiz spec, and the
		// student's device must rebuild exactly the teacher's quiz, on any browser and in any later
		// version. Math.log, Math.exp, Math.pow and the like are not correctly rounded: their last bit
		// differs between JavaScript engines. localeCompare, toLocale* and Intl depend on the
		// runtime's locale data, and Math.random and Date.now are hidden inputs. Everything that
		// decides what a quiz, a code or a report holds uses integers and code-unit order instead.
		files: ['src/lib/engine/**/*.ts', 'src/lib/assignments/**/*.ts', 'src/lib/content/**/*.ts'],
		ignores: ['**/*.test.ts', 'src/lib/assignments/testing.ts'],
		rules: {
			'no-restricted-properties': [
				'error',
				...[
					'log',
					'log2',
					'log10',
					'log1p',
					'exp',
					'expm1',
					'pow',
					'sqrt',
					'cbrt',
					'hypot',
					'sin',
					'cos',
					'tan',
					'asin',
					'acos',
					'atan',
					'atan2',
					'sinh',
					'cosh',
					'tanh',
					'asinh',
					'acosh',
					'atanh',
					'random'
				].map((property) => ({
					object: 'Math',
					property,
					message: 'Not the same on every JavaScript engine: use integer arithmetic.'
				})),
				{ object: 'Date', property: 'now', message: 'Pass the time in as a parameter.' },
				...[
					'localeCompare',
					'toLocaleString',
					'toLocaleLowerCase',
					'toLocaleUpperCase',
					'toLocaleDateString',
					'toLocaleTimeString'
				].map((property) => ({
					property,
					message:
						'Depends on the runtime’s locale data: use compareText, groupThousands or toLowerCase.'
				}))
			],
			'no-restricted-globals': [
				'error',
				{ name: 'Intl', message: 'Depends on the runtime’s locale data.' }
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']",
					message: 'Not the same on every JavaScript engine for non-integers: multiply instead.'
				},
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'Pass the time in as a parameter.'
				}
			]
		}
	},
	{
		// SvelteKit's tsconfig leaves the service worker out: it has its own, with the webworker library.
		files: ['src/service-worker.ts'],
		languageOptions: {
			globals: { ...globals.serviceworker },
			parserOptions: { projectService: false, project: './tsconfig.worker.json' }
		}
	}
);
