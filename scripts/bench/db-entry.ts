// Bundled into the page by scripts/bench-browser.ts: the storage benchmark, run by real IndexedDB.
import { openStudyDB } from '../../src/lib/db/db';
import { benchGrade, benchLoad } from '../../src/lib/db/bench';

async function run(options: { grades: number; entries: number }) {
	const gradeDb = await openStudyDB({ name: 'bench-grade' });
	const grade = await benchGrade(gradeDb, options.grades);
	gradeDb.close();
	const loadDb = await openStudyDB({ name: 'bench-load' });
	const load = await benchLoad(loadDb, { entries: options.entries, runs: 10 });
	loadDb.close();
	return { grade, ...load };
}

Object.assign(globalThis, { __dbBench: run });
