/** Errors of the engine, with messages a teacher can act on. */

/** Base of every error the engine throws on purpose. */
export class EngineError extends Error {
	override name = 'EngineError';
}

/** A quiz spec that is malformed or cannot be met by the facts; the message says what can be made. */
export class SpecError extends EngineError {
	override name = 'SpecError';
	/** The most questions the facts can give for this spec, where that is known. */
	readonly available?: number;

	constructor(message: string, available?: number) {
		super(message);
		this.available = available;
	}
}
