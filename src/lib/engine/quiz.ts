/**
 * Building a quiz from a spec: which facts, asked how, in what order. Deterministic: the same
 * facts, spec and seed give the same quiz on every device, which teacher assignments rely on.
 * No fact is asked twice (a matching or ordering question uses up all of its facts), and topics
 * take turns, so a quiz does not dwell on one part of the speech.
 */
import type { Fact, Topic } from '../content/models';
import { SpecError } from './errors';
import { prepareFacts, type FactSet } from './fact-set';
import { asked, familyOf, fitsBeside, isHub, type AskedQuestion } from './giveaways';
import {
	QUESTION_TYPE_LABELS,
	type Question,
	type QuestionType,
	type Quiz,
	type QuizSpec
} from './models';
import type { GeneratorContext } from './questions/common';
import { GENERATORS, type GroupGenerator, type SingleGenerator } from './questions/index';
import { createRng, deriveRng, randomInt, shuffle, type Rng } from './random';
import { checkSpec } from './spec';

/** How many sets of facts a matching or ordering slot tries before it gives up. */
const GROUP_ATTEMPTS = 3;

/** The facts of the chosen topics and difficulty range, in the set's order. */
function factPool(facts: readonly Fact[], spec: QuizSpec): Fact[] {
	const [min, max] = spec.difficulty;
	const topics = spec.topics ? new Set<Topic>(spec.topics) : undefined;
	return facts.filter(
		(fact) =>
			fact.difficulty >= min && fact.difficulty <= max && (!topics || topics.has(fact.topic))
	);
}

/** True when a single-fact type can ask the fact; the answer does not depend on the seed. */
function canAsk(set: FactSet, type: QuestionType, generator: SingleGenerator, fact: Fact): boolean {
	const key = `${type}:${fact.id}`;
	let result = set.memo.get(key);
	if (result === undefined) {
		result = generator.make(fact, { set, rng: deriveRng('eligibility', key) }) !== undefined;
		set.memo.set(key, result);
	}
	return result;
}

/** How many questions a group type can make from `facts` alone, grouping greedily. */
function groupCapacity(
	generator: GroupGenerator,
	facts: readonly Fact[],
	set: FactSet
): { count: number; remaining: Fact[] } {
	// Picking follows the order of the facts; the stream is not used.
	const context: GeneratorContext = { set, rng: createRng('capacity') };
	let remaining = [...facts];
	let count = 0;
	for (;;) {
		const picked = generator.pick(remaining, generator.minFacts, context);
		if (picked.length < generator.minFacts) return { count, remaining };
		count++;
		const ids = new Set(picked.map((fact) => fact.id));
		remaining = remaining.filter((fact) => !ids.has(fact.id));
	}
}

/** Per type: the facts it can ask (single types) and how many questions it can make alone. */
interface TypePlan {
	type: QuestionType;
	generator: SingleGenerator | GroupGenerator;
	eligible: Fact[];
	capacity: number;
	quota: number;
}

function planTypes(pool: readonly Fact[], spec: QuizSpec, set: FactSet, rng: Rng): TypePlan[] {
	const plans = spec.types.map((type): TypePlan => {
		const generator = GENERATORS[type];
		if (generator.kind === 'single') {
			const eligible = pool.filter((fact) => canAsk(set, type, generator, fact));
			return { type, generator, eligible, capacity: eligible.length, quota: 0 };
		}
		return {
			type,
			generator,
			eligible: [...pool],
			capacity: groupCapacity(generator, pool, set).count,
			quota: 0
		};
	});
	// Shares in proportion to what each type can ask, up to the count: a type that can make only
	// one question (ordering) is not forced into every short quiz, and its one fact with it.
	// Integer arithmetic, largest remainders first, ties in a seeded order.
	const order = shuffle(rng, plans);
	// A matching or an ordering asks three to six facts at once: it weighs as one of them would.
	const weights = order.map((plan) => {
		const weight = Math.min(plan.capacity, spec.count);
		return plan.generator.kind === 'group'
			? Math.min(weight, Math.max(1, Math.floor(weight / plan.generator.minFacts)))
			: weight;
	});
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	if (total > 0) {
		order.forEach((plan, i) => (plan.quota = Math.floor((spec.count * weights[i]!) / total)));
		const remainders = order
			.map((plan, i) => ({ plan, remainder: (spec.count * weights[i]!) % total }))
			.sort((a, b) => b.remainder - a.remainder);
		let left = spec.count - order.reduce((sum, plan) => sum + plan.quota, 0);
		for (const { plan } of remainders) if (left-- > 0) plan.quota++;
	}
	// A type that cannot fill its share hands the rest to types that can.
	let excess = 0;
	for (const plan of order) {
		excess += Math.max(0, plan.quota - plan.capacity);
		plan.quota = Math.min(plan.quota, plan.capacity);
	}
	while (excess > 0) {
		const open = order.filter((plan) => plan.quota < plan.capacity);
		if (!open.length) break;
		for (const plan of open) {
			if (excess === 0) break;
			plan.quota++;
			excess--;
		}
	}
	// A group question uses several facts: trade groups for single questions while facts run short.
	const factsNeeded = () =>
		plans.reduce(
			(sum, p) => sum + p.quota * (p.generator.kind === 'group' ? p.generator.minFacts : 1),
			0
		);
	while (factsNeeded() > pool.length) {
		const group = plans
			.filter((p) => p.generator.kind === 'group' && p.quota > 0)
			.sort((a, b) => b.quota - a.quota)[0];
		const single = plans
			.filter((p) => p.generator.kind === 'single' && p.quota < p.capacity)
			.sort((a, b) => b.capacity - b.quota - (a.capacity - a.quota))[0];
		if (!group || !single) break;
		group.quota--;
		single.quota++;
	}
	return plans;
}

