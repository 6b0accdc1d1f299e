/**
 * The printable version of an assignment: its title and rules above the engine's paper quiz
 * (questions, then the answer key on its own page).
 */
import { formatPaperQuiz } from '../engine/paper';
import type { Quiz } from '../engine/models';
import type { Assignment } from './models';

/** The assignment as plain text for printing, answer key last. Render it as text, not HTML. */
export function formatPaperAssignment(assignment: Assignment, quiz: Quiz): string {
	const rules = [
		assignment.due ? `Due: ${assignment.due}` : '',
		assignment.timeLimitMinutes ? `Time limit: ${assignment.timeLimitMinutes} minutes` : '',
		`Pass mark: ${assignment.passMark}%`
	].filter(Boolean);
	return [
		assignment.title,
		rules.join('    '),
		`Assignment ${assignment.id}`,
		'',
		formatPaperQuiz(quiz)
	].join('\n');
}
