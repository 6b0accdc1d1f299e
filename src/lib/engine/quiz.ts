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
	type QuizSpec,
	type Seed
} from './models';
import { difficultyOf, type GeneratorContext } from './questions/common';
import { GENERATORS, type GroupGenerator, type SingleGenerator } from './questions/index';
import { createRng, deriveRng, randomInt, shuffle, type Rng } from './random';
import { checkSpec } from './spec';
import { plural } from '../text/format';

/** How many orders of the facts a quiz tries before it says the spec cannot be met. */
const FILL_ATTEMPTS = 12;

/** How many sets of facts a matching or ordering slot tries before it gives up. */
const GROUP_ATTEMPTS = 3;

/**
 * The facts of the chosen topics that some type can ask within the difficulty range, in the
 * set's order: a question's difficulty is its fact's, moved by its type ({@link difficultyOf}),
 * so a hard fact can make an easier true/false and a medium one a hard typed answer.
 */
function factPool(facts: readonly Fact[], spec: QuizSpec): Fact[] {
	const [min, max] = spec.difficulty;
	const topics = spec.topics ? new Set<Topic>(spec.topics) : undefined;
	return facts.filter(
		(fact) =>
			fact.difficulty >= min - 1 &&
			fact.difficulty <= max + 1 &&
			(!topics || topics.has(fact.topic))
	);
}

/** True when a question of `type` on facts of this difficulty falls within the range. */
function inRange(spec: QuizSpec, type: QuestionType, factDifficulty: number): boolean {
	const difficulty = difficultyOf(type, factDifficulty);
	return difficulty >= spec.difficulty[0] && difficulty <= spec.difficulty[1];
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
	/** The sentences (families) among `eligible`: how many different things the type can ask. */
	families: number;
	quota: number;
}

function planTypes(pool: readonly Fact[], spec: QuizSpec, set: FactSet, rng: Rng): TypePlan[] {
	const plans = spec.types.map((type): TypePlan => {
		const generator = GENERATORS[type];
		if (generator.kind === 'single') {
			const eligible = pool.filter(
				(fact) => inRange(spec, type, fact.difficulty) && canAsk(set, type, generator, fact)
			);
			const families = new Set(eligible.map((fact) => familyOf(set, fact))).size;
			return { type, generator, eligible, capacity: eligible.length, families, quota: 0 };
		}
		// Facts within the range themselves: their mean, and so the question, is within it too.
		const eligible = pool.filter((fact) => inRange(spec, type, fact.difficulty));
		const capacity = groupCapacity(generator, eligible, set).count;
		return { type, generator, eligible, capacity, families: capacity, quota: 0 };
	});
	// Shares in proportion to what each type can ask, up to the count: a type that can make only
	// one question (ordering) is not forced into every short quiz, and its one fact with it.
	// What a single type can ask is counted in sentences, and halved: numbers stand in nine
	// sentences, and a share of two or three of every ten questions would put each of those
	// sentences in every third quiz; types with dozens of sentences fill the count either way.
	// Integer arithmetic, largest remainders first, ties in a seeded order.
	const order = shuffle(rng, plans);
	// A matching or an ordering asks four to six facts at once: each weighs as one question in
	// ten would, so a long quiz has one or two of each and a short one at most one of either.
	const weights = order.map((plan) =>
		plan.generator.kind === 'single'
			? Math.ceil(plan.families / 2)
			: Math.min(plan.capacity, Math.max(1, Math.floor(spec.count / 10)))
	);
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
	const scope = `the ${plural(pool.length, 'fact')} of the chosen topics and difficulty`;
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
			`Only ${plural(available, `${label} question`)} can be made from ${scope}${detail}; ` +
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
		const eligible = new Set(plan.eligible);
		const result = groupCapacity(
			plan.generator,
			remaining.filter((fact) => eligible.has(fact)),
			set
		);
		total += result.count;
		const taken = new Set(remaining.filter((fact) => eligible.has(fact)));
		for (const fact of result.remaining) taken.delete(fact);
		remaining = remaining.filter((fact) => !taken.has(fact));
	}
	return total;
}

/** Fixed-point one for {@link askWeights}. */
const WEIGHT_ONE = 1 << 12;

/**
 * Per fact, how strongly each type's turn should prefer it, so that every fact is about as
 * likely to be asked: a fact four types can ask would otherwise be picked by each of their turns
 * and land in most quizzes. A few rounds of proportional fitting of each fact's chance, in
 * integers (the same quiz on every engine), within bounds.
 */
function askWeights(plans: readonly TypePlan[]): Map<string, number> {
	const singles = plans.filter((plan) => plan.generator.kind === 'single' && plan.quota > 0);
	const weights = new Map<string, number>();
	for (const plan of singles) for (const fact of plan.eligible) weights.set(fact.id, WEIGHT_ONE);
	for (let round = 0; round < 6; round++) {
		// Each fact's chance, in parts of WEIGHT_ONE per slot: the quota of every type that can ask
		// it times its share of that type's weight.
		const chance = new Map<string, number>();
		for (const plan of singles) {
			const total = plan.eligible.reduce((sum, fact) => sum + (weights.get(fact.id) ?? 0), 0);
			for (const fact of plan.eligible) {
				const share = Math.floor(
					(plan.quota * (weights.get(fact.id) ?? 0) * WEIGHT_ONE) / Math.max(1, total)
				);
				chance.set(fact.id, (chance.get(fact.id) ?? 0) + share);
			}
		}
		const values = [...chance.values()];
		const target = Math.floor(
			values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length)
		);
		for (const [id, weight] of weights) {
			const value = chance.get(id) ?? target;
			const scaled = Math.floor((weight * target) / Math.max(1, value));
			// Bounded: a fact only one type can ask (a salutation) is not in every quiz either.
			weights.set(id, Math.min(6 * WEIGHT_ONE, Math.max(WEIGHT_ONE / 16, scaled)));
		}
	}
	return weights;
}

