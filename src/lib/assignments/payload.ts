/**
 * The JSON inside a frame: `[compression][data…]`, where compression is 0 (none) or 1 (raw
 * deflate). Deflate is used only when it makes the code shorter, so a browser without
 * CompressionStream still writes codes every browser reads.
 */
import { concatBytes, deflate, inflate } from './bytes';
import { CodeError, type CodeKind } from './errors';

const RAW = 0;
const DEFLATE = 1;

/** Inflated payloads larger than this are refused (a zip bomb in a pasted code). */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Keys that could reach an object's prototype if some later code merged the value carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A JSON value as the bytes of a payload, deflated when that is shorter. */
export async function packPayload(value: unknown): Promise<Uint8Array<ArrayBuffer>> {
	const json = encoder.encode(JSON.stringify(value));
	const deflated = await deflate(json);
	return deflated && deflated.length < json.length
		? concatBytes(new Uint8Array([DEFLATE]), deflated)
		: concatBytes(new Uint8Array([RAW]), json);
}

/**
 * The JSON value of a payload, not yet validated: the caller checks its shape.
 * @throws {CodeError} `malformed` for bad deflate, bad UTF-8, bad JSON or a forbidden key;
 * `unsupported` where the browser cannot inflate.
 */
export async function unpackPayload(
	bytes: Uint8Array<ArrayBuffer>,
	kind: CodeKind
): Promise<unknown> {
	const flag = bytes[0];
	let data: Uint8Array | undefined = bytes.subarray(1);
	if (flag === DEFLATE) {
		if (typeof DecompressionStream === 'undefined') throw new CodeError('unsupported', kind);
		data = await inflate(bytes.slice(1), MAX_PAYLOAD_BYTES);
	} else if (flag !== RAW) {
		data = undefined;
	}
	if (!data || data.length > MAX_PAYLOAD_BYTES) throw new CodeError('malformed', kind);
	try {
		return JSON.parse(decoder.decode(data), (key, value: unknown) => {
			if (FORBIDDEN_KEYS.has(key)) throw new Error(`forbidden key ${key}`);
			return value;
		});
	} catch {
		throw new CodeError('malformed', kind);
	}
}
