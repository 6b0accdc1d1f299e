// `npm run --silent simulate -- --exam-in D --minutes M --seed S [--true-weights w1,…,w21]
// [--retention R] [--target T]`: a simulated learner, whose real memory follows FSRS with the
// given weights (FSRS's defaults when absent), meets every flashcard of the app's content from
// scratch and studies M minutes a day through the app's own queue and scheduler until the exam
// in D days: once with plain FSRS (the learner's desired retention R, 20 new cards a day), once
// in exam mode (target T). Prints one JSON object: for each plan, the share of cards whose true
// recall on exam morning is at or above the target, the mean recall the app predicts and the
// true one, and the minutes studied. A benchmark, part of `npm run bench`; never a timed test.
import { buildFlashcards, inStudyOrder } from '../src/lib/engine/flashcards';
import { packedFacts } from '../src/lib/server/discover-packs';
import { simulateStudy, type StudyPlan } from '../src/lib/scheduling/simulation';
import { parseFlags, parseWhole, runTool, UsageError } from './lib/cli';

const USAGE = `Usage: npm run --silent simulate -- --exam-in <days> --minutes <a day> --seed <seed>
  [--true-weights <21 numbers, comma-separated>] [--retention 0.9] [--target 0.9]`;

const FSRS_WEIGHTS = 21;

function fraction(name: string, value: string | undefined, fallback: number): number {
	if (value === undefined) return fallback;
	const number = Number(value);
	if (!(number > 0 && number < 1))
		throw new UsageError(`--${name} must be between 0 and 1, not "${value}".`);
	return number;
}

await runTool(USAGE, [], async () => {
	const { values } = parseFlags({
		args: process.argv.slice(2),
		options: {
			'exam-in': { type: 'string' },
			minutes: { type: 'string' },
			seed: { type: 'string' },
			'true-weights': { type: 'string' },
			retention: { type: 'string' },
			target: { type: 'string' }
		}
	});
	if (!values['exam-in'] || !values.minutes || values.seed === undefined) {
		throw new UsageError('--exam-in, --minutes and --seed are required.');
	}
	const examInDays = parseWhole('exam-in', values['exam-in']);
	const minutesPerDay = parseWhole('minutes', values.minutes);
	if (examInDays < 1 || minutesPerDay < 1) {
		throw new UsageError('--exam-in and --minutes must be at least 1.');
	}
	const trueWeights = values['true-weights']?.split(',').map(Number);
	if (trueWeights && (trueWeights.length !== FSRS_WEIGHTS || !trueWeights.every(Number.isFinite))) {
		throw new UsageError(`--true-weights must be ${FSRS_WEIGHTS} numbers, comma-separated.`);
	}
	const target = fraction('target', values.target, 0.9);
	const desiredRetention = fraction('retention', values.retention, 0.9);
	const cards = inStudyOrder(buildFlashcards(await packedFacts('content')));
	const cardIds = cards.map((card) => card.id);
	const run = (plan: StudyPlan) => {
		const started = performance.now();
		const outcome = simulateStudy({
			cardIds,
			start: Date.UTC(2026, 0, 5),
			examInDays,
			minutesPerDay,
			plan,
			target,
			desiredRetention,
			newPerDay: 20,
			...(trueWeights ? { trueWeights } : {}),
			seed: values.seed!
		});
		return {
			shareAtTarget: round(outcome.shareAtTarget),
			meanPredictedRecall: round(outcome.meanPredictedRecall),
			meanTrueRecall: round(outcome.meanTrueRecall),
			minutesStudied: Math.round(outcome.minutesStudied),
			reviews: outcome.reviews.length,
			simulatedInMs: Math.round(performance.now() - started)
		};
	};
	console.log(
		JSON.stringify({
			examInDays,
			minutesPerDay,
			seed: values.seed,
			cards: cardIds.length,
			target,
			desiredRetention,
			trueWeights: trueWeights ?? 'FSRS defaults',
			plans: { plain: run('plain'), exam: run('exam') }
		})
	);
});

function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}
