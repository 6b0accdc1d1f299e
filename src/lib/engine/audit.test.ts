import { describe, expect, it } from 'vitest';
import { bundledFacts } from '../content/bundled';
import { auditQuiz, spreadOf, type FindingKind } from './audit';
import { prepareFacts } from './fact-set';
import type { Question, Quiz } from './models';
import { buildQuiz } from './quiz';

const facts = bundledFacts.filter((fact) => fact.pack === 'oic-acm-2017');
const set = prepareFacts(facts);
const built = buildQuiz(facts, {
	types: ['mc', 'typed', 'tf'],
	count: 12,
	difficulty: [1, 3],
	seed: 3
});
const kindsOf = (quiz: Quiz) => new Set(auditQuiz(set, quiz).map((finding) => finding.kind));
const withQuestions = (...questions: Question[]): Quiz => ({ ...built, questions });

/** A typed question on the Expo letter with the given prompt, as a faulty generator might make it. */
function typedLetter(prompt: string): Question {
	const letter = facts.find((fact) => fact.id === 'expo-2025-letter')!;
	return {
		id: 'typed:expo-2025-letter',
		type: 'typed',
		prompt,
		factIds: [letter.id],
		difficulty: 2,
		explanation: letter.statement,
		answer: 'letter',
		expected: { answer: letter.answer, aliases: letter.aliases }
	};
}

describe('the quiz audit', () => {
	it('finds nothing in a quiz the engine built', () => {
		expect(auditQuiz(set, built)).toEqual([]);
	});

	it.each<[FindingKind, () => Quiz]>([
		[
			'malformed-text',
			() => withQuestions(typedLetter('The speech quotes ““On the solidarity”” and a _____.'))
		],
		[
			'repeated-statement',
			() => withQuestions(built.questions[0]!, { ...built.questions[0]!, id: 'copy' })
		],
		[
			'leak',
			() => {
				const town = facts.find((fact) => fact.id === 'khojaly-town')!;
				const killed = facts.find((fact) => fact.id === 'khojaly-civilians-killed')!;
				return withQuestions(
					{
						id: 'typed:khojaly-town',
						type: 'typed',
						prompt: town.question,
						factIds: [town.id],
						difficulty: 1,
						explanation: town.statement,
						answer: town.answer.text,
						expected: { answer: town.answer, aliases: town.aliases }
					},
					{
						id: 'tf:khojaly-civilians-killed',
						type: 'tf',
						prompt: killed.statement,
						factIds: [killed.id],
						difficulty: 2,
						explanation: killed.statement,
						options: ['True', 'False'],
						answer: 'True'
					}
				);
			}
		],
		[
			'cross-category',
			() => {
				const city = facts.find((fact) => fact.id === 'occasion-city')!;
				return withQuestions({
					id: 'mc:occasion-city',
					type: 'mc',
					prompt: city.question,
					factIds: [city.id],
					difficulty: 1,
					explanation: city.statement,
					options: ['New York', 'Dear Friends', 'Geneva', 'Jeddah'],
					answer: 'New York'
				});
			}
		],
		[
			'article-hint',
			() => withQuestions(typedLetter('The speaker circulated a _____ asking for support.'))
		],
		['multiple-blanks', () => withQuestions(typedLetter('The _____ asked for _____.'))],
		[
			'malformed-text',
			() => withQuestions({ ...built.questions[0]!, prompt: 'Which city hosted the the meeting ?' })
		]
	])('reports %s', (kind, quiz) => {
		expect(kindsOf(quiz())).toContain(kind);
	});
});

describe('spreadOf', () => {
	it('counts each fact once per quiz and reports the most-asked share, rounded up', () => {
		const q = (...ids: string[]): Question => ({ ...typedLetter('x _____'), factIds: ids });
		const quizzes = [
			withQuestions(q('a'), q('a', 'b')),
			withQuestions(q('b')),
			withQuestions(q('c'))
		];
		expect(spreadOf(quizzes)).toEqual({
			quizzes: 3,
			mostAsked: { factId: 'b', quizzes: 2 },
			percent: 67
		});
		expect(spreadOf([...quizzes, withQuestions(q('b'))]).mostAsked).toEqual({
			factId: 'b',
			quizzes: 3
		});
	});
});