/** The items in a seeded order where an item of twice the weight tends to come first twice as often. */
function weightedOrder<T>(rng: Rng, items: readonly T[], weight: (item: T) => number): T[] {
	const left = [...items];
	const order: T[] = [];
	let total = left.reduce((sum, item) => sum + weight(item), 0);
	while (left.length) {
		let pick = randomInt(rng, Math.max(1, total));
		let i = 0;
		while (i < left.length - 1 && pick >= weight(left[i]!)) pick -= weight(left[i++]!);
		const [item] = left.splice(i, 1) as [T];
		total -= weight(item);
		order.push(item);
	}
	return order;
}

/** A lead past any topic's quarter or hub: the fact comes after every other. */
const LAST = 64;

/** A fact about the words of the text themselves (a form of address), not about a passage's act. */
const isWordsOfText = (fact: Fact) => fact.attribution === 'text' && fact.answer.kind !== 'act';

/** Fills the planned slots, topics taking turns; returns the questions made. */
function fillSlots(
	pool: readonly Fact[],
	plans: readonly TypePlan[],
	spec: QuizSpec,
	set: FactSet,
	rng: Rng,
	stream: Seed
): Question[] {
	const used = new Set<string>();
	const usedFamilies = new Set<string>();
	const topicUse = new Map<Topic, number>();
	// Forms of address and greetings ("Mr. Chairman", "Dear friends and brothers") are the words
	// of the text, neither fact nor claim: teachers asked for about one in ten questions, so past
	// that share they come last, asked only where nothing else is left.
	const wordsCap = Math.max(1, Math.floor(spec.count / 10));
	let wordsAsked = 0;
	const questions: Question[] = [];
	const shown: AskedQuestion[] = [];
	const contextFor = (label: string): GeneratorContext => ({
		set,
		rng: deriveRng(stream, label)
	});
	/** Takes the question if no question asked so far gives it away or is given away by it. */
	const take = (question: Question, facts: readonly Fact[]): boolean => {
		const candidate = asked(question, facts);
		if (!fitsBeside(set, candidate, shown)) return false;
		questions.push(question);
		shown.push(candidate);
		if (facts.every(isWordsOfText)) wordsAsked++;
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
	// into every quiz. Within a quarter, the seeded (weighted) order decides.
	const quarter = (fact: Fact) =>
		Math.floor((4 * (topicUse.get(fact.topic) ?? 0)) / (topicSize.get(fact.topic) ?? 1));
	/**
	 * Facts of families not asked yet, the least-asked topics (for their size) first, hubs last,
	 * in a seeded order within each.
	 */
	const weights = askWeights(plans);
	/**
	 * Facts of families not asked yet, the least-asked topics (for their size) first, hubs last,
	 * in a seeded order within each, weighted by {@link askWeights}.
	 */
	const preferred = (facts: readonly Fact[]) => {
		const lead = new Map<string, number>();
		for (const fact of facts) {
			if (used.has(fact.id) || usedFamilies.has(familyOf(set, fact))) continue;
			// A topic a quarter ahead still gets its turn one time in two: strictly behind, the few
			// numbers of a small topic (Khojaly) would give way to the same two of a big one.
			const ahead = Math.max(0, quarter(fact) - randomInt(rng, 2));
			const wordsOver = wordsAsked >= wordsCap && isWordsOfText(fact);
			lead.set(fact.id, Number(wordsOver) * LAST + ahead * 2 + Number(isHub(set, fact)));
		}
		const open = facts.filter((fact) => lead.has(fact.id));
		const order = weightedOrder(rng, open, (fact) => weights.get(fact.id) ?? WEIGHT_ONE);
		const rank = new Map(order.map((fact, i) => [fact.id, i]));
		return order.sort(
			(a, b) => (lead.get(a.id) ?? 0) - (lead.get(b.id) ?? 0) || rank.get(a.id)! - rank.get(b.id)!
		);
	};

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
		let candidates = preferred(plan.eligible);
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
	// Filling is greedy: where facts are scarce (a "hard only" quiz of twenty) one order of the
	// facts can run out of questions that do not give each other away where another does not.
	// Further orders come from streams of their own, so the same spec still builds one quiz.
	let best: Question[] = [];
	for (let attempt = 0; attempt < FILL_ATTEMPTS; attempt++) {
		const stream = attempt ? `${String(checked.seed)}\u0000fill ${attempt}` : checked.seed;
		const fillRng = attempt ? createRng(stream) : rng;
		const questions = fillSlots(pool, plans, checked, set, fillRng, stream);
		if (questions.length >= checked.count) {
			return { spec: checked, questions: shuffle(fillRng, questions) };
		}
		if (questions.length > best.length) best = questions;
	}
	throw cannotMeet(plans, pool, set, best.length);
}