/** The message for a spec the facts cannot meet: what can be made, and what to ask for. */
function cannotMeet(
	plans: readonly TypePlan[],
	pool: readonly Fact[],
	set: FactSet,
	made: number
): SpecError {
	const scope = `the ${pool.length} fact${pool.length === 1 ? '' : 's'} of the chosen topics and difficulty`;
	if (plans.length === 1) {
		const [plan] = plans as [TypePlan];
		const label = QUESTION_TYPE_LABELS[plan.type];
		const available = made;
		const detail =
			plan.generator.kind === 'group'
				? ` (${usableForGroup(plan.generator, pool, set)} of them can be used, ` +
					`at least ${plan.generator.minFacts} to a question)`
				: '';
		return new SpecError(
			`Only ${available} ${label} question${available === 1 ? '' : 's'} can be made from ${scope}${detail}; ` +
				`ask for at most ${available}.`,
			available
		);
	}
	const each = plans
		.map((plan) => `${plan.capacity} ${QUESTION_TYPE_LABELS[plan.type]}`)
		.join(', ');
	return new SpecError(
		`Only ${made} questions can be made from ${scope} with these types, each sentence of the speech asked once and no question giving another away ` +
			`(on its own, each type can make at most: ${each}); ask for at most ${made}.`,
		made
	);
}

/** How many facts of the pool a group type can use at all. */
function usableForGroup(generator: GroupGenerator, pool: readonly Fact[], set: FactSet): number {
	const context: GeneratorContext = { set, rng: createRng('usable') };
	return pool.filter((fact) => generator.pick([fact], 1, context).length === 1).length;
}

/**
 * The most questions the pool can give with these types, each fact asked once: every fact some
 * single type can ask, plus the group questions the other facts make.
 */
function mostQuestions(plans: readonly TypePlan[], pool: readonly Fact[], set: FactSet): number {
	const asked = new Set<string>();
	for (const plan of plans) {
		if (plan.generator.kind === 'single') for (const fact of plan.eligible) asked.add(fact.id);
	}
	let remaining = pool.filter((fact) => !asked.has(fact.id));
	let total = asked.size;
	for (const plan of plans) {
		if (plan.generator.kind !== 'group') continue;
		const result = groupCapacity(plan.generator, remaining, set);
		total += result.count;
		remaining = result.remaining;
	}
	return total;
}

