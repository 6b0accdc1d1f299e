/** Errors of the scheduling layer. */

/** Thrown for an input the scheduler cannot work with; the message names the value. */
export class SchedulingError extends Error {
	override name = 'SchedulingError';
}
