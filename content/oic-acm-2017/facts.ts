/**
 * The checkable statements of Elmar Mammadyarov's speech at the OIC Annual Coordination Meeting,
 * 22 September 2017. Ids are stable and never reused: learner progress is keyed by them.
 * Paragraphs are counted from 1 in speech.txt, blank lines separating them.
 */
import type { Fact } from '../../src/lib/content/models';

export const facts = [
	{
		id: 'occasion-speaker',
		topic: 'meeting',
		statement:
			'Elmar Mammadyarov, Minister of Foreign Affairs of Azerbaijan, gave the speech at the OIC Annual Coordination Meeting.',
		question:
			'Which Minister of Foreign Affairs of Azerbaijan gave this speech at the OIC Annual Coordination Meeting?',
		answer: {
			kind: 'person',
			text: 'Elmar Mammadyarov',
			describes: 'the Minister of Foreign Affairs of Azerbaijan who gave the speech'
		},
		category: 'official',
		nearMisses: ['Araz Azimov', 'Jeyhun Bayramov', 'Novruz Mammadov', 'Hikmet Hajiyev'],
		aliases: ['Mammadyarov', 'Elmar Mamedyarov', 'Mamedyarov'],
		source: {
			quote:
				'Speech by Mr. Elmar Mammadyarov, the Minister of Foreign Affairs of the Republic of Azerbaijan',
			paragraph: 1
		},
		attribution: 'occasion',
		difficulty: 1,
		related: ['occasion-speaker-role', 'occasion-speaker-country']
	},
	{
		id: 'occasion-speaker-role',
		topic: 'meeting',
		statement:
			'Elmar Mammadyarov gave the speech as Minister of Foreign Affairs of the Republic of Azerbaijan.',
		question: 'What office did Elmar Mammadyarov hold when he gave this speech?',
		answer: {
			kind: 'title',
			text: 'Minister of Foreign Affairs',
			describes: "the speaker's office at the time of the speech"
		},
		category: 'speaker-office',
		nearMisses: [
			'Deputy Minister of Foreign Affairs',
			'Prime Minister',
			'Permanent Representative',
			'Minister of Economy'
		],
		aliases: ['Foreign Minister', 'Minister for Foreign Affairs'],
		source: {
			quote:
				'Speech by Mr. Elmar Mammadyarov, the Minister of Foreign Affairs of the Republic of Azerbaijan',
			paragraph: 1
		},
		attribution: 'occasion',
		difficulty: 1,
		related: ['occasion-speaker', 'occasion-speaker-country']
	},
	{
		id: 'occasion-speaker-country',
		topic: 'meeting',
		statement:
			'The speaker represented the Republic of Azerbaijan, whose Minister of Foreign Affairs he was.',
		question:
			"Which country's Minister of Foreign Affairs gave this speech at the OIC Annual Coordination Meeting?",
		answer: {
			kind: 'place',
			text: 'Republic of Azerbaijan',
			describes: 'the country the speaker represented as its Minister of Foreign Affairs'
		},
		category: 'country',
		nearMisses: [
			'Republic of Turkey',
			'Republic of Kazakhstan',
			'Republic of Uzbekistan',
			'Islamic Republic of Iran'
		],
		aliases: ['Azerbaijan'],
		source: {
			quote: 'the Minister of Foreign Affairs of the Republic of Azerbaijan',
			paragraph: 1
		},
		attribution: 'occasion',
		difficulty: 1,
		related: ['occasion-speaker', 'occasion-speaker-role']
	},
	{
		id: 'occasion-date',
		topic: 'meeting',
		statement: 'The speech was given on 22 September 2017.',
		question:
			'On what date did Elmar Mammadyarov give this speech at the OIC Annual Coordination Meeting?',
		answer: {
			kind: 'date',
			text: '22 September 2017',
			start: '2017-09-22',
			precision: 'day',
			describes: 'the date of the speech'
		},
		category: 'date',
		aliases: [],
		source: { quote: 'September 22, 2017', paragraph: 2 },
		attribution: 'occasion',
		difficulty: 1,
		related: ['occasion-meeting', 'contact-group-meeting-date']
	},
	{
		id: 'occasion-meeting',
		topic: 'meeting',
		statement:
			'The speech was given at the Annual Coordination Meeting of the Organization of Islamic Cooperation.',
		question:
			'At which yearly meeting of the Organization of Islamic Cooperation was this speech given?',
		answer: {
			kind: 'event',
			text: 'Annual Coordination Meeting',
			describes: 'the OIC meeting at which the speech was given'
		},
		category: 'meeting',
		nearMisses: [
			'Annual Consultative Meeting',
			'Annual Ministerial Meeting',
			'Annual Review Meeting',
			'Council of Foreign Ministers'
		],
		aliases: ['OIC Annual Coordination Meeting', 'ACM'],
		source: {
			quote: 'at the Organization of Islamic Cooperation Annual Coordination Meeting',
			paragraph: 1
		},
		attribution: 'occasion',
		difficulty: 1,
		related: ['occasion-organisation', 'occasion-unga-sidelines', 'occasion-date']
	},
	{
		id: 'occasion-organisation',
		topic: 'meeting',
		statement:
			'The Annual Coordination Meeting at which the speech was given is a meeting of the Organization of Islamic Cooperation.',
		question:
			'The Annual Coordination Meeting at which this speech was given is a meeting of which organisation?',
		answer: {
			kind: 'organisation',
			text: 'Organization of Islamic Cooperation',
			describes: 'the organisation whose Annual Coordination Meeting heard the speech'
		},
		category: 'international-body',
		nearMisses: [
			'League of Arab States',
			'Economic Cooperation Organization',
			'Organization for Security and Co-operation in Europe',
			'Non-Aligned Movement'
		],
		aliases: ['OIC', 'Organisation of Islamic Cooperation'],
		source: {
			quote: 'at the Organization of Islamic Cooperation Annual Coordination Meeting',
			paragraph: 1
		},
		attribution: 'occasion',
		difficulty: 1,
		related: ['occasion-meeting']
	},
	{
		id: 'occasion-unga-sidelines',
		topic: 'meeting',
		statement:
			'The Annual Coordination Meeting was held on the sidelines of the United Nations General Assembly in New York.',
		question:
			'On the sidelines of which gathering was the 2017 OIC Annual Coordination Meeting held?',
		answer: {
			kind: 'event',
			text: 'United Nations General Assembly',
			describes: 'the gathering on whose sidelines the OIC Annual Coordination Meeting was held'
		},
		category: 'meeting',
		nearMisses: [
			'United Nations Security Council',
			'United Nations Economic and Social Council',
			'United Nations High-Level Political Forum'
		],
		aliases: ['UN General Assembly', 'UNGA', 'General Assembly'],
		source: {
			quote:
				'the Annual Coordination Meeting on the sidelines of the United Nations General Assembly in New York',
			paragraph: 6
		},
		attribution: 'occasion',
		difficulty: 1,
		related: ['occasion-meeting', 'occasion-city', 'occasion-venue']
	},
	{
		id: 'occasion-city',
		topic: 'meeting',
		statement:
			'The Annual Coordination Meeting at which the speech was given took place in the city of New York.',
		question: 'In which city was the 2017 OIC Annual Coordination Meeting held?',
		answer: {
			kind: 'place',
			text: 'New York',
			describes: 'the city where the 2017 OIC Annual Coordination Meeting was held'
		},
		category: 'city',
		nearMisses: ['Geneva', 'Jeddah', 'Abidjan', 'Washington'],
		aliases: ['New York City', 'NYC'],
		source: {
			quote: 'on the sidelines of the United Nations General Assembly in New York',
			paragraph: 6
		},
		attribution: 'occasion',
		difficulty: 1,
		related: ['occasion-unga-sidelines', 'occasion-venue']
	},
	{
		id: 'occasion-venue',
		topic: 'meeting',
		statement:
			'The meeting at which the speech was given was held at the UN headquarters in New York.',
		question: 'In which building in New York was the 2017 OIC Annual Coordination Meeting held?',
		answer: {
			kind: 'place',
			text: 'UN headquarters',
			describes: 'the building where the speech was given'
		},
		category: 'building',
		nearMisses: [
			'Permanent Mission of Azerbaijan to the UN',
			'OIC Permanent Observer Mission to the UN'
		],
		// At the UN, during the General Assembly: a teacher accepts either for where it was held.
		aliases: [
			'United Nations Headquarters',
			'UN HQ',
			'United Nations',
			'UN',
			'UN General Assembly',
			'United Nations General Assembly',
			'UNGA'
		],
		source: {
			quote: 'which was held here in the UN headquarters on September 19, 2017',
			paragraph: 17
		},
		attribution: 'occasion',
		difficulty: 2,
		related: ['occasion-city', 'contact-group-meeting-venue']
	},
	{
		id: 'thanks-chairman-and-secretary-general',
		topic: 'meeting',
		statement:
			'According to the speech, the speaker thanks the Chairman and the OIC Secretary General for organizing the meeting.',
		question:
			'According to the speech, whom does the speaker thank, together with the Chairman, for organizing the meeting?',
		answer: {
			kind: 'title',
			text: 'OIC Secretary General',
			describes: 'the official the speaker thanks, with the Chairman, for organizing the meeting'
		},
		category: 'office',
		nearMisses: [
			'UN Secretary-General',
			'President of the UN General Assembly',
			'OIC Assistant Secretary General',
			'OIC Permanent Observer to the UN'
		],
		aliases: ['Secretary General of the OIC', 'Secretary General'],
		source: {
			quote:
				'I would like to thank you, Mr. Chairman, and the OIC Secretary General for organizing this meeting.',
			paragraph: 6
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['protocol-mr-secretary-general', 'resolutions-thanks-al-othaimeen']
	},
	{
		id: 'cote-divoire-hosted-cfm',
		topic: 'meeting',
		statement:
			"According to the speech, Côte d'Ivoire successfully hosted the 44th session of the OIC Council of Foreign Ministers.",
		question:
			'According to the speech, which state is thanked for successfully hosting the 44th session of the OIC Council of Foreign Ministers?',
		answer: {
			kind: 'place',
			text: "Côte d'Ivoire",
			describes:
				'the state the speech thanks for hosting the 44th session of the OIC Council of Foreign Ministers'
		},
		category: 'country',
		nearMisses: ['Senegal', 'Mali', 'Uzbekistan', 'Burkina Faso'],
		aliases: ['Ivory Coast', "State of Côte d'Ivoire"],
		source: {
			quote:
				'I also use this opportunity to express our gratitude to the State of Cote d’Ivoire for successful hosting of the 44thsession of the Council of Foreign Ministers',
			paragraph: 6
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['cote-divoire-led-acm', 'cfm-44th-session', 'cfm-44th-session-city']
	},
	{
		id: 'cote-divoire-led-acm',
		topic: 'meeting',
		statement:
			"According to the speech, Côte d'Ivoire provided excellent leadership of the Annual Coordination Meeting.",
		question:
			'According to the speech, which state is thanked for its excellent leadership of the Annual Coordination Meeting?',
		answer: {
			kind: 'place',
			text: "Côte d'Ivoire",
			describes: 'the state the speech thanks for its leadership of the Annual Coordination Meeting'
		},
		category: 'country',
		nearMisses: ['Senegal', 'Turkey', 'Saudi Arabia', 'Guinea'],
		aliases: ['Ivory Coast', "State of Côte d'Ivoire"],
		source: {
			quote:
				'to the State of Cote d’Ivoire for successful hosting of the 44thsession of the Council of Foreign Ministers and for the excellent leadership of the Annual Coordination Meeting',
			paragraph: 6
		},
		attribution: 'speaker',
		difficulty: 2,
		related: ['cote-divoire-hosted-cfm', 'occasion-meeting']
	},
	{
		id: 'cfm-44th-session',
		topic: 'meeting',
		statement:
			'According to the speech, the resolutions were adopted at the 44th session of the Council of Foreign Ministers of the OIC, held in Abidjan on 10–11 July 2017.',
		question:
			'According to the speech, which session of the OIC Council of Foreign Ministers was held in Abidjan on 10–11 July 2017?',
		answer: {
			kind: 'number',
			text: '44th',
			value: 44,
			unit: 'ordinal',
			counts:
				'the session of the OIC Council of Foreign Ministers held in Abidjan in July 2017, according to the speech'
		},
		category: 'session-number',
		aliases: [],
		source: {
			quote:
				'within the 44th session of the Council of Foreign Ministers of OIC passed on July 10-11, 2017 in Abidjan',
			paragraph: 21
		},
		attribution: 'speaker',
		difficulty: 2,
		related: [
			'cfm-44th-session-dates',
			'cfm-44th-session-city',
			'cote-divoire-hosted-cfm',
			'resolution-armenia-aggression',
			'resolution-khojaly-solidarity',
			'resolution-destruction-of-monuments'
		]
	},
	{
		id: 'cfm-44th-session-dates',
		topic: 'meeting',
		statement:
			'According to the speech, the 44th session of the OIC Council of Foreign Ministers took place on 10–11 July 2017.',
		question:
			'According to the speech, on what dates did the 44th session of the OIC Council of Foreign Ministers take place?',
		answer: {
			kind: 'date',
			text: '10–11 July 2017',
			start: '2017-07-10',
			end: '2017-07-11',
			precision: 'day',
			describes: 'the dates of the 44th session of the OIC Council of Foreign Ministers'
		},
		category: 'date',
		aliases: [],
		source: {
			quote:
				'within the 44th session of the Council of Foreign Ministers of OIC passed on July 10-11, 2017 in Abidjan',
			paragraph: 21
		},
		attribution: 'speaker',
		difficulty: 3,
		related: ['cfm-44th-session', 'cfm-44th-session-city']
	},
	{
		id: 'cfm-44th-session-city',
		topic: 'meeting',
		statement:
			'According to the speech, the 44th session of the OIC Council of Foreign Ministers took place in the city of Abidjan.',
		question:
			'According to the speech, in which city did the 44th session of the OIC Council of Foreign Ministers take place?',
		answer: {
			kind: 'place',
			text: 'Abidjan',
			describes: 'the city where the 44th session of the OIC Council of Foreign Ministers was held'
		},
		category: 'city',
		nearMisses: ['Yamoussoukro', 'Dakar', 'Bamako', 'Tashkent'],
		aliases: [],
		source: {
			quote:
				'within the 44th session of the Council of Foreign Ministers of OIC passed on July 10-11, 2017 in Abidjan',
			paragraph: 21
		},
		attribution: 'speaker',
		difficulty: 2,
		related: ['cfm-44th-session', 'cfm-44th-session-dates', 'cote-divoire-hosted-cfm']
	},
	{
		id: 'protocol-mr-chairman',
		topic: 'protocol',
		statement:
			'According to the speech, the speaker first addresses the chair of the meeting as “Mr. Chairman”.',
		question:
			'According to the speech, with what form of address does the speaker open, addressing the chair of the meeting?',
		answer: {
			kind: 'phrase',
			text: 'Mr. Chairman',
			describes: 'the form of address that opens the speech, to the chair of the meeting'
		},
		category: 'salutation',
		nearMisses: ['Mr. President', 'Your Excellency', 'Distinguished Chair', 'Honorable Chair'],
		aliases: [],
		source: { quote: 'Mr. Chairman,', paragraph: 3 },
		attribution: 'text',
		difficulty: 1,
		related: ['protocol-mr-secretary-general', 'protocol-ladies-and-gentlemen']
	},
	{
		id: 'protocol-mr-secretary-general',
		topic: 'protocol',
		statement:
			'According to the speech, the speaker next addresses the head of the OIC Secretariat as “Mr. Secretary General”.',
		question:
			'According to the speech, which form of address follows the opening salutation to the chair?',
		answer: {
			kind: 'phrase',
			text: 'Mr. Secretary General',
			describes: 'the second form of address of the speech, to the head of the OIC Secretariat'
		},
		category: 'salutation',
		nearMisses: [
			'Mr. Director General',
			'Mr. Deputy Secretary General',
			'Your Excellency',
			'Excellencies'
		],
		aliases: ['Secretary General'],
		source: { quote: 'Mr. Secretary General,', paragraph: 4 },
		attribution: 'text',
		difficulty: 1,
		related: [
			'protocol-mr-chairman',
			'protocol-ladies-and-gentlemen',
			'thanks-chairman-and-secretary-general'
		]
	},
	{
		id: 'protocol-ladies-and-gentlemen',
		topic: 'protocol',
		statement: 'According to the speech, the opening salutations end with “Ladies and gentlemen”.',
		question:
			'According to the speech, which general form of address to the audience completes the opening salutations?',
		answer: {
			kind: 'phrase',
			text: 'Ladies and gentlemen',
			describes: 'the general form of address that completes the opening salutations'
		},
		category: 'salutation',
		nearMisses: [
			'Distinguished delegates',
			'Honored guests',
			'Esteemed participants',
			'Excellencies'
		],
		aliases: [],
		source: { quote: 'Ladies and gentlemen,', paragraph: 5 },
		attribution: 'text',
		difficulty: 1,
		related: ['protocol-mr-chairman', 'protocol-mr-secretary-general']
	},
	{
		id: 'protocol-dear-friends',
		topic: 'protocol',
		statement:
			'According to the speech, the speaker turns to the conflicts and humanitarian crises in OIC member states with the address “Dear Friends”.',
		question:
			'According to the speech, with which form of address does the speaker turn to the conflicts and humanitarian crises in OIC member states?',
		answer: {
			kind: 'phrase',
			text: 'Dear Friends',
			describes:
				'the form of address that opens the part of the speech on conflicts and humanitarian crises'
		},
		category: 'salutation',
		nearMisses: [
			'Dear Colleagues',
			'Dear Brothers and Sisters',
			'Distinguished Delegates',
			'Esteemed Friends'
		],
		aliases: [],
		source: { quote: 'Dear Friends,', paragraph: 9 },
		attribution: 'text',
		difficulty: 2,
		related: ['protocol-distinguished-colleagues', 'protocol-dear-friends-and-brothers']
	},
	{
		id: 'protocol-distinguished-colleagues',
		topic: 'protocol',
		statement:
			'According to the speech, the speaker turns to the conflict with Armenia with the address “Distinguished Colleagues and Dear Brothers”.',
		question:
			'According to the speech, with which form of address does the speaker turn to the conflict with Armenia?',
		answer: {
			kind: 'phrase',
			text: 'Distinguished Colleagues and Dear Brothers',
			describes:
				'the form of address that opens the part of the speech on the conflict with Armenia'
		},
		category: 'salutation',
		nearMisses: [
			'Distinguished Delegates and Dear Friends',
			'Esteemed Colleagues and Dear Sisters',
			'Honorable Ministers and Dear Brothers',
			'Distinguished Guests and Dear Colleagues'
		],
		aliases: [],
		source: { quote: 'Distinguished Colleagues and Dear Brothers,', paragraph: 14 },
		attribution: 'text',
		difficulty: 3,
		related: ['protocol-dear-friends', 'protocol-dear-friends-and-brothers']
	},
	{
		id: 'protocol-dear-friends-and-brothers',
		topic: 'protocol',
		statement:
			'According to the speech, the speaker turns to the events at Khojaly with the address “Dear friends and brothers”.',
		question:
			'According to the speech, with which form of address does the speaker turn to the events at Khojaly?',
		answer: {
			kind: 'phrase',
			text: 'Dear friends and brothers',
			describes: 'the form of address that opens the part of the speech on Khojaly'
		},
		category: 'salutation',
		nearMisses: [
			'Dear brothers and sisters',
			'Dear colleagues and friends',
			'Esteemed friends and partners',
			'Distinguished friends and guests'
		],
		aliases: [],
		source: { quote: 'Dear friends and brothers,', paragraph: 19 },
		attribution: 'text',
		difficulty: 2,
		related: ['protocol-dear-friends', 'protocol-distinguished-colleagues']
	},
	{
		id: 'protocol-mr-chairman-expo',
		topic: 'protocol',
		statement:
			'According to the speech, the speaker turns to the candidature of Azerbaijan for Expo 2025 with the address “Mr. Chairman”, as at the opening.',
		question:
			'According to the speech, with which form of address does the speaker turn to the candidature of Azerbaijan for Expo 2025?',
		answer: {
			kind: 'phrase',
			text: 'Mr. Chairman',
			describes: 'the form of address that opens the part of the speech on Expo 2025'
		},
		category: 'salutation',
		nearMisses: [
			'Mr. President',
			'Dear Colleagues',
			'Distinguished Delegates',
			'Your Excellencies'
		],
		aliases: [],
		source: { quote: 'Mr. Chairman,', paragraph: 22 },
		attribution: 'text',
		difficulty: 3,
		related: ['protocol-mr-chairman', 'expo-2025-solo-candidate']
	},
	{
		id: 'protocol-his-excellency',
		topic: 'protocol',
		statement:
			'According to the speech, the speaker refers to President Ilham Aliyev with the honorific “H.E.”, His Excellency.',
		question:
			'According to the speech, which honorific abbreviation does the speaker place before the name of the President of Azerbaijan?',
		answer: {
			kind: 'phrase',
			text: 'H.E.',
			describes: 'the honorific the speech gives the President of Azerbaijan'
		},
		category: 'honorific',
		nearMisses: ['H.M.', 'H.H.', 'H.R.H.', 'Hon.'],
		aliases: ['His Excellency'],
		source: {
			quote:
				'according to the order of President of the Republic of Azerbaijan H.E. Mr.Ilham Aliyev',
			paragraph: 11
		},
		attribution: 'text',
		difficulty: 2,
		related: ['year-of-islamic-solidarity-decree', 'rohingya-aid-order']
	},
	{
		id: 'protocol-closing-greeting',
		topic: 'protocol',
		statement:
			'According to the speech, the speaker closes with the Islamic greeting “Assalami alaikum wa rahmatullahi wa barakatuh!”',
		question:
			'According to the speech, with which Islamic greeting does the speaker close, after thanking the audience?',
		answer: {
			kind: 'phrase',
			text: 'Assalami alaikum wa rahmatullahi wa barakatuh',
			describes: 'the Islamic greeting that closes the speech'
		},
		category: 'greeting',
		nearMisses: [
			'Wa alaikum assalam wa rahmatullahi wa barakatuh',
			'Jazakumullahu khairan wa barakallahu fikum',
			'Fi amanillah wa hifzihi wa riayatihi',
			'Marhaban bikum wa ahlan wa sahlan'
		],
		aliases: [
			'Assalamu alaikum wa rahmatullahi wa barakatuh',
			'As-salamu alaykum wa rahmatullahi wa barakatuh'
		],
		source: { quote: 'Assalami alaikum wa rahmatullahi wa barakatuh!', paragraph: 25 },
		attribution: 'text',
		difficulty: 1,
		related: ['protocol-mr-chairman']
	},
	{
		id: 'islamic-solidarity-successful-year',
		topic: 'islamic-solidarity',
		statement:
			'According to the speech, 2017 was a successful year for Azerbaijan in reinforcing Islamic solidarity.',
		question:
			'According to the speech, how does the speaker describe the year 2017 for Azerbaijan in regard to reinforcing Islamic solidarity?',
		answer: {
			kind: 'phrase',
			text: 'a successful year',
			describes: 'how the speech describes 2017 for Azerbaijan in reinforcing Islamic solidarity'
		},
		category: 'description-of-the-year',
		nearMisses: ['a promising year', 'a transitional year', 'a historic year'],
		aliases: ['successful'],
		source: {
			quote:
				'This Year has been a successful year for us in regard of the reinforcing of the Islamic solidarity.',
			paragraph: 7
		},
		attribution: 'speaker',
		difficulty: 2,
		related: ['year-of-islamic-solidarity-year', 'year-of-islamic-solidarity-name']
	},
	{
		id: 'year-of-islamic-solidarity-year',
		topic: 'islamic-solidarity',
		statement:
			'According to the speech, 2017 was declared the Year of Islamic Solidarity in Azerbaijan by presidential decree.',
		question:
			'According to the speech, which year was declared the Year of Islamic Solidarity in Azerbaijan by presidential decree?',
		answer: {
			kind: 'date',
			text: '2017',
			start: '2017',
			precision: 'year',
			describes: 'the year declared the Year of Islamic Solidarity in Azerbaijan'
		},
		category: 'date',
		aliases: [],
		source: {
			quote:
				'2017 was declared as Year of Islamic Solidarity by the decree of the President of Azerbaijan H.E Mr. Ilham Aliyev.',
			paragraph: 7
		},
		attribution: 'speaker',
		difficulty: 1,
		related: [
			'year-of-islamic-solidarity-name',
			'year-of-islamic-solidarity-decree',
			'islamic-solidarity-successful-year'
		]
	},
	{
		id: 'year-of-islamic-solidarity-name',
		topic: 'islamic-solidarity',
		statement:
			'According to the speech, by presidential decree 2017 was declared the Year of Islamic Solidarity in Azerbaijan.',
		question:
			'According to the speech, what was 2017 declared to be in Azerbaijan by presidential decree?',
		answer: {
			kind: 'event',
			text: 'Year of Islamic Solidarity',
			describes:
				'what, according to the speech, 2017 was declared in Azerbaijan by presidential decree'
		},
		category: 'designation',
		nearMisses: [
			'Year of Islamic Cooperation',
			'Year of Islamic Unity',
			'Year of Intercultural Dialogue',
			'Year of Multiculturalism'
		],
		aliases: ['the Year of Islamic Solidarity', 'Islamic Solidarity'],
		source: {
			quote:
				'2017 was declared as Year of Islamic Solidarity by the decree of the President of Azerbaijan',
			paragraph: 7
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['year-of-islamic-solidarity-year', 'year-of-islamic-solidarity-decree']
	},
	{
		id: 'year-of-islamic-solidarity-decree',
		topic: 'islamic-solidarity',
		statement:
			'According to the speech, 2017 was declared the Year of Islamic Solidarity by the decree of the President of Azerbaijan, Ilham Aliyev.',
		question:
			'According to the speech, by the decree of which President of Azerbaijan was 2017 declared the Year of Islamic Solidarity?',
		answer: {
			kind: 'person',
			text: 'Ilham Aliyev',
			describes:
				'the President of Azerbaijan by whose decree 2017 was declared the Year of Islamic Solidarity'
		},
		category: 'head-of-state',
		aliases: ['Aliyev', 'President Ilham Aliyev', 'Ilham Aliev'],
		source: {
			quote: 'by the decree of the President of Azerbaijan H.E Mr. Ilham Aliyev',
			paragraph: 7
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['year-of-islamic-solidarity-year', 'rohingya-aid-order', 'protocol-his-excellency']
	},
	{
		id: 'baku-hosted-secretary-general',
		topic: 'islamic-solidarity',
		statement:
			'According to the speech, Azerbaijan was very glad to host the OIC Secretary General and other high representatives of member states in Baku.',
		question:
			'According to the speech, which OIC official, together with high representatives of member states, was Azerbaijan very glad to host at its 2017 events in Baku?',
		answer: {
			kind: 'title',
			text: 'OIC Secretary General',
			describes:
				'the OIC official Azerbaijan hosted at its 2017 events in Baku, according to the speech'
		},
		category: 'office',
		nearMisses: [
			'UN Secretary-General',
			'OIC Assistant Secretary General',
			'Arab League Secretary General',
			'President of the Islamic Development Bank'
		],
		aliases: ['Secretary General of the OIC', 'Secretary General'],
		source: {
			quote:
				'We were very glad to host OIC Secretary General and other high representatives of member states',
			paragraph: 7
		},
		attribution: 'speaker',
		difficulty: 2,
		related: [
			'world-forum-intercultural-dialogue',
			'islamic-solidarity-games',
			'baku-2017-events-city'
		]
	},
	{
		id: 'world-forum-intercultural-dialogue',
		topic: 'islamic-solidarity',
		statement:
			'According to the speech, Azerbaijan hosted the 4th World Forum on Intercultural Dialogue in Baku.',
		question:
			'According to the speech, which forum did Azerbaijan host in Baku in 2017, besides the games?',
		answer: {
			kind: 'event',
			text: '4th World Forum on Intercultural Dialogue',
			describes:
				'the forum on dialogue that, according to the speech, Azerbaijan hosted in Baku in 2017'
		},
		category: 'named-event',
		nearMisses: [
			'4th World Forum on Interfaith Dialogue',
			'4th Global Forum of the Alliance of Civilizations',
			'4th World Summit of Religious Leaders'
		],
		aliases: [
			'World Forum on Intercultural Dialogue',
			'Fourth World Forum on Intercultural Dialogue'
		],
		source: {
			quote:
				'in the 4th World Forum on Intercultural Dialogue and 4th Islamic Solidarity Games in Baku',
			paragraph: 7
		},
		attribution: 'speaker',
		difficulty: 3,
		related: ['islamic-solidarity-games', 'baku-2017-events-city', 'baku-hosted-secretary-general']
	},
	{
		id: 'islamic-solidarity-games',
		topic: 'islamic-solidarity',
		statement:
			'According to the speech, Azerbaijan hosted the 4th Islamic Solidarity Games in Baku.',
		question:
			'According to the speech, which multi-sport games of the Muslim world did Azerbaijan host in Baku in 2017?',
		answer: {
			kind: 'event',
			text: '4th Islamic Solidarity Games',
			describes: 'the games that, according to the speech, Azerbaijan hosted in Baku in 2017'
		},
		category: 'named-event',
		nearMisses: ['4th Islamic Unity Games', "4th Islamic Women's Games", '4th Muslim World Games'],
		aliases: ['Islamic Solidarity Games', 'Fourth Islamic Solidarity Games', 'Baku 2017'],
		source: {
			quote:
				'in the 4th World Forum on Intercultural Dialogue and 4th Islamic Solidarity Games in Baku',
			paragraph: 7
		},
		attribution: 'speaker',
		difficulty: 1,
		related: [
			'world-forum-intercultural-dialogue',
			'baku-2017-events-city',
			'baku-hosted-secretary-general'
		]
	},
	{
		id: 'baku-2017-events-city',
		topic: 'islamic-solidarity',
		statement:
			'According to the speech, the 4th World Forum on Intercultural Dialogue and the 4th Islamic Solidarity Games took place in Baku.',
		question:
			'According to the speech, in which city did the 4th World Forum on Intercultural Dialogue and the 4th Islamic Solidarity Games take place?',
		answer: {
			kind: 'place',
			text: 'Baku',
			describes:
				'the city where, according to the speech, the 4th World Forum on Intercultural Dialogue and the 4th Islamic Solidarity Games took place'
		},
		category: 'city',
		nearMisses: ['Ganja', 'Sumgait', 'Shaki', 'Tbilisi'],
		aliases: ['Bakı'],
		source: {
			quote:
				'in the 4th World Forum on Intercultural Dialogue and 4th Islamic Solidarity Games in Baku',
			paragraph: 7
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['world-forum-intercultural-dialogue', 'islamic-solidarity-games']
	},
	{
		id: 'unity-amity-fraternity',
		topic: 'islamic-solidarity',
		statement:
			'According to the speech, Azerbaijan hoped its efforts would help reinforce the bonds of unity, amity and fraternity between Muslims.',
		question:
			'According to the speech, the bonds of which three qualities between Muslims did Azerbaijan hope its efforts would help reinforce?',
		answer: {
			kind: 'phrase',
			text: 'unity, amity and fraternity',
			describes:
				'the bonds between Muslims that, according to the speech, Azerbaijan hoped its efforts would reinforce'
		},
		category: 'bonds',
		nearMisses: [
			'faith, unity and discipline',
			'friendship, trust and cooperation',
			'solidarity, tolerance and mutual respect',
			'peace, dialogue and understanding'
		],
		aliases: ['unity amity fraternity'],
		source: {
			quote:
				'We were honored and hoping that all our efforts will help to reinforce the bonds of unity, amity and fraternity between Muslims.',
			paragraph: 8
		},
		attribution: 'speaker',
		difficulty: 3,
		related: ['islamic-solidarity-successful-year']
	},
	{
		id: 'islamophobia-joint-actions',
		topic: 'islamic-solidarity',
		statement:
			'According to the speech, the misunderstanding of Islam in some parts of the world confirms the vital necessity to strengthen joint actions to counter Islamophobia.',
		question:
			'According to the speech, the misunderstanding of Islam in some parts of the world confirms the vital necessity to strengthen joint actions to counter what?',
		answer: {
			kind: 'phrase',
			text: 'Islamophobia',
			describes: 'what, according to the speech, joint actions must be strengthened to counter'
		},
		category: 'threat',
		nearMisses: ['extremism', 'terrorism', 'xenophobia', 'radicalization'],
		aliases: [],
		source: {
			quote:
				'The current situation regarding misunderstanding of Islam in some parts of World confirms vital necessity to strengthen our joint actions to counter Islamophobia.',
			paragraph: 11
		},
		attribution: 'speaker',
		difficulty: 1,
		related: []
	},
	{
		id: 'conflicts-deep-concern',
		topic: 'humanitarian',
		statement:
			'According to the speech, Azerbaijan is deeply concerned over wars and armed conflicts in a number of the OIC Member States.',
		question:
			'According to the speech, what is Azerbaijan’s attitude to the wars and armed conflicts in a number of the OIC Member States?',
		answer: {
			kind: 'stance',
			text: 'deeply concerned',
			describes:
				'the attitude of Azerbaijan, according to the speech, to wars and armed conflicts in OIC member states'
		},
		category: 'attitude',
		nearMisses: ['deeply saddened', 'increasingly frustrated', 'profoundly indignant'],
		aliases: ['concerned'],
		source: {
			quote:
				'Azerbaijan is deeply concerned over wars and armed conflicts in a number of the OIC Member States',
			paragraph: 10
		},
		attribution: 'speaker',
		difficulty: 1,
		related: [
			'conflicts-security-challenges',
			'conflicts-political-instability',
			'conflicts-displacement',
			'conflicts-humanitarian-crisis'
		]
	},
	{
		id: 'conflicts-security-challenges',
		topic: 'humanitarian',
		statement:
			'According to the speech, the wars and armed conflicts in OIC member states have contributed to greater security challenges.',
		question:
			'According to the speech, what kind of security consequences have the wars and armed conflicts in OIC member states contributed to?',
		answer: {
			kind: 'phrase',
			text: 'greater security challenges',
			describes:
				'a consequence, according to the speech, of wars and armed conflicts in OIC member states'
		},
		category: 'consequence',
		nearMisses: [
			'growing terrorist threats',
			'heightened border tensions',
			'greater arms proliferation',
			'increased military spending'
		],
		aliases: [],
		source: {
			quote:
				'which have contributed to greater security challenges, political instability in some regions, large-scale displacement and unprecedented humanitarian crisis',
			paragraph: 10
		},
		attribution: 'speaker',
		difficulty: 3,
		related: [
			'conflicts-deep-concern',
			'conflicts-political-instability',
			'conflicts-displacement',
			'conflicts-humanitarian-crisis'
		]
	},
	{
		id: 'conflicts-political-instability',
		topic: 'humanitarian',
		statement:
			'According to the speech, the wars and armed conflicts in OIC member states have contributed to political instability in some regions.',
		question:
			'According to the speech, besides security challenges, what have the wars and armed conflicts in OIC member states contributed to in some regions?',
		answer: {
			kind: 'phrase',
			text: 'political instability',
			describes:
				'a consequence in some regions, according to the speech, of wars and armed conflicts in OIC member states'
		},
		category: 'consequence',
		nearMisses: ['economic instability', 'social unrest', 'economic stagnation'],
		aliases: ['political instability in some regions'],
		source: {
			quote:
				'which have contributed to greater security challenges, political instability in some regions, large-scale displacement and unprecedented humanitarian crisis',
			paragraph: 10
		},
		attribution: 'speaker',
		difficulty: 3,
		related: [
			'conflicts-deep-concern',
			'conflicts-security-challenges',
			'conflicts-displacement',
			'conflicts-humanitarian-crisis'
		]
	},
	{
		id: 'conflicts-displacement',
		topic: 'humanitarian',
		statement:
			'According to the speech, the wars and armed conflicts in OIC member states have contributed to large-scale displacement.',
		question:
			'According to the speech, what movement of people have the wars and armed conflicts in OIC member states contributed to?',
		answer: {
			kind: 'phrase',
			text: 'large-scale displacement',
			describes:
				'a consequence, according to the speech, of wars and armed conflicts in OIC member states'
		},
		category: 'consequence',
		nearMisses: ['large-scale resettlement', 'mass repatriation', 'a brain drain'],
		aliases: ['displacement'],
		source: {
			quote:
				'which have contributed to greater security challenges, political instability in some regions, large-scale displacement and unprecedented humanitarian crisis',
			paragraph: 10
		},
		attribution: 'speaker',
		difficulty: 3,
		related: [
			'conflicts-deep-concern',
			'conflicts-security-challenges',
			'conflicts-political-instability',
			'conflicts-humanitarian-crisis'
		]
	},
	{
		id: 'conflicts-humanitarian-crisis',
		topic: 'humanitarian',
		statement:
			'According to the speech, the wars and armed conflicts in OIC member states have contributed to an unprecedented humanitarian crisis.',
		question:
			'According to the speech, what kind of crisis have the wars and armed conflicts in OIC member states contributed to?',
		answer: {
			kind: 'phrase',
			text: 'unprecedented humanitarian crisis',
			describes:
				'a consequence, according to the speech, of wars and armed conflicts in OIC member states'
		},
		category: 'consequence',
		nearMisses: [
			'unprecedented economic crisis',
			'unprecedented food crisis',
			'unprecedented energy crisis',
			'unprecedented financial crisis'
		],
		aliases: ['humanitarian crisis'],
		source: {
			quote:
				'which have contributed to greater security challenges, political instability in some regions, large-scale displacement and unprecedented humanitarian crisis',
			paragraph: 10
		},
		attribution: 'speaker',
		difficulty: 2,
		related: [
			'conflicts-deep-concern',
			'conflicts-security-challenges',
			'conflicts-political-instability',
			'conflicts-displacement'
		]
	},
	{
		id: 'rohingya-aid-tons',
		topic: 'humanitarian',
		statement:
			'According to the speech, Azerbaijan sent 100 tons of humanitarian aid to help the Rohingya Muslims of Myanmar.',
		question:
			'According to the speech, how many tons of humanitarian aid did Azerbaijan send to help the Rohingya Muslims of Myanmar?',
		answer: {
			kind: 'number',
			text: '100 tons',
			value: 100,
			unit: 'tons',
			counts:
				'humanitarian aid Azerbaijan sent to the Rohingya Muslims of Myanmar, according to the speech'
		},
		category: 'quantity',
		aliases: [],
		source: {
			quote: '100 tons of humanitarian aid has been sent to help Rohingya Muslims of Myanmar',
			paragraph: 11
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['rohingya-aid-recipients', 'rohingya-aid-order', 'rohingya-mass-violence']
	},
	{
		id: 'rohingya-aid-recipients',
		topic: 'humanitarian',
		statement:
			'According to the speech, Azerbaijan sent humanitarian aid to help the Rohingya Muslims of Myanmar.',
		question:
			'According to the speech, which Muslim people of Myanmar did Azerbaijan send 100 tons of humanitarian aid to help?',
		answer: {
			kind: 'phrase',
			text: 'Rohingya Muslims',
			describes:
				'the people of Myanmar whom, according to the speech, Azerbaijan sent humanitarian aid to help'
		},
		category: 'people',
		nearMisses: ['Kaman Muslims', 'Panthay Muslims'],
		aliases: ['Rohingya', 'Rohingyas'],
		source: {
			quote: '100 tons of humanitarian aid has been sent to help Rohingya Muslims of Myanmar',
			paragraph: 11
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['rohingya-aid-tons', 'rohingya-mass-violence']
	},
	{
		id: 'rohingya-aid-order',
		topic: 'humanitarian',
		statement:
			'According to the speech, the humanitarian aid for the Rohingya Muslims was sent on the order of the President of Azerbaijan, Ilham Aliyev.',
		question:
			'According to the speech, on the order of which President of Azerbaijan was humanitarian aid sent to the Rohingya Muslims of Myanmar?',
		answer: {
			kind: 'person',
			text: 'Ilham Aliyev',
			describes:
				'the President of Azerbaijan on whose order, according to the speech, aid was sent to the Rohingya Muslims'
		},
		category: 'head-of-state',
		aliases: ['Aliyev', 'President Ilham Aliyev', 'Ilham Aliev'],
		source: {
			quote:
				'according to the order of President of the Republic of Azerbaijan H.E. Mr.Ilham Aliyev 100 tons of humanitarian aid has been sent',
			paragraph: 11
		},
		attribution: 'speaker',
		difficulty: 2,
		related: ['rohingya-aid-tons', 'year-of-islamic-solidarity-decree', 'protocol-his-excellency']
	},
	{
		id: 'rohingya-mass-violence',
		topic: 'humanitarian',
		statement:
			'According to the speech, the Rohingya Muslims of Myanmar are suffering as a result of ongoing mass violence.',
		question:
			'According to the speech, as a result of what are the Rohingya Muslims of Myanmar suffering?',
		answer: {
			kind: 'phrase',
			text: 'ongoing mass violence',
			describes: 'what, according to the speech, the Rohingya Muslims of Myanmar are suffering from'
		},
		category: 'suffering',
		nearMisses: [
			'ongoing food shortages',
			'ongoing political isolation',
			'ongoing economic hardship'
		],
		aliases: ['mass violence'],
		source: {
			quote: 'Rohingya Muslims of Myanmar who are suffering at the result of ongoing mass violence',
			paragraph: 11
		},
		attribution: 'speaker',
		difficulty: 2,
		related: ['rohingya-aid-recipients', 'rohingya-aid-tons']
	},
	{
		id: 'palestine-growing-support',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, Azerbaijan is pleased to see the growing international support for the State of Palestine.',
		question:
			'According to the speech, what is Azerbaijan pleased to see for the State of Palestine?',
		answer: {
			kind: 'phrase',
			text: 'growing international support',
			describes:
				'what, according to the speech, Azerbaijan is pleased to see for the State of Palestine'
		},
		category: 'international-standing',
		nearMisses: [
			'growing regional support',
			'growing financial support',
			'renewed diplomatic engagement',
			'growing media attention'
		],
		aliases: ['international support'],
		source: {
			quote: 'We are pleased to see the growing international support for the State of Palestine.',
			paragraph: 12
		},
		attribution: 'speaker',
		difficulty: 2,
		related: ['palestine-full-support', 'two-state-solution']
	},
	{
		id: 'palestine-full-support',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, Azerbaijan reaffirms its full support to the brotherly people of Palestine.',
		question:
			'According to the speech, what does Azerbaijan reaffirm to the brotherly people of Palestine?',
		answer: {
			kind: 'stance',
			text: 'full support',
			describes: 'what, according to the speech, Azerbaijan reaffirms to the people of Palestine'
		},
		category: 'support',
		nearMisses: [
			'financial assistance',
			'humanitarian assistance',
			'development assistance',
			'conditional support'
		],
		aliases: ['support'],
		source: {
			quote:
				'I would like to reaffirm Azerbaijan’s full support to the brotherly people of Palestine',
			paragraph: 12
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['palestine-growing-support', 'palestine-struggle-aims', 'two-state-solution']
	},
	{
		id: 'palestine-struggle-aims',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, the people of Palestine are struggling to achieve peace, stability and sustainable development.',
		question:
			'According to the speech, what are the brotherly people of Palestine struggling to achieve?',
		answer: {
			kind: 'phrase',
			text: 'peace, stability and sustainable development',
			describes: 'what, according to the speech, the people of Palestine are struggling to achieve'
		},
		category: 'aims',
		nearMisses: [
			'justice, dignity and self-determination',
			'freedom, prosperity and reconciliation',
			'security, prosperity and independence'
		],
		aliases: ['peace stability sustainable development'],
		source: {
			quote: 'in their struggle for achieving peace, stability and sustainable development',
			paragraph: 12
		},
		attribution: 'speaker',
		difficulty: 3,
		related: ['palestine-full-support']
	},
	{
		id: 'two-state-solution',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, Azerbaijan consistently stands for the two-state solution of the Israeli-Palestinian conflict.',
		question:
			'According to the speech, which solution of the Israeli-Palestinian conflict does Azerbaijan consistently stand for?',
		answer: {
			kind: 'stance',
			text: 'two-state solution',
			describes:
				'the solution of the Israeli-Palestinian conflict that, according to the speech, Azerbaijan stands for'
		},
		category: 'settlement-formula',
		nearMisses: [
			'one-state solution',
			'confederal solution',
			'federal solution',
			'three-state solution'
		],
		aliases: ['two states'],
		source: {
			quote:
				'Azerbaijan consistently stands for the two-state solution of the Israeli-Palestinian conflict',
			paragraph: 12
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['east-jerusalem-capital', 'palestine-full-support']
	},
	{
		id: 'east-jerusalem-capital',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, Azerbaijan stands for a two-state solution with East Jerusalem as the capital of the State of Palestine.',
		question:
			'According to the speech, what should be the capital of the State of Palestine in the solution Azerbaijan stands for?',
		answer: {
			kind: 'place',
			text: 'East Jerusalem',
			describes:
				'the capital of the State of Palestine in the two-state solution the speech supports'
		},
		category: 'city',
		nearMisses: ['Ramallah', 'Gaza City', 'Jericho'],
		// The formula is so well known that any other capital is false at a glance.
		trueFalse: false,
		aliases: ['East Al-Quds'],
		source: {
			quote: 'with East Jerusalem as the capital of the State of Palestine',
			paragraph: 12
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['two-state-solution', 'jerusalem-conference-name']
	},
	{
		id: 'jerusalem-conference-name',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, Azerbaijan hosted the International Conference on the Question of Jerusalem in Baku.',
		question:
			'According to the speech, which international conference did Azerbaijan host in Baku on 20–21 July 2017?',
		answer: {
			kind: 'event',
			text: 'International Conference on the Question of Jerusalem',
			describes:
				'the conference Azerbaijan hosted in Baku on 20–21 July 2017, according to the speech'
		},
		category: 'conference',
		nearMisses: [
			'International Conference on the Question of Palestine',
			'International Conference on the Al-Aqsa Mosque',
			'International Conference on Palestine Refugees',
			'International Conference on the Holy Places of Islam'
		],
		aliases: ['International Conference on the Question of Yerusalem'],
		source: {
			quote:
				'20-21 July 2017 we hosted International Conference on the Question of Yerusalem in Baku',
			paragraph: 13
		},
		attribution: 'speaker',
		difficulty: 1,
		related: [
			'jerusalem-conference-dates',
			'jerusalem-conference-city',
			'jerusalem-conference-committee',
			'jerusalem-conference-ocha',
			'jerusalem-conference-oic',
			'jerusalem-conference-ngos',
			'jerusalem-conference-communique'
		]
	},
	{
		id: 'jerusalem-conference-dates',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, the International Conference on the Question of Jerusalem took place in Baku on 20–21 July 2017.',
		question:
			'According to the speech, on what dates did the International Conference on the Question of Jerusalem take place in Baku?',
		answer: {
			kind: 'date',
			text: '20–21 July 2017',
			start: '2017-07-20',
			end: '2017-07-21',
			precision: 'day',
			describes: 'the dates of the International Conference on the Question of Jerusalem in Baku'
		},
		category: 'date',
		aliases: [],
		source: {
			quote:
				'20-21 July 2017 we hosted International Conference on the Question of Yerusalem in Baku',
			paragraph: 13
		},
		attribution: 'speaker',
		difficulty: 3,
		related: ['jerusalem-conference-name', 'jerusalem-conference-city']
	},
	{
		id: 'jerusalem-conference-city',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, the International Conference on the Question of Jerusalem was held in Baku.',
		question:
			'According to the speech, in which city did Azerbaijan host the International Conference on the Question of Jerusalem?',
		answer: {
			kind: 'place',
			text: 'Baku',
			describes:
				'the city where, according to the speech, the International Conference on the Question of Jerusalem was held'
		},
		category: 'city',
		nearMisses: ['Ganja', 'Istanbul', 'Amman', 'Abidjan'],
		aliases: ['Bakı'],
		source: {
			quote: 'we hosted International Conference on the Question of Yerusalem in Baku',
			paragraph: 13
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['jerusalem-conference-name', 'jerusalem-conference-dates']
	},
	{
		id: 'jerusalem-conference-committee',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, the Committee on the Exercise of the Inalienable Rights of the Palestinian People took part in the International Conference on the Question of Jerusalem.',
		question:
			'According to the speech, which UN committee, besides a UN office, took part in the International Conference on the Question of Jerusalem in Baku?',
		answer: {
			kind: 'organisation',
			text: 'Committee on the Exercise of the Inalienable Rights of the Palestinian People',
			describes:
				'a UN committee that, according to the speech, took part in the Baku conference on Jerusalem'
		},
		category: 'un-body',
		nearMisses: [
			'Special Committee to Investigate Israeli Practices Affecting the Human Rights of the Palestinian People',
			'Committee on the Elimination of Racial Discrimination',
			'Special Political and Decolonization Committee'
		],
		aliases: [
			'Committee on the Exercise of the Inalienable Rights of the Palestine People',
			'CEIRPP'
		],
		source: {
			quote:
				'with the participation of Committee on the Exercise of the Inalienable Rights of the Palestine People',
			paragraph: 13
		},
		attribution: 'speaker',
		difficulty: 3,
		related: [
			'jerusalem-conference-name',
			'jerusalem-conference-ocha',
			'jerusalem-conference-oic',
			'jerusalem-conference-ngos'
		]
	},
	{
		id: 'jerusalem-conference-ocha',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, the United Nations Office for the Coordination of Humanitarian Affairs took part in the International Conference on the Question of Jerusalem.',
		question:
			'According to the speech, which UN office, besides a UN committee, took part in the International Conference on the Question of Jerusalem in Baku?',
		answer: {
			kind: 'organisation',
			text: 'United Nations Office for the Coordination of Humanitarian Affairs',
			describes:
				'a UN office that, according to the speech, took part in the Baku conference on Jerusalem'
		},
		category: 'un-body',
		nearMisses: [
			'United Nations Relief and Works Agency',
			'Office of the United Nations High Commissioner for Refugees',
			'United Nations Office for Disaster Risk Reduction',
			'Office of the United Nations Special Coordinator for the Middle East Peace Process'
		],
		aliases: ['OCHA', 'UN OCHA', 'UN Office for the Coordination of Humanitarian Affairs'],
		source: {
			quote: 'United Nations Office for the Coordination of Humanitarian Affairs',
			paragraph: 13
		},
		attribution: 'speaker',
		difficulty: 3,
		related: [
			'jerusalem-conference-name',
			'jerusalem-conference-committee',
			'jerusalem-conference-oic',
			'jerusalem-conference-ngos'
		]
	},
	{
		id: 'jerusalem-conference-oic',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, the Organization of Islamic Cooperation took part in the International Conference on the Question of Jerusalem.',
		question:
			'According to the speech, which intergovernmental organisation of Muslim states, besides two UN bodies, took part in the International Conference on the Question of Jerusalem in Baku?',
		answer: {
			kind: 'organisation',
			text: 'Organization of Islamic Cooperation',
			describes:
				'the intergovernmental organisation that, according to the speech, took part in the Baku conference on Jerusalem'
		},
		category: 'international-body',
		nearMisses: [
			'League of Arab States',
			'Islamic Development Bank',
			'Economic Cooperation Organization',
			'Islamic Educational, Scientific and Cultural Organization'
		],
		aliases: ['OIC', 'Organisation of Islamic Cooperation'],
		source: {
			quote:
				'United Nations Office for the Coordination of Humanitarian Affairs, the Organization of Islamic Cooperation and representatives of other non-governmental and civil society organizations',
			paragraph: 13
		},
		attribution: 'speaker',
		difficulty: 2,
		related: [
			'jerusalem-conference-name',
			'jerusalem-conference-committee',
			'jerusalem-conference-ocha',
			'jerusalem-conference-ngos'
		]
	},
	{
		id: 'jerusalem-conference-ngos',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, representatives of non-governmental and civil society organizations took part in the International Conference on the Question of Jerusalem.',
		question:
			'According to the speech, besides UN bodies and the OIC, representatives of which other kinds of organizations took part in the International Conference on the Question of Jerusalem?',
		answer: {
			kind: 'organisation',
			text: 'non-governmental and civil society organizations',
			describes:
				'the other participants, according to the speech, of the Baku conference on Jerusalem'
		},
		category: 'civil-society',
		nearMisses: [
			'academic and research institutions',
			'business and trade associations',
			'national parliaments'
		],
		aliases: ['NGOs', 'civil society organizations', 'non-governmental organizations'],
		source: {
			quote: 'representatives of other non-governmental and civil society organizations',
			paragraph: 13
		},
		attribution: 'speaker',
		difficulty: 3,
		related: [
			'jerusalem-conference-name',
			'jerusalem-conference-committee',
			'jerusalem-conference-ocha',
			'jerusalem-conference-oic'
		]
	},
	{
		id: 'jerusalem-conference-communique',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, the International Conference on the Question of Jerusalem concluded with a communiqué on behalf of its organizers.',
		question:
			'According to the speech, with what document issued on behalf of its organizers did the International Conference on the Question of Jerusalem conclude?',
		answer: {
			kind: 'phrase',
			text: 'communiqué',
			describes:
				'the document with which, according to the speech, the Baku conference on Jerusalem concluded'
		},
		category: 'document',
		nearMisses: ['declaration', 'resolution', 'memorandum', 'plan of action'],
		aliases: ['final communiqué', 'joint communiqué'],
		source: {
			quote:
				'which has been concluded with the introduction of a communiqué on behalf of its organizers',
			paragraph: 13
		},
		attribution: 'speaker',
		difficulty: 2,
		related: [
			'jerusalem-conference-name',
			'communique-al-aqsa-closure',
			'communique-restrictions-on-worshippers'
		]
	},
	{
		id: 'communique-al-aqsa-closure',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, the communiqué of the Baku conference condemned the recent closure of the Al-Aqsa Mosque.',
		question:
			'According to the speech, the recent closure of which holy site in Jerusalem did the communiqué of the Baku conference condemn?',
		answer: {
			kind: 'place',
			text: 'Al-Aqsa Mosque',
			describes:
				'the holy site whose recent closure, according to the speech, the communiqué of the Baku conference condemned'
		},
		category: 'holy-site',
		nearMisses: ['Ibrahimi Mosque', 'Church of the Holy Sepulchre'],
		aliases: ['Al-Aqsa', 'Masjid al-Aqsa'],
		source: {
			quote:
				'condemning the recent closure of the Al-Aqsa Mosque and restrictions on worshippers therein',
			paragraph: 13
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['jerusalem-conference-communique', 'communique-restrictions-on-worshippers']
	},
	{
		id: 'communique-restrictions-on-worshippers',
		topic: 'palestine-jerusalem',
		statement:
			'According to the speech, the communiqué of the Baku conference also condemned restrictions on worshippers at the Al-Aqsa Mosque.',
		question:
			'According to the speech, besides the recent closure of the Al-Aqsa Mosque, what did the communiqué of the Baku conference condemn?',
		answer: {
			kind: 'phrase',
			text: 'restrictions on worshippers',
			describes:
				'what the communiqué of the Baku conference condemned besides the closure of the Al-Aqsa Mosque'
		},
		category: 'measure',
		nearMisses: [
			'restrictions on journalists',
			'restrictions on tourists',
			'restrictions on maintenance work',
			'restrictions on students'
		],
		aliases: [],
		source: {
			quote:
				'condemning the recent closure of the Al-Aqsa Mosque and restrictions on worshippers therein',
			paragraph: 13
		},
		attribution: 'speaker',
		difficulty: 3,
		related: ['jerusalem-conference-communique', 'communique-al-aqsa-closure']
	},
	{
		id: 'conflict-gratitude-just-position',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, Azerbaijan expresses profound gratitude to the OIC and its member states for their full support to its just position on the conflict with Armenia.',
		question:
			"According to the speech, how does the speaker describe Azerbaijan's position on the conflict with Armenia?",
		answer: {
			kind: 'phrase',
			text: 'just position',
			describes: "how the speech describes Azerbaijan's position on the conflict with Armenia"
		},
		category: 'quality-of-a-position',
		nearMisses: ['consistent position', 'defensive position', 'official position'],
		aliases: ['just'],
		source: {
			quote:
				'I would like to express profound gratitude to our noble Organization and its member states for full support to the just position of my country',
			paragraph: 15
		},
		attribution: 'speaker',
		difficulty: 3,
		related: ['conflict-aggression-term', 'never-reconcile-with-occupation']
	},
	{
		id: 'conflict-gratitude-on-behalf',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the speaker thanks the OIC and its member states for their support on the conflict on behalf of his Government and people of Azerbaijan.',
		question:
			'According to the speech, on whose behalf does the speaker thank the OIC and its member states for their full support on the conflict?',
		answer: {
			kind: 'phrase',
			text: 'his Government and people of Azerbaijan',
			describes:
				'on whose behalf, according to the speech, the OIC and its member states are thanked for their support on the conflict'
		},
		category: 'on-whose-behalf',
		nearMisses: [
			'his President and Parliament of Azerbaijan',
			'his ministry and the diplomats of Azerbaijan',
			'his party and the voters of Azerbaijan'
		],
		aliases: [
			'my Government and people of Azerbaijan',
			'Government and people of Azerbaijan',
			'the Government and people of Azerbaijan'
		],
		source: {
			quote: 'On behalf of my Government and people of Azerbaijan',
			paragraph: 15
		},
		attribution: 'text',
		difficulty: 3,
		related: ['conflict-gratitude-just-position']
	},
	{
		id: 'conflict-aggression-term',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the conflict is the aggression of the Republic of Armenia against the Republic of Azerbaijan.',
		question:
			'According to the speech, with what word does the speaker name what the Republic of Armenia has done to the Republic of Azerbaijan?',
		answer: {
			kind: 'phrase',
			text: 'aggression',
			describes:
				'the word the speech uses for the actions of the Republic of Armenia against the Republic of Azerbaijan'
		},
		category: 'term-for-the-conflict',
		nearMisses: ['provocation', 'intervention', 'expansionism'],
		aliases: [],
		source: {
			quote:
				'with regard to the aggression of the Republic of Armenia against Republic of Azerbaijan',
			paragraph: 15
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 1,
		related: [
			'occupied-lands-percent',
			'ethnic-cleansing-azerbaijanis',
			'resolution-armenia-aggression'
		]
	},
	{
		id: 'occupied-lands-percent',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the conflict resulted in 20% of Azerbaijani lands being under occupation.',
		question:
			'According to the speech, what share of Azerbaijani lands is under occupation as a result of the conflict with Armenia?',
		answer: {
			kind: 'number',
			text: '20%',
			value: 20,
			unit: 'percent',
			counts: "the share of Azerbaijan's lands the speech says are under occupation"
		},
		category: 'share',
		aliases: [],
		source: {
			quote: 'which resulted with 20% of Azerbaijani lands under occupation',
			paragraph: 15
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 1,
		related: [
			'ethnic-cleansing-azerbaijanis',
			'conflict-aggression-term',
			'never-reconcile-with-occupation'
		]
	},
	{
		id: 'ethnic-cleansing-azerbaijanis',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the conflict resulted in the ethnic cleansing of 1 million Azerbaijanis from the places of their origin.',
		question:
			'According to the speech, how many Azerbaijanis were subjected to ethnic cleansing from the places of their origin?',
		answer: {
			kind: 'number',
			text: '1 million',
			value: 1000000,
			unit: 'people',
			counts:
				'Azerbaijanis the speech says were ethnically cleansed from the places of their origin',
			approximate: true
		},
		category: 'people-count',
		aliases: [],
		source: {
			quote:
				'with notorious ethnic cleansing of 1 million Azerbaijanis from the places of their origin',
			paragraph: 15
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 1,
		related: ['occupied-lands-percent', 'conflict-aggression-term']
	},
	{
		id: 'never-reconcile-with-occupation',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the Republic of Azerbaijan shall never reconcile with the occupation of its territories.',
		question:
			'According to the speech, what does the Republic of Azerbaijan once again underline that it shall do with regard to its territories?',
		answer: {
			kind: 'stance',
			text: 'never reconcile with the occupation of its territories',
			describes:
				'the position on its territories that, according to the speech, Azerbaijan once again underlines'
		},
		category: 'resolve',
		nearMisses: [
			'seek international arbitration over its territories',
			'accept a temporary status for its territories',
			'never negotiate over its territories',
			'refer the status of its territories to the UN Security Council'
		],
		aliases: ['never reconcile'],
		source: {
			quote:
				'The Republic of Azerbaijan once again underlines that it shall never reconcile with the occupation of its territories.',
			paragraph: 16
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['conflict-resolution-basis', 'occupied-lands-percent']
	},
	{
		id: 'conflict-resolution-basis',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the resolution of the conflict is possible only on the basis of the sovereignty and territorial integrity of Azerbaijan within its internationally recognized borders.',
		question:
			'According to the speech, on what basis only is the resolution of the conflict with Armenia possible?',
		answer: {
			kind: 'stance',
			text: 'the sovereignty and territorial integrity of Azerbaijan within its internationally recognized borders',
			describes: 'the only basis on which, according to the speech, the conflict can be resolved'
		},
		category: 'basis-for-settlement',
		nearMisses: [
			'the mediation of the OSCE Minsk Group and the four resolutions of the UN Security Council',
			'a referendum of the population of the region under international supervision',
			'mutual compromise between the two parties within a step-by-step approach'
		],
		aliases: [
			'sovereignty and territorial integrity of Azerbaijan',
			'sovereignty and territorial integrity'
		],
		source: {
			quote:
				'The resolution of the conflict is possible only on the basis of the sovereignty and territorial integrity of Azerbaijan within its internationally recognized borders.',
			paragraph: 16
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['never-reconcile-with-occupation']
	},
	{
		id: 'contact-group-meeting',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, Azerbaijan welcomes the report of the meeting of the OIC Contact Group on the aggression of the Republic of Armenia against Republic of Azerbaijan.',
		question:
			'According to the speech, the report of the meeting of which OIC body on the conflict between Armenia and Azerbaijan does Azerbaijan welcome?',
		answer: {
			kind: 'organisation',
			text: 'OIC Contact Group',
			describes:
				'the OIC body on the conflict whose meeting report, according to the speech, Azerbaijan welcomes'
		},
		category: 'oic-body',
		nearMisses: [
			'OIC Executive Committee',
			'OIC Working Group',
			'OIC Steering Committee',
			'OIC Independent Permanent Human Rights Commission'
		],
		aliases: [
			'Contact Group',
			'OIC Contact Group on the aggression of the Republic of Armenia against Republic of Azerbaijan'
		],
		source: {
			quote:
				'we also welcome the report of the meeting of the OIC Contact Group on the aggression of the Republic of Armenia against Republic of Azerbaijan',
			paragraph: 17
		},
		attribution: 'speaker',
		difficulty: 2,
		related: ['contact-group-meeting-date', 'contact-group-meeting-venue']
	},
	{
		id: 'contact-group-meeting-date',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the OIC Contact Group on the conflict met at the UN headquarters on 19 September 2017.',
		question:
			'According to the speech, on what date did the OIC Contact Group on the conflict meet at the UN headquarters?',
		answer: {
			kind: 'date',
			text: '19 September 2017',
			start: '2017-09-19',
			precision: 'day',
			describes:
				'the date of the meeting of the OIC Contact Group on the conflict at the UN headquarters'
		},
		category: 'date',
		aliases: [],
		source: {
			quote: 'which was held here in the UN headquarters on September 19, 2017',
			paragraph: 17
		},
		attribution: 'speaker',
		difficulty: 3,
		related: ['contact-group-meeting', 'contact-group-meeting-venue', 'occasion-date']
	},
	{
		id: 'contact-group-meeting-venue',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the meeting of the OIC Contact Group on 19 September 2017 was held at the UN headquarters.',
		question:
			'According to the speech, where was the meeting of the OIC Contact Group on the conflict held on 19 September 2017?',
		answer: {
			kind: 'place',
			text: 'UN headquarters',
			describes:
				'where, according to the speech, the OIC Contact Group on the conflict met on 19 September 2017'
		},
		category: 'building',
		nearMisses: [
			'OIC headquarters',
			'OIC Permanent Observer Mission',
			'Permanent Mission of Azerbaijan',
			'UN Office at Geneva'
		],
		aliases: ['United Nations Headquarters', 'UN HQ'],
		source: {
			quote: 'which was held here in the UN headquarters on September 19, 2017',
			paragraph: 17
		},
		attribution: 'speaker',
		difficulty: 2,
		related: ['contact-group-meeting', 'contact-group-meeting-date', 'occasion-venue']
	},
	{
		id: 'armenia-warmongering-rhetoric',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the political-military leadership of Armenia engages in warmongering rhetoric.',
		question:
			'According to the speech, besides its statements, what kind of rhetoric does the speaker attribute to the political-military leadership of Armenia?',
		answer: {
			kind: 'phrase',
			text: 'warmongering rhetoric',
			describes:
				'what, according to the speech, the political-military leadership of Armenia engages in'
		},
		category: 'rhetoric',
		nearMisses: [
			'nationalist rhetoric',
			'revisionist rhetoric',
			'populist rhetoric',
			'ambiguous rhetoric'
		],
		aliases: ['warmongering'],
		source: {
			quote: 'The statements and warmongering rhetoric of political-military leadership of Armenia',
			paragraph: 18
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 2,
		related: ['armenia-boycott-negotiations', 'armenia-unwillingness']
	},
	{
		id: 'armenia-boycott-negotiations',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, Armenia attempts to boycott and precondition the substantive negotiations.',
		question:
			'According to the speech, what does Armenia attempt to do with the substantive negotiations?',
		answer: {
			kind: 'phrase',
			text: 'boycott and precondition',
			describes:
				'what, according to the speech, Armenia attempts to do with the substantive negotiations'
		},
		category: 'negotiating-conduct',
		nearMisses: [
			'postpone and reschedule',
			'broaden and restructure',
			'delay and relocate',
			'pause and review'
		],
		aliases: ['boycott and precondition the substantive negotiations'],
		source: {
			quote: 'the attempts to boycott and precondition the substantive negotiations',
			paragraph: 18
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 3,
		related: ['armenia-warmongering-rhetoric', 'armenia-unwillingness']
	},
	{
		id: 'armenia-unwillingness',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the statements, rhetoric and attempts of Armenia indicate its apparent unwillingness to engage constructively for the settlement of the conflict.',
		question:
			'According to the speech, what do the statements and attempts of the Armenian leadership indicate about Armenia and the settlement of the conflict?',
		answer: {
			kind: 'stance',
			text: 'apparent unwillingness',
			describes:
				"what, according to the speech, Armenia's statements and attempts indicate about its will to settle the conflict"
		},
		category: 'attitude-to-settlement',
		nearMisses: ['apparent inability', 'apparent isolation', 'apparent division'],
		aliases: ['unwillingness'],
		source: {
			quote:
				'indicate the apparent unwillingness of the Armenia to engage constructively for the settlement of conflict',
			paragraph: 18
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 3,
		related: ['armenia-warmongering-rhetoric', 'armenia-boycott-negotiations']
	},
	{
		id: 'khojaly-anniversary',
		topic: 'khojaly',
		statement:
			'According to the speech, in 2017 Azerbaijan marked with a heavy heart the 25th anniversary of what it calls the Khojaly Genocide.',
		question:
			'According to the speech, which anniversary of the events at Khojaly did Azerbaijan mark in 2017?',
		answer: {
			kind: 'number',
			text: '25th',
			value: 25,
			unit: 'ordinal',
			counts: 'the anniversary of the events at Khojaly marked in 2017, according to the speech'
		},
		category: 'anniversary',
		aliases: [],
		source: {
			quote:
				'As you know, this year we marked the 25th anniversary of Khojaly Genocide with a heavy heart.',
			paragraph: 20
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['khojaly-genocide-term', 'khojaly-night-date']
	},
	{
		id: 'khojaly-genocide-term',
		topic: 'khojaly',
		statement:
			'According to the speech, the events at Khojaly in February 1992 were the Khojaly Genocide.',
		question:
			'According to the speech, by what name does the speaker call the events at Khojaly in February 1992 when recalling their 25th anniversary?',
		answer: {
			kind: 'phrase',
			text: 'Khojaly Genocide',
			describes: 'the name the speech gives the events at Khojaly in February 1992'
		},
		category: 'name-of-the-events',
		nearMisses: ['Khojaly Tragedy', 'Khojaly Events', 'Khojaly Catastrophe'],
		aliases: [],
		source: {
			quote: 'this year we marked the 25th anniversary of Khojaly Genocide with a heavy heart',
			paragraph: 20
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 2,
		related: ['khojaly-anniversary', 'resolution-khojaly-solidarity']
	},
	{
		id: 'khojaly-night-date',
		topic: 'khojaly',
		statement:
			'According to the speech, the assault on Khojaly began over the night of 25–26 February 1992.',
		question: 'According to the speech, over which night did the assault on Khojaly begin?',
		answer: {
			kind: 'date',
			text: '25–26 February 1992',
			start: '1992-02-25',
			end: '1992-02-26',
			precision: 'day',
			describes: 'the night the assault on Khojaly began, according to the speech'
		},
		category: 'date',
		aliases: [],
		source: {
			quote:
				'Over the night of the 25 to 26 February 1992, following massive artillery bombardment of Khojaly, the assault on the town began from various directions.',
			paragraph: 20
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['khojaly-artillery-bombardment', 'khojaly-town', 'khojaly-anniversary']
	},
	{
		id: 'khojaly-artillery-bombardment',
		topic: 'khojaly',
		statement:
			'According to the speech, the assault on Khojaly followed massive artillery bombardment of the town.',
		question:
			'According to the speech, what preceded the assault on Khojaly from various directions?',
		answer: {
			kind: 'phrase',
			text: 'massive artillery bombardment',
			describes: 'what, according to the speech, preceded the assault on Khojaly'
		},
		category: 'military-action',
		nearMisses: ['sporadic artillery shelling', 'brief mortar shelling', 'aerial reconnaissance'],
		aliases: ['artillery bombardment'],
		source: {
			quote:
				'following massive artillery bombardment of Khojaly, the assault on the town began from various directions',
			paragraph: 20
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 3,
		related: ['khojaly-night-date', 'khojaly-armed-forces']
	},
	{
		id: 'khojaly-town',
		topic: 'khojaly',
		statement:
			'According to the speech, the armed forces of Armenia implemented the seizure of Khojaly.',
		question:
			'According to the speech, which town did the armed forces of Armenia seize with the help of a regiment of the former USSR?',
		answer: {
			kind: 'place',
			text: 'Khojaly',
			describes: 'the town whose seizure in February 1992 the speech recounts'
		},
		category: 'town',
		nearMisses: ['Khizi', 'Khachmaz', 'Barda', 'Yevlakh'],
		aliases: ['Xocalı', 'Khodjaly', 'Hojaly'],
		source: { quote: 'implemented the seizure of Khojaly', paragraph: 20 },
		attribution: 'speaker',
		difficulty: 1,
		related: ['khojaly-armed-forces', 'khojaly-regiment-366', 'khojaly-night-date']
	},
	{
		id: 'khojaly-armed-forces',
		topic: 'khojaly',
		statement:
			'According to the speech, the seizure of Khojaly was implemented by the armed forces of Armenia.',
		question:
			'According to the speech, whose armed forces implemented the seizure of Khojaly with the help of a regiment of the former USSR?',
		answer: {
			kind: 'organisation',
			text: 'armed forces of Armenia',
			describes: 'the forces that, according to the speech, seized Khojaly'
		},
		category: 'military-unit',
		aliases: ['Armenian armed forces', 'Armenia'],
		source: {
			quote:
				'the armed forces of Armenia, with the help of the infantry guards regiment No.366 of the former Union of Soviet Socialist Republics (USSR), implemented the seizure of Khojaly',
			paragraph: 20
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 1,
		related: ['khojaly-regiment-366', 'khojaly-town']
	},
	{
		id: 'khojaly-regiment-366',
		topic: 'khojaly',
		statement:
			'According to the speech, the armed forces of Armenia seized Khojaly with the help of the infantry guards regiment No.366 of the former USSR.',
		question:
			'According to the speech, with the help of which unit of the former USSR did the armed forces of Armenia seize Khojaly?',
		answer: {
			kind: 'organisation',
			text: 'infantry guards regiment No.366',
			describes: 'the unit of the former USSR that, according to the speech, helped seize Khojaly'
		},
		category: 'military-unit',
		nearMisses: [
			'airborne division No.104',
			'motor rifle division No.23',
			'border guards detachment No.41',
			'tank regiment No.4'
		],
		aliases: [
			'regiment No.366',
			'366th regiment',
			'366th Motor Rifle Regiment',
			'366th infantry guards regiment',
			'infantry guards regiment 366',
			'regiment 366'
		],
		source: {
			quote:
				'with the help of the infantry guards regiment No.366 of the former Union of Soviet Socialist Republics (USSR)',
			paragraph: 20
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 3,
		related: ['khojaly-armed-forces', 'khojaly-town']
	},
	{
		id: 'khojaly-regiment-state',
		topic: 'khojaly',
		statement:
			'According to the speech, the infantry guards regiment No.366 that helped seize Khojaly was a unit of the former Union of Soviet Socialist Republics.',
		question:
			'According to the speech, the infantry guards regiment No.366 that helped seize Khojaly was a unit of which former state?',
		answer: {
			kind: 'place',
			text: 'Union of Soviet Socialist Republics',
			describes:
				'the former state whose infantry guards regiment No.366, according to the speech, helped seize Khojaly'
		},
		category: 'former-state',
		nearMisses: [
			'Ottoman Empire',
			'Czechoslovak Socialist Republic',
			'German Democratic Republic',
			'Russian Empire'
		],
		trueFalse: false,
		aliases: ['USSR', 'Soviet Union', 'former USSR', 'former Soviet Union'],
		source: {
			quote:
				'the infantry guards regiment No.366 of the former Union of Soviet Socialist Republics (USSR)',
			paragraph: 20
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 2,
		related: ['khojaly-regiment-366', 'khojaly-regiment-number']
	},
	{
		id: 'khojaly-regiment-number',
		topic: 'khojaly',
		statement:
			'According to the speech, the regiment of the former USSR that helped seize Khojaly was the infantry guards regiment No.366.',
		question:
			'According to the speech, what was the number of the infantry guards regiment of the former USSR that helped seize Khojaly?',
		answer: {
			kind: 'number',
			text: '366',
			value: 366,
			unit: 'regiment number',
			counts:
				'the number of the regiment of the former USSR that, according to the speech, helped seize Khojaly'
		},
		category: 'regiment-number',
		aliases: ['No.366', '366th'],
		source: {
			quote: 'with the help of the infantry guards regiment No.366',
			paragraph: 20
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 3,
		related: ['khojaly-regiment-366', 'khojaly-regiment-state']
	},
	{
		id: 'khojaly-carnage',
		topic: 'khojaly',
		statement:
			'According to the speech, the invaders destroyed Khojaly and with particular brutality implemented carnage over its peaceful population.',
		question:
			'According to the speech, what, with particular brutality, did the invaders implement in Khojaly?',
		answer: {
			kind: 'phrase',
			text: 'carnage',
			describes:
				'what, according to the speech, the invaders implemented over the peaceful population of Khojaly'
		},
		category: 'atrocity',
		nearMisses: ['a blockade', 'deportation', 'looting'],
		aliases: ['massacre'],
		source: {
			quote:
				'Invaders destroyed Khojaly and with the particular brutality implemented carnage over its peaceful population.',
			paragraph: 20
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 2,
		related: ['khojaly-civilians-killed', 'khojaly-town']
	},
	{
		id: 'khojaly-civilians-killed',
		topic: 'khojaly',
		statement: 'According to the speech, 613 civilians were killed at Khojaly.',
		question: 'According to the speech, how many civilians were killed at Khojaly?',
		answer: {
			kind: 'number',
			text: '613',
			value: 613,
			unit: 'people',
			counts: 'civilians killed at Khojaly'
		},
		category: 'casualty-count',
		aliases: [],
		source: {
			quote:
				'As a result, 613 civilians were killed, including 106 women, 63 children and 70 elderly.',
			paragraph: 20
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 2,
		related: [
			'khojaly-women-killed',
			'khojaly-children-killed',
			'khojaly-elderly-killed',
			'khojaly-wounded',
			'khojaly-hostages',
			'khojaly-missing'
		]
	},
	{
		id: 'khojaly-women-killed',
		topic: 'khojaly',
		statement: 'According to the speech, 106 women were among the civilians killed at Khojaly.',
		question: 'According to the speech, how many women were among the civilians killed at Khojaly?',
		answer: {
			kind: 'number',
			text: '106',
			value: 106,
			unit: 'people',
			counts: 'women among the civilians killed at Khojaly, according to the speech'
		},
		category: 'casualty-count',
		aliases: [],
		source: {
			quote:
				'As a result, 613 civilians were killed, including 106 women, 63 children and 70 elderly.',
			paragraph: 20
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 3,
		related: ['khojaly-civilians-killed', 'khojaly-children-killed', 'khojaly-elderly-killed']
	},
	{
		id: 'khojaly-children-killed',
		topic: 'khojaly',
		statement: 'According to the speech, 63 children were among the civilians killed at Khojaly.',
		question:
			'According to the speech, how many children were among the civilians killed at Khojaly?',
		answer: {
			kind: 'number',
			text: '63',
			value: 63,
			unit: 'people',
			counts: 'children among the civilians killed at Khojaly, according to the speech'
		},
		category: 'casualty-count',
		aliases: [],
		source: {
			quote:
				'As a result, 613 civilians were killed, including 106 women, 63 children and 70 elderly.',
			paragraph: 20
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 3,
		related: ['khojaly-civilians-killed', 'khojaly-women-killed', 'khojaly-elderly-killed']
	},
	{
		id: 'khojaly-elderly-killed',
		topic: 'khojaly',
		statement:
			'According to the speech, 70 elderly people were among the civilians killed at Khojaly.',
		question:
			'According to the speech, how many elderly people were among the civilians killed at Khojaly?',
		answer: {
			kind: 'number',
			text: '70',
			value: 70,
			unit: 'people',
			counts: 'elderly people among the civilians killed at Khojaly, according to the speech'
		},
		category: 'casualty-count',
		aliases: [],
		source: {
			quote:
				'As a result, 613 civilians were killed, including 106 women, 63 children and 70 elderly.',
			paragraph: 20
		},
		attribution: 'speaker',
		contested: true,
		difficulty: 3,
		related: ['khojaly-civilians-killed', 'khojaly-women-killed', 'khojaly-children-killed']
	},
	{
		id: 'khojaly-wounded',
		topic: 'khojaly',
		statement: 'According to the speech, another 1000 people were wounded at Khojaly.',
		question: 'According to the speech, how many people were wounded at Khojaly?',
		answer: {
			kind: 'number',
			text: '1000',
			value: 1000,
			unit: 'people',
			counts: 'people wounded at Khojaly, according to the speech'
		},
		category: 'casualty-count',
		aliases: [],
		source: { quote: 'Another 1000 people were wounded and 1275 taken hostage.', paragraph: 20 },
		attribution: 'speaker',
		contested: true,
		difficulty: 3,
		related: ['khojaly-civilians-killed', 'khojaly-hostages', 'khojaly-missing']
	},
	{
		id: 'khojaly-hostages',
		topic: 'khojaly',
		statement: 'According to the speech, 1275 people from Khojaly were taken hostage.',
		question: 'According to the speech, how many people from Khojaly were taken hostage?',
		answer: {
			kind: 'number',
			text: '1275',
			value: 1275,
			unit: 'people',
			counts: 'people from Khojaly taken hostage, according to the speech'
		},
		category: 'casualty-count',
		aliases: [],
		source: { quote: 'Another 1000 people were wounded and 1275 taken hostage.', paragraph: 20 },
		attribution: 'speaker',
		contested: true,
		difficulty: 3,
		related: ['khojaly-civilians-killed', 'khojaly-wounded', 'khojaly-missing']
	},
	{
		id: 'khojaly-missing',
		topic: 'khojaly',
		statement: 'According to the speech, 150 people from Khojaly remain missing to this day.',
		question: 'According to the speech, how many people from Khojaly remain missing to this day?',
		answer: {
			kind: 'number',
			text: '150',
			value: 150,
			unit: 'people',
			counts: 'people from Khojaly still missing, according to the speech'
		},
		category: 'casualty-count',
		aliases: [],
		source: { quote: 'To this day, 150 people from Khojaly remain missing.', paragraph: 20 },
		attribution: 'speaker',
		contested: true,
		difficulty: 3,
		related: ['khojaly-civilians-killed', 'khojaly-wounded', 'khojaly-hostages']
	},
	{
		id: 'resolutions-thanks-al-othaimeen',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the speaker thanks the Secretary General of OIC, Yousef bin Ahmad Al-Othaimeen, and the member states for their support in the adoption of the resolutions on the conflict.',
		question:
			'According to the speech, which Secretary General of OIC does the speaker thank for his support in the adoption of the resolutions on the conflict?',
		answer: {
			kind: 'person',
			text: 'Yousef bin Ahmad Al-Othaimeen',
			describes:
				'the Secretary General of the OIC whom the speaker thanks for support in adopting the resolutions'
		},
		category: 'official',
		nearMisses: [
			'Iyad Ameen Madani',
			'Ekmeleddin Ihsanoglu',
			'Hissein Brahim Taha',
			'Abdelouahed Belkeziz'
		],
		aliases: [
			'Yusef bin Ahmad Al-Othaimeen',
			'Yousef bin Ahmed Al-Othaimeen',
			'Yousef Al-Othaimeen',
			'Yusef Al-Othaimeen',
			'Yusuf Al-Othaimeen',
			'Al-Othaimeen'
		],
		source: {
			quote:
				'I would like once again to express my gratitude to the Secretary General of OIC Mr. Yusef bin Ahmad Al-Othaimeen and the member states',
			paragraph: 21
		},
		attribution: 'speaker',
		difficulty: 1,
		related: [
			'resolutions-fair-position',
			'resolution-armenia-aggression',
			'resolution-khojaly-solidarity',
			'resolution-destruction-of-monuments',
			'thanks-chairman-and-secretary-general'
		]
	},
	{
		id: 'resolutions-fair-position',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the OIC Secretary General and the member states showed a fair position and support in the adoption of the resolutions.',
		question:
			'According to the speech, for what kind of position, together with their support, does the speaker thank the OIC Secretary General and the member states in the adoption of the resolutions?',
		answer: {
			kind: 'phrase',
			text: 'fair position',
			describes:
				'what, besides support, the speech thanks the OIC Secretary General and member states for in adopting the resolutions'
		},
		category: 'quality-of-support',
		nearMisses: ['principled position', 'neutral position', 'consistent position'],
		aliases: [],
		source: {
			quote: 'for the fair position and support in the adoption of the resolutions',
			paragraph: 21
		},
		attribution: 'speaker',
		difficulty: 3,
		related: ['resolutions-thanks-al-othaimeen']
	},
	{
		id: 'resolution-armenia-aggression',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the 44th session of the OIC Council of Foreign Ministers adopted a resolution entitled “The aggression of the Republic of Armenia against the Republic of Azerbaijan”.',
		question:
			'According to the speech, what was the title of the first resolution the speaker names, on the conflict itself, adopted at the 44th session of the OIC Council of Foreign Ministers?',
		answer: {
			kind: 'title',
			text: 'The aggression of the Republic of Armenia against the Republic of Azerbaijan',
			describes:
				'the title of the resolution on the conflict adopted at the 44th session of the OIC Council of Foreign Ministers'
		},
		category: 'resolution-title',
		nearMisses: [
			'The conflict between the Republic of Armenia and the Republic of Azerbaijan',
			'The peaceful settlement of the conflict between Armenia and Azerbaijan',
			'Support for the territorial integrity of the Republic of Azerbaijan',
			'The occupation of the territories of the Republic of Azerbaijan'
		],
		aliases: [
			'aggression of the Republic of Armenia against Republic of Azerbaijan',
			'aggression of the Republic of Armenia against the Republic of Azerbaijan'
		],
		source: {
			quote:
				'in the adoption of the resolutions entitled “The aggression of the Republic of Armenia against the Republic of Azerbaijan”',
			paragraph: 21
		},
		attribution: 'speaker',
		difficulty: 3,
		related: [
			'resolution-khojaly-solidarity',
			'resolution-destruction-of-monuments',
			'cfm-44th-session',
			'resolutions-thanks-al-othaimeen'
		]
	},
	{
		id: 'resolution-khojaly-solidarity',
		topic: 'khojaly',
		statement:
			'According to the speech, the 44th session of the OIC Council of Foreign Ministers adopted a resolution entitled “On the solidarity with the victims of the Khojaly massacre of 1992”.',
		question:
			'According to the speech, what was the title of the resolution on the victims of the 1992 events at Khojaly adopted at the 44th session of the OIC Council of Foreign Ministers?',
		answer: {
			kind: 'title',
			text: 'On the solidarity with the victims of the Khojaly massacre of 1992',
			describes:
				'the title of the resolution on Khojaly adopted at the 44th session of the OIC Council of Foreign Ministers'
		},
		category: 'resolution-title',
		nearMisses: [
			'On the commemoration of the victims of the Khojaly massacre of 1992',
			'On the solidarity with the displaced persons of Azerbaijan',
			'On the humanitarian assistance to the people of Khojaly',
			'On the remembrance of the Khojaly tragedy of 1992'
		],
		aliases: ['solidarity with the victims of the Khojaly massacre of 1992'],
		source: {
			quote: '“On the solidarity with the victims of the Khojaly massacre of 1992”',
			paragraph: 21
		},
		attribution: 'speaker',
		difficulty: 3,
		related: [
			'resolution-armenia-aggression',
			'resolution-destruction-of-monuments',
			'cfm-44th-session',
			'khojaly-genocide-term'
		]
	},
	{
		id: 'resolution-destruction-of-monuments',
		topic: 'armenia-azerbaijan',
		statement:
			'According to the speech, the 44th session of the OIC Council of Foreign Ministers adopted a resolution entitled “Destruction of monuments belonging to Islamic history and culture in the occupied territories of Azerbaijan as a result of Armenia’s aggression against Azerbaijan”.',
		question:
			'According to the speech, what was the title of the resolution on monuments of Islamic history and culture adopted at the 44th session of the OIC Council of Foreign Ministers?',
		answer: {
			kind: 'title',
			text: 'Destruction of monuments belonging to Islamic history and culture in the occupied territories of Azerbaijan as a result of Armenia’s aggression against Azerbaijan',
			describes:
				'the title of the resolution on Islamic monuments adopted at the 44th session of the OIC Council of Foreign Ministers'
		},
		category: 'resolution-title',
		nearMisses: [
			'Destruction of monuments belonging to Islamic history and culture in the occupied territories of Palestine as a result of the Israeli occupation',
			'Preservation of monuments belonging to Islamic history and culture in the territories of Azerbaijan affected by the conflict with Armenia',
			'Protection of monuments belonging to Islamic history and culture in the OIC member states affected by wars and armed conflicts'
		],
		aliases: [
			'Destruction of monuments belonging to Islamic history and culture in the occupied territories of Azerbaijan'
		],
		source: {
			quote:
				'“Destruction of monuments belonging to Islamic history and culture in the occupied territories of Azerbaijan as a result of Armenia’s aggression against Azerbaijan”',
			paragraph: 21
		},
		attribution: 'speaker',
		difficulty: 3,
		related: ['resolution-armenia-aggression', 'resolution-khojaly-solidarity', 'cfm-44th-session']
	},
	{
		id: 'expo-2025-solo-candidate',
		topic: 'expo-2025',
		statement:
			'According to the speech, Azerbaijan is the solo candidate from OIC and NAM countries for Expo 2025.',
		question:
			'According to the speech, what is the standing of Azerbaijan among OIC and NAM countries in the race to host the world exhibition of 2025?',
		answer: {
			kind: 'phrase',
			text: 'solo candidate',
			describes:
				'the standing of Azerbaijan among OIC and NAM countries for Expo 2025, according to the speech'
		},
		category: 'standing',
		nearMisses: ['second candidate', 'compromise candidate', 'alternate candidate'],
		aliases: ['sole candidate', 'only candidate'],
		source: {
			quote: 'Azerbaijan is solo candidate from OIC and NAM countries for Expo2025.',
			paragraph: 23
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['expo-2025-event', 'expo-2025-nam', 'expo-2025-letter']
	},
	{
		id: 'expo-2025-event',
		topic: 'expo-2025',
		statement: 'According to the speech, Azerbaijan is a candidate to host Expo 2025.',
		question:
			'According to the speech, for which world exhibition is Azerbaijan the solo candidate from OIC and NAM countries?',
		answer: {
			kind: 'event',
			text: 'Expo 2025',
			describes:
				'the world exhibition for which, according to the speech, Azerbaijan is a candidate'
		},
		category: 'named-event',
		nearMisses: ['Expo 2030', 'Expo 2027', 'Expo 2023', 'Expo 2035'],
		aliases: ['Expo2025', 'World Expo 2025'],
		source: {
			quote: 'Azerbaijan is solo candidate from OIC and NAM countries for Expo2025.',
			paragraph: 23
		},
		attribution: 'speaker',
		difficulty: 1,
		related: ['expo-2025-solo-candidate', 'expo-2025-nam', 'expo-2025-letter']
	},
	{
		id: 'expo-2025-nam',
		topic: 'expo-2025',
		statement:
			'According to the speech, Azerbaijan is the solo candidate for Expo 2025 from the countries of the OIC and of the Non-Aligned Movement (NAM).',
		question:
			'According to the speech, besides those of the OIC, the countries of which group have Azerbaijan as their solo candidate for Expo 2025?',
		answer: {
			kind: 'organisation',
			text: 'Non-Aligned Movement',
			describes:
				'the group of countries besides the OIC whose solo candidate for Expo 2025, according to the speech, is Azerbaijan'
		},
		category: 'international-body',
		nearMisses: [
			'Group of 77',
			'Commonwealth of Independent States',
			'Economic Cooperation Organization',
			'Cooperation Council of Turkic-Speaking States'
		],
		aliases: ['NAM'],
		source: {
			quote: 'Azerbaijan is solo candidate from OIC and NAM countries for Expo2025.',
			paragraph: 23
		},
		attribution: 'speaker',
		difficulty: 3,
		related: ['expo-2025-solo-candidate', 'expo-2025-event']
	},
	{
		id: 'expo-2025-letter',
		topic: 'expo-2025',
		statement:
			'According to the speech, the speaker has circulated a letter asking distinguished countries for kind support to the candidature of Azerbaijan.',
		question:
			'According to the speech, what has the speaker circulated to ask distinguished countries for kind support to the candidature of Azerbaijan?',
		answer: {
			kind: 'phrase',
			text: 'letter',
			describes:
				'what, according to the speech, the speaker circulated to seek support for the candidature of Azerbaijan for Expo 2025'
		},
		category: 'document',
		nearMisses: ['note verbale', 'petition', 'draft resolution'],
		aliases: ['a letter'],
		source: {
			quote:
				'I have circulated letter asking for kind support from distinguished countries to the candidature of Azerbaijan.',
			paragraph: 23
		},
		attribution: 'speaker',
		difficulty: 2,
		related: ['expo-2025-solo-candidate', 'expo-2025-event']
	}
] satisfies Fact[];
