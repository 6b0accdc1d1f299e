/**
 * Options shuffled per student, so neighbours do not share "the third one". Answers are kept as
 * option text, so the shuffle changes only what is shown, never what is graded.
 */
import type { Question } from '../engine/models';
import { deriveRng, shuffle } from '../engine/random';

/**
 * The question with its options (multiple choice, ordering) or both columns (matching) in an
 * order fixed by `studentSeed` (e.g. the assignment id and the student's name): the same student
 * sees the same order on reload. True/false keeps True first, and other types are unchanged.
 */
export function shuffleForStudent<Q extends Question>(question: Q, studentSeed: string): Q {
	const rng = deriveRng(studentSeed, question.id);
	switch (question.type) {
		case 'mc':
		case 'order':
			return { ...question, options: shuffle(rng, question.options) };
		case 'match':
			return {
				...question,
				left: shuffle(rng, question.left),
				right: shuffle(rng, question.right)
			};
		default:
			return question;
	}
}
