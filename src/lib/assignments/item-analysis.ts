/**
 * Item analysis as Moodle's quiz statistics define it, for questions marked right or wrong:
 * - the facility index: the share of students who got the question right;
 * - the discrimination index: the correlation between the mark on the question and the mark on
 *   the rest of the quiz, so a question that strong students get right and weak ones get wrong
 *   scores high, and one that the strong get wrong more often scores below zero.
 * Moodle's documentation reads them as: facility 10% or less, very difficult or something wrong
 * with the question; discrimination under 20%, very weak; negative, the question is probably
 * invalid. Those are the items flagged here; a discrimination just below zero (down to −10%) is
 * flagged as very weak, not invalid, since with a class of thirty it is within chance of zero.
 */

/** Below this many students a correlation is noise: no discrimination verdict is given. */
export const MIN_STUDENTS_FOR_DISCRIMINATION = 5;
/** At or below this, stronger students got the question wrong more often than chance explains. */
const NEGATIVE = -0.1;
const WEAK = 0.2;

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * The Pearson correlation of two equally long lists of marks, -1 to 1, or null when either list
 * has no spread (everyone right, everyone wrong, or fewer than two students).
 */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
	const n = Math.min(xs.length, ys.length);
	if (n < 2) return null;
	const meanX = sum(xs.slice(0, n)) / n;
	const meanY = sum(ys.slice(0, n)) / n;
	let covariance = 0;
	let varianceX = 0;
	let varianceY = 0;
	for (let i = 0; i < n; i++) {
		const dx = xs[i]! - meanX;
		const dy = ys[i]! - meanY;
		covariance += dx * dy;
		varianceX += dx * dx;
		varianceY += dy * dy;
	}
	// The n − 1 of a sample's variance and covariance cancels out of the ratio. The index is shown
	// on the teacher's device only, never rebuilt from a link, so its last bit may differ.
	// eslint-disable-next-line no-restricted-properties -- see above
	return varianceX > 0 && varianceY > 0 ? covariance / Math.sqrt(varianceX * varianceY) : null;
}

export interface ItemStatistics {
	/** The share who got it right, 0 to 1. */
	facility: number;
	/**
	 * The correlation of the question's mark with the rest of the quiz, -1 to 1; null when it
	 * cannot be told (no spread in the marks, or fewer than {@link MIN_STUDENTS_FOR_DISCRIMINATION}
	 * students).
	 */
	discrimination: number | null;
	/** Why the question deserves a second look, in words; absent when nothing stands out. */
	flag?: string;
}

/**
 * The statistics of one question from each student's mark on it (1 right, 0 wrong) and their
 * total mark on the whole quiz, in the same order.
 */
export function itemStatistics(
	marks: readonly number[],
	totals: readonly number[]
): ItemStatistics {
	const students = marks.length;
	const facility = students ? sum(marks) / students : 0;
	const discrimination =
		students >= MIN_STUDENTS_FOR_DISCRIMINATION
			? correlation(
					marks,
					marks.map((mark, i) => (totals[i] ?? 0) - mark)
				)
			: null;
	const flag = itemFlag(students, facility, discrimination);
	return { facility, discrimination, ...(flag ? { flag } : {}) };
}

function itemFlag(
	students: number,
	facility: number,
	discrimination: number | null
): string | undefined {
	if (!students) return undefined;
	if (discrimination !== null && discrimination <= NEGATIVE) {
		return 'Stronger students got it wrong more often: check the question and its key.';
	}
	if (facility <= 0.1) return 'Very difficult: check the question and its key.';
	if (discrimination !== null && discrimination < WEAK) {
		return 'Hardly tells stronger students from weaker ones.';
	}
	return undefined;
}
