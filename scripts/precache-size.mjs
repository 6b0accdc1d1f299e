// Prints what the service worker precaches from `build/` (run `npx vite build` first), and fails
// when it passes the budget: `node scripts/precache-size.mjs [build folder]`.
import { PRECACHE_BUDGET_BYTES, precacheFiles } from './precache-files.mjs';

const files = precacheFiles(process.argv[2] ?? 'build');
const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
const raw = files.reduce((sum, file) => sum + file.bytes, 0);
const gzip = files.reduce((sum, file) => sum + file.gzipBytes, 0);
console.log(
	`precache: ${files.length} files, ${kb(raw)} KB raw, ${kb(gzip)} KB gzipped ` +
		`(budget ${kb(PRECACHE_BUDGET_BYTES)} KB gzipped)`
);
for (const file of [...files].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5))
	console.log(`  ${kb(file.gzipBytes).padStart(6)} KB  ${file.file}`);
if (gzip > PRECACHE_BUDGET_BYTES) {
	console.error('The precache is over its budget.');
	process.exit(1);
}
