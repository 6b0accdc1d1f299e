import { describe, expect, it } from 'vitest';
import { focusHash, parseFocusHash, parseTopicHash, topicHash, withEarlyReviews } from './focus';

describe('focus hashes', () => {
	it('round-trips fact ids, escaping what a hash cannot hold', () => {
		const ids = ['khojaly-killed', 'a,b', 'é'];
		expect(parseFocusHash(focusHash(ids))).toEqual(ids);
	});

	it('reads nothing from other hashes, and drops empty and repeated ids', () => {
		expect(parseFocusHash('')).toEqual([]);
		expect(parseFocusHash('#fact-a')).toEqual([]);
		expect(parseFocusHash('#facts=a,,a,b,%E0')).toEqual(['a', 'b']);
	});
});

describe('withEarlyReviews', () => {
	it('adds the cards not yet due after the usual queue, soonest first', () => {
		const due: Record<string, number> = { 'a:qa': 300, 'b:qa': 200, 'c:qa': 50 };
		const queue = withEarlyReviews(
			['c:qa', 'd:qa'],
			['a:qa', 'b:qa', 'c:qa', 'd:qa'],
			(id) => due[id]
		);
		expect(queue).toEqual(['c:qa', 'd:qa', 'b:qa', 'a:qa']);
	});
});

describe('a topic session link', () => {
	it('round-trips a topic, and reads nothing from another hash', () => {
		expect(parseTopicHash(topicHash(['khojaly']))).toEqual(['khojaly']);
		expect(parseTopicHash(topicHash(['khojaly', 'expo-2025']))).toEqual(['khojaly', 'expo-2025']);
		expect(topicHash([])).toBe('');
		expect(parseTopicHash('#topic=khojaly,,khojaly, expo-2025')).toEqual(['khojaly', 'expo-2025']);
		expect(parseTopicHash('#facts=a,b')).toEqual([]);
		expect(parseTopicHash('#topic=%E0%A4%A')).toEqual([]);
		expect(parseTopicHash('')).toEqual([]);
	});
});
