/**
 * Byte helpers for the wire formats: base64url, base32 ids, CRC-32 and size-capped deflate.
 * No Buffer: this runs in the browser as well as in Node.
 */

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_INDEX = new Map([...BASE64URL].map((char, i) => [char, i]));

/** True when `text` uses only base64url characters (no padding). */
export function isBase64Url(text: string): boolean {
	return /^[A-Za-z0-9_-]*$/.test(text);
}

/** Bytes as unpadded base64url, which a URL hash, a QR code and a text message carry as is. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const a = bytes[i]!;
		const b = bytes[i + 1];
		const c = bytes[i + 2];
		out += BASE64URL[a >> 2]!;
		out += BASE64URL[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
		if (b !== undefined) out += BASE64URL[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
		if (c !== undefined) out += BASE64URL[c & 63]!;
	}
	return out;
}

/**
 * The bytes of unpadded base64url text, or undefined for text that cannot be base64url: a
 * character outside the alphabet, a length of 1 mod 4, or stray bits in the last character
 * (a mistyped last character is caught here rather than slipping past as the same bytes).
 * `lenient` ignores stray bits and a last lone character, to read as much of a cut-off code as
 * there is.
 */
export function fromBase64Url(text: string, lenient = false): Uint8Array<ArrayBuffer> | undefined {
	if (text.length % 4 === 1 && !lenient) return undefined;
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let value = 0;
	let j = 0;
	for (const char of text) {
		const digit = BASE64URL_INDEX.get(char);
		if (digit === undefined) return undefined;
		value = ((value << 6) | digit) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[j++] = (value >> bits) & 0xff;
		}
	}
	if (bits > 0 && (value & ((1 << bits) - 1)) !== 0 && !lenient) return undefined;
	return out;
}

const BASE32 = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * Lower-case base32 without look-alikes (no l, o, 0, 1), for ids a teacher may read aloud.
 * 6 bytes give 10 characters.
 */
export function toBase32(bytes: Uint8Array): string {
	let out = '';
	let bits = 0;
	let value = 0;
	for (const byte of bytes) {
		value = ((value << 8) | byte) & 0xffff;
		bits += 8;
		while (bits >= 5) {
			bits -= 5;
			out += BASE32[(value >> bits) & 31]!;
		}
	}
	if (bits > 0) out += BASE32[(value << (5 - bits)) & 31]!;
	return out;
}

/** The bytes of {@link toBase32} text, or undefined when it is not such text. */
export function fromBase32(text: string): Uint8Array<ArrayBuffer> | undefined {
	const out = new Uint8Array(Math.floor((text.length * 5) / 8));
	let bits = 0;
	let value = 0;
	let j = 0;
	for (const char of text) {
		const digit = BASE32.indexOf(char);
		if (digit < 0) return undefined;
		value = ((value << 5) | digit) & 0xffff;
		bits += 5;
		if (bits >= 8) {
			bits -= 8;
			out[j++] = (value >> bits) & 0xff;
		}
	}
	if ((value & ((1 << bits) - 1)) !== 0) return undefined;
	return out;
}

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** CRC-32 (IEEE, as in zip and PNG): catches every burst error up to 32 bits, so any typo. */
export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** The concatenation of byte arrays. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

/** True when two byte arrays hold the same bytes. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Reads a stream into one array, giving up (undefined) past `limit` bytes. */
async function readCapped(
	stream: ReadableStream<Uint8Array>,
	limit: number
): Promise<Uint8Array<ArrayBuffer> | undefined> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel();
			return undefined;
		}
		chunks.push(value);
	}
	return concatBytes(...chunks);
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
	return new ReadableStream({
		start(controller) {
			controller.enqueue(bytes);
			controller.close();
		}
	});
}

/** Raw deflate (CompressionStream), or undefined where the platform has none. */
export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array | undefined> {
	if (typeof CompressionStream === 'undefined') return undefined;
	const stream = streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw'));
	return readCapped(stream, Infinity);
}

/**
 * Inflates raw deflate, or undefined when it is not valid deflate or would inflate past
 * `limit` bytes: a few kilobytes of pasted text must not be able to fill the device's memory.
 */
export async function inflate(
	bytes: Uint8Array<ArrayBuffer>,
	limit: number
): Promise<Uint8Array | undefined> {
	if (typeof DecompressionStream === 'undefined') return undefined;
	try {
		const stream = streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw'));
		return await readCapped(stream, limit);
	} catch {
		return undefined;
	}
}
