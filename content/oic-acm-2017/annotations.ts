/**
 * What the speech's passages do as a speech: each annotation becomes a fact ("In the words “…”,
 * what is the speaker doing?"), and a passage of thanks a second one (who is thanked for what).
 * Quotes leave out the verb that names the act where they can, so that the words must be read.
 */
import type { PassageAnnotation } from '../../src/lib/content/models';

export const annotations = [
	{
		id: 'act-thanks-for-the-meeting',
		topic: 'speech-acts',
		paragraph: 6,
		quote: 'Mr. Chairman, and the OIC Secretary General for organizing this meeting.',
		act: 'expressing-gratitude',
		notActs: ['welcoming', 'expressing-hope', 'making-a-request'],
		difficulty: 1,
		thanks: {
			id: 'thanked-for-organizing-the-meeting',
			whom: 'the chair and the OIC Secretary General',
			for: 'organizing this meeting',
			aliases: ['organising this meeting', 'organizing the meeting'],
			nearMisses: [
				'chairing the previous session',
				'preparing the final communiqué',
				'inviting Azerbaijan to speak first'
			]
		}
	},
	{
		id: 'act-thanks-to-cote-divoire',
		topic: 'speech-acts',
		paragraph: 6,
		quote:
			'to the State of Cote d’Ivoire for successful hosting of the 44thsession of the Council of Foreign Ministers',
		act: 'expressing-gratitude',
		notActs: ['welcoming', 'expressing-hope', 'making-a-request'],
		difficulty: 3,
		thanks: {
			id: 'thanked-for-hosting-the-cfm',
			whom: "the State of Côte d'Ivoire",
			for: 'successful hosting of the 44th session of the Council of Foreign Ministers',
			aliases: [
				'successful hosting of the 44thsession of the Council of Foreign Ministers',
				'hosting the 44th session of the Council of Foreign Ministers'
			],
			nearMisses: [
				'successful hosting of the 13th session of the Islamic Summit Conference',
				'successful mediation of the talks of the OIC Contact Group on the conflict',
				'generous funding of the humanitarian programmes of the OIC in Africa'
			]
		}
	},
	{
		id: 'act-hope-for-unity',
		topic: 'speech-acts',
		paragraph: 8,
		quote:
			'all our efforts will help to reinforce the bonds of unity, amity and fraternity between Muslims',
		act: 'expressing-hope',
		notActs: ['expressing-concern', 'making-a-request', 'welcoming'],
		difficulty: 2
	},
	{
		id: 'act-concern-over-conflicts',
		topic: 'speech-acts',
		paragraph: 10,
		quote:
			'wars and armed conflicts in a number of the OIC Member States, which have contributed to greater security challenges, political instability in some regions',
		act: 'expressing-concern',
		notActs: ['criticising-the-other-party', 'commemorating-a-tragedy', 'making-a-request'],
		difficulty: 2
	},
	{
		id: 'act-never-reconcile',
		topic: 'speech-acts',
		paragraph: 16,
		quote:
			'The Republic of Azerbaijan once again underlines that it shall never reconcile with the occupation of its territories.',
		act: 'reaffirming-a-position',
		notActs: ['making-a-request', 'expressing-hope', 'commemorating-a-tragedy'],
		difficulty: 2
	},
	{
		id: 'act-criticism-of-armenia',
		topic: 'speech-acts',
		paragraph: 18,
		quote:
			'indicate the apparent unwillingness of the Armenia to engage constructively for the settlement of conflict.',
		act: 'criticising-the-other-party',
		notActs: ['making-a-request', 'expressing-hope', 'commemorating-a-tragedy'],
		difficulty: 2
	},
	{
		id: 'act-khojaly-anniversary',
		topic: 'speech-acts',
		paragraph: 20,
		quote: 'this year we marked the 25th anniversary of Khojaly Genocide with a heavy heart',
		act: 'commemorating-a-tragedy',
		notActs: ['expressing-hope', 'reaffirming-a-position', 'making-a-request'],
		difficulty: 1
	},
	{
		id: 'act-support-on-the-conflict',
		topic: 'speech-acts',
		paragraph: 15,
		quote:
			'to our noble Organization and its member states for full support to the just position of my country',
		act: 'expressing-gratitude',
		notActs: ['making-a-request', 'expressing-hope', 'welcoming'],
		difficulty: 2,
		thanks: {
			id: 'thanked-for-support-on-the-conflict',
			whom: 'the OIC and its member states',
			for: 'full support to the just position of Azerbaijan',
			aliases: ['full support to the just position of my country', 'support on the conflict'],
			nearMisses: [
				'full support to the peace proposals of Azerbaijan',
				'humanitarian support to the displaced persons of Azerbaijan',
				'political support to the reforms of Azerbaijan'
			]
		}
	},
	{
		id: 'act-thanks-for-resolutions',
		topic: 'speech-acts',
		paragraph: 21,
		quote:
			'to the Secretary General of OIC Mr. Yusef bin Ahmad Al-Othaimeen and the member states for the fair position and support in the adoption of the resolutions',
		act: 'expressing-gratitude',
		notActs: ['making-a-request', 'expressing-hope', 'expressing-concern'],
		difficulty: 3
	},
	{
		id: 'act-request-for-expo',
		topic: 'speech-acts',
		paragraph: 23,
		quote: 'kind support from distinguished countries to the candidature of Azerbaijan.',
		act: 'making-a-request',
		notActs: ['expressing-gratitude', 'welcoming', 'expressing-hope'],
		difficulty: 1
	}
] satisfies PassageAnnotation[];
