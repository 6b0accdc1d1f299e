/**
 * The topics of the speech, in the order the app shows them, the speech acts its passages
 * perform (for annotations.ts), and the answer categories of the speech's facts. Facts of one category are each other's wrong
 * options (a city for a city, a salutation for a salutation), so a category holds only answers
 * that could stand in for one another; a phrase that nothing else in the speech could replace
 * has a category of its own, and its wrong options are its near-misses.
 */
import type { PackVocabulary } from '../../src/lib/content/models';

export const vocabulary = {
	topics: [
		{ id: 'meeting', label: 'The meeting and its hosts' },
		{ id: 'islamic-solidarity', label: 'Islamic solidarity' },
		{ id: 'humanitarian', label: 'Humanitarian aid and crises' },
		{ id: 'palestine-jerusalem', label: 'Palestine and Jerusalem' },
		{ id: 'armenia-azerbaijan', label: 'The Armenia–Azerbaijan conflict' },
		{ id: 'khojaly', label: 'Khojaly, 1992' },
		{ id: 'expo-2025', label: 'Expo 2025' },
		{ id: 'protocol', label: 'Diplomatic protocol and language' },
		{ id: 'speech-acts', label: 'What the speech does' }
	],
	// What a passage does as a speech, for annotations.ts: distinct enough that a passage does one.
	speechActs: {
		'commemorating-a-tragedy': { label: 'commemorating a tragedy' },
		'criticising-the-other-party': { label: 'criticising the other party' },
		'expressing-concern': { label: 'expressing concern' },
		'expressing-gratitude': { label: 'expressing gratitude' },
		'expressing-hope': { label: 'expressing hope' },
		'making-a-request': { label: 'making a request' },
		'reaffirming-a-position': { label: 'reaffirming a position' },
		welcoming: { label: 'welcoming a decision' }
	},
	categories: {
		aims: { label: 'Aims of a struggle' },
		anniversary: { label: 'Anniversary' },
		atrocity: { label: 'Atrocity' },
		attitude: { label: 'Attitude' },
		'attitude-to-settlement': { label: 'Attitude to a settlement' },
		'basis-for-settlement': { label: 'Basis for a settlement' },
		bonds: { label: 'Bonds between peoples' },
		building: { label: 'Building' },
		'casualty-count': { label: 'Casualty figure' },
		city: { label: 'City' },
		'civil-society': { label: 'Civil society' },
		conference: { label: 'Conference' },
		consequence: { label: 'Consequence of conflict' },
		country: { label: 'Country' },
		date: { label: 'Date' },
		'description-of-the-year': { label: 'Description of a year' },
		designation: { label: 'Designation of a year' },
		document: { label: 'Document' },
		'former-state': { label: 'Former state' },
		greeting: { label: 'Greeting' },
		'head-of-state': { label: 'Head of state' },
		'holy-site': { label: 'Holy site' },
		honorific: { label: 'Honorific' },
		'international-body': { label: 'International organisation' },
		'international-standing': { label: 'International standing' },
		measure: { label: 'Measure condemned' },
		meeting: { label: 'Meeting' },
		'military-action': { label: 'Military action' },
		'military-unit': { label: 'Armed force' },
		'name-of-the-events': { label: 'Name of the events' },
		'named-event': { label: 'Named event' },
		'negotiating-conduct': { label: 'Conduct in negotiations' },
		office: { label: 'Office' },
		official: { label: 'Official' },
		'oic-body': { label: 'OIC body' },
		'on-whose-behalf': { label: 'On whose behalf' },
		people: { label: 'People' },
		'people-count': { label: 'Number of people' },
		'quality-of-a-position': { label: 'Quality of a position' },
		'quality-of-support': { label: 'Quality of support' },
		quantity: { label: 'Quantity of aid' },
		'reason-for-thanks': { label: 'What is thanked for' },
		'regiment-number': { label: 'Regiment number' },
		'resolution-title': { label: 'Resolution title' },
		resolve: { label: 'Resolve' },
		rhetoric: { label: 'Rhetoric' },
		salutation: { label: 'Form of address' },
		'session-number': { label: 'Session number' },
		'settlement-formula': { label: 'Formula for a settlement' },
		share: { label: 'Share of territory' },
		'speaker-office': { label: 'Office of the speaker' },
		'speech-act': { label: 'Speech act' },
		standing: { label: 'Standing of a candidate' },
		suffering: { label: 'Suffering of a people' },
		support: { label: 'Support' },
		'term-for-the-conflict': { label: 'Term for the conflict' },
		threat: { label: 'Threat' },
		town: { label: 'Town' },
		'un-body': { label: 'UN body' }
	}
} satisfies PackVocabulary;