/** Fills the planned slots, topics taking turns; returns the questions made. */
function fillSlots(
	pool: readonly Fact[],
	plans: readonly TypePlan[],
	spec: QuizSpec,
	set: FactSet,
	rng: Rng
): Question[] {
	const used = new Set<string>();
	const usedFamilies = new Set<string>();
	const topicUse = new Map<Topic, number>();
	const questions: Question[] = [];
	const shown: AskedQuestion[] = [];
	const contextFor = (label: string): GeneratorContext => ({
		set,
		rng: deriveRng(spec.seed, label)
	});
	/** Takes the question if no question asked so far gives it away or is given away by it. */
	const take = (question: Question, facts: readonly Fact[]): boolean => {
		const candidate = asked(question, facts);
		if (!fitsBeside(set, candidate, shown)) return false;
		questions.push(question);
		shown.push(candidate);
		for (const fact of facts) {
			used.add(fact.id);
			usedFamilies.add(familyOf(set, fact));
			topicUse.set(fact.topic, (topicUse.get(fact.topic) ?? 0) + 1);
		}
		return true;
	};
	// Topics take turns in proportion to their size, counted in sentences (a quiz asks one fact of
	// each): a topic of two sentences is not asked as often as one of twelve, so its few facts do
	// not turn up in every quiz.
	const familiesOfTopic = new Map<Topic, Set<string>>();
	for (const fact of pool) {
		const families = familiesOfTopic.get(fact.topic) ?? new Set<string>();
		families.add(familyOf(set, fact));
		familiesOfTopic.set(fact.topic, families);
	}
	const topicSize = new Map(
		[...familiesOfTopic].map(([topic, families]) => [topic, families.size])
	);
	// Shares are compared by the quarter of its topic a quiz has used, not exactly: an exact
	// ratio would always send the same slot to the same big topic, and its few numbers or dates
	// into every quiz. Within a quarter, the seeded order decides.
	const quarter = (fact: Fact) =>
		Math.floor((4 * (topicUse.get(fact.topic) ?? 0)) / (topicSize.get(fact.topic) ?? 1));
	const share = (a: Fact, b: Fact) => quarter(a) - quarter(b);
	/**
	 * Facts of families not asked yet, the least-asked topics (for their size) first, hubs last,
	 * in a seeded order within each.
	 */
	const preferred = (facts: readonly Fact[]) =>
		shuffle(
			rng,
			facts.filter((fact) => !used.has(fact.id) && !usedFamilies.has(familyOf(set, fact)))
		).sort((a, b) => share(a, b) || Number(isHub(set, a)) - Number(isHub(set, b)));

	// The scarcest type first, so that matching does not use up the few dated facts ordering needs.
	const groupPlans = plans
		.filter((plan) => plan.generator.kind === 'group')
		.sort((a, b) => a.capacity - b.capacity);
	const singlePlans = plans
		.filter((plan) => plan.generator.kind === 'single')
		.sort((a, b) => a.capacity - b.capacity);
	const singleSlots = singlePlans.reduce((sum, plan) => sum + plan.quota, 0);
	let groupSlots = groupPlans.reduce((sum, plan) => sum + plan.quota, 0);

	const askGroup = (plan: TypePlan): boolean => {
		const generator = plan.generator as GroupGenerator;
		groupSlots--;
		// Bigger groups (up to the most) while enough facts are left for the other slots.
		const spare =
			pool.length - used.size - singleSlots - groupSlots * generator.minFacts - generator.minFacts;
		const extra = randomInt(rng, generator.maxFacts - generator.minFacts + 1);
		const size = generator.minFacts + Math.max(0, Math.min(extra, spare));
		// A set of facts that another question gives away is set aside, and the next one tried.
		let candidates = preferred(pool);
		for (let attempt = 0; attempt < GROUP_ATTEMPTS; attempt++) {
			const label = `${plan.type}:${questions.length}${attempt ? `:${attempt}` : ''}`;
			const facts = generator.pick(candidates, size, contextFor(label));
			if (facts.length < generator.minFacts) return false;
			const question = generator.make(
				facts,
				contextFor(`${plan.type}:${facts.map((f) => f.id).join('+')}`)
			);
			if (question && take(question, facts)) return true;
			const tried = new Set(facts.map((fact) => fact.id));
			candidates = candidates.filter((fact) => !tried.has(fact.id));
		}
		return false;
	};
	// True and false statements take turns: a quiz of mostly false ones is passed by "False".
	let trueMinusFalse = 0;
	const askSingle = (plan: TypePlan): boolean => {
		const generator = plan.generator as SingleGenerator;
		for (const fact of preferred(plan.eligible)) {
			const context = contextFor(`${plan.type}:${fact.id}`);
			if (plan.type === 'tf') context.wantTrue = trueMinusFalse <= 0;
			const question = generator.make(fact, context);
			if (!question || !take(question, [fact])) continue;
			if (question.type === 'tf') trueMinusFalse += question.answer === 'True' ? 1 : -1;
			return true;
		}
		return false;
	};
	const ask = (plan: TypePlan) =>
		plan.generator.kind === 'group' ? askGroup(plan) : askSingle(plan);

	let missed = 0;
	for (const plan of groupPlans) for (let i = 0; i < plan.quota; i++) if (!askGroup(plan)) missed++;
	// Single types take turns, the scarcest first, so that each still finds facts it can ask.
	const turns = singlePlans.map((plan) => plan.quota);
	for (let round = 0; turns.some((left) => left > 0); round++) {
		singlePlans.forEach((plan, i) => {
			if (turns[i]! <= 0) return;
			turns[i]!--;
			if (!askSingle(plan)) missed++;
		});
	}
	// Slots that found no fact go to any type that still can ask one.
	for (; missed > 0; missed--) {
		if (![...singlePlans, ...groupPlans].some(ask)) break;
	}
	return questions;
}

/**
 * Builds the quiz a spec asks for.
 * @throws {SpecError} when the spec is malformed or the facts cannot meet it; the message says
 * how many questions can be made.
 */
export function buildQuiz(facts: readonly Fact[], spec: QuizSpec): Quiz {
	const checked = checkSpec(spec, [...new Set(facts.map((fact) => fact.topic))]);
	const set = prepareFacts(facts);
	const pool = factPool(facts, checked);
	const rng = createRng(checked.seed);
	const plans = planTypes(pool, checked, set, rng);
	const planned = plans.reduce((sum, plan) => sum + plan.quota, 0);
	const most = Math.min(planned, mostQuestions(plans, pool, set));
	if (most < checked.count) throw cannotMeet(plans, pool, set, most);
	const questions = fillSlots(pool, plans, checked, set, rng);
	if (questions.length < checked.count) throw cannotMeet(plans, pool, set, questions.length);
	return { spec: checked, questions: shuffle(rng, questions) };
}
