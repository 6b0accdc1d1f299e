/**
 * The printable version of an assignment: its title and rules above the engine's paper quiz,
 * as a student copy without any answer, and the answer key apart (printed on its own page).
 */
import { paperQuiz, type PaperQuiz } from '../engine/paper';
import type { Quiz } from '../engine/models';
import type { Assignment } from './models';

/** The assignment for printing. Render both texts as text, not HTML. */
export function paperAssignment(assignment: Assignment, quiz: Quiz): PaperQuiz {
	const rules = [
		assignment.due ? `Due: ${assignment.due}` : '',
		assignment.timeLimitMinutes ? `Time limit: ${assignment.timeLimitMinutes} minutes` : '',
		`Pass mark: ${assignment.passMark}%`
	].filter(Boolean);
	const heading = [assignment.title, rules.join('    '), `Assignment ${assignment.id}`, ''];
	const { questions, key } = paperQuiz(quiz);
	return {
		questions: [...heading, questions].join('\n'),
		key: [assignment.title, `Assignment ${assignment.id}`, '', key].join('\n')
	};
}
