/**
 * Key pairs on P-256 (WebCrypto), kept as text.
 *
 * - The teacher's pair (ECDH). The public key travels in every assignment link; students'
 *   devices encrypt results to it, so only the device holding the private key can read them.
 *   It is extractable on purpose: it must go into the teacher's backup, or a lost phone loses
 *   every class's results.
 * - A learner profile's signing pair (ECDSA), for results of assignments joined by the short
 *   join code, which has no room for the teacher's key: such a result is signed, so a change to
 *   it shows, and its public key names the profile that made it.
 */
import { fromBase64Url, toBase64Url } from './bytes';
import { CodeError } from './errors';

/** An uncompressed P-256 point: 0x04, x, y. */
export const PUBLIC_KEY_BYTES = 65;

/** Raw bytes shaped as an uncompressed P-256 point (whether it lies on the curve, import tells). */
function isUncompressedPoint(raw: Uint8Array | undefined): raw is Uint8Array<ArrayBuffer> {
	return raw?.length === PUBLIC_KEY_BYTES && raw[0] === 4;
}

const ALGORITHM: EcKeyImportParams = { name: 'ECDH', namedCurve: 'P-256' };
const SIGNING: EcKeyImportParams = { name: 'ECDSA', namedCurve: 'P-256' };

/** A key pair as plain text, for storage and backup. */
export interface StoredKeyPair {
	/** The raw public point in base64url (87 characters), as assignment links carry it. */
	publicKey: string;
	/** The private key as PKCS #8 in base64url. Secret: never put it in a link or a log. */
	privateKey: string;
}

/** A teacher key pair as plain text. */
export type StoredTeacherKeys = StoredKeyPair;

/** A new key pair for a teacher; generate it once per device and keep it. */
export async function generateTeacherKeyPair(
	subtle: SubtleCrypto = crypto.subtle
): Promise<CryptoKeyPair> {
	return subtle.generateKey(ALGORITHM, true, ['deriveBits']);
}

/** The raw public point in base64url, as assignment links carry it. */
export async function exportPublicKey(
	key: CryptoKey,
	subtle: SubtleCrypto = crypto.subtle
): Promise<string> {
	return toBase64Url(new Uint8Array(await subtle.exportKey('raw', key)));
}

/** Both keys as text, for the device's storage and the backup. */
export async function exportTeacherKeys(
	pair: CryptoKeyPair,
	subtle: SubtleCrypto = crypto.subtle
): Promise<StoredKeyPair> {
	return {
		publicKey: await exportPublicKey(pair.publicKey, subtle),
		privateKey: toBase64Url(new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey)))
	};
}

/**
 * A key pair back from its stored text.
 * @throws {CodeError} `wrong-key` when the text is not a P-256 key pair whose halves belong
 * together (a damaged backup).
 */
export async function importTeacherKeys(
	stored: StoredTeacherKeys,
	subtle: SubtleCrypto = crypto.subtle
): Promise<CryptoKeyPair> {
	return importKeyPair(stored, ALGORITHM, ['deriveBits'], 'teacher key', subtle);
}

/** A new signing key pair for a learner profile, as text; made once per profile and kept. */
export async function generateSigningKeys(
	subtle: SubtleCrypto = crypto.subtle
): Promise<StoredKeyPair> {
	const pair = await subtle.generateKey(SIGNING, true, ['sign', 'verify']);
	return exportTeacherKeys(pair, subtle);
}

/**
 * A learner's signing pair back from its stored text.
 * @throws {CodeError} `wrong-key` when the text is not a P-256 pair whose halves belong together.
 */
export async function importSigningKeys(
	stored: StoredKeyPair,
	subtle: SubtleCrypto = crypto.subtle
): Promise<CryptoKeyPair> {
	return importKeyPair(stored, SIGNING, ['sign'], 'signing key', subtle);
}

/**
 * A student's public signing key from the raw point in a signed result, to verify it with.
 * @throws {CodeError} `tampered` when it is not a point on P-256.
 */
export async function importVerifyingKey(
	raw: Uint8Array<ArrayBuffer>,
	subtle: SubtleCrypto = crypto.subtle
): Promise<CryptoKey> {
	try {
		if (!isUncompressedPoint(raw)) throw new Error('not a point');
		return await subtle.importKey('raw', raw, SIGNING, true, ['verify']);
	} catch {
		throw new CodeError('tampered', 'result');
	}
}

async function importKeyPair(
	stored: StoredKeyPair,
	algorithm: EcKeyImportParams,
	usages: KeyUsage[],
	what: string,
	subtle: SubtleCrypto
): Promise<CryptoKeyPair> {
	const damaged = () => new CodeError('wrong-key', 'result', `This ${what} is damaged.`);
	const pkcs8 = fromBase64Url(stored.privateKey);
	if (!pkcs8) throw damaged();
	let privateKey: CryptoKey;
	try {
		privateKey = await subtle.importKey('pkcs8', pkcs8, algorithm, true, usages);
	} catch {
		throw damaged();
	}
	const raw = fromBase64Url(stored.publicKey);
	let publicKey: CryptoKey;
	try {
		if (!isUncompressedPoint(raw)) throw new Error('not a point');
		publicKey = await subtle.importKey(
			'raw',
			raw,
			algorithm,
			true,
			usages.includes('sign') ? ['verify'] : []
		);
	} catch {
		throw algorithm === ALGORITHM ? new CodeError('malformed', 'assignment') : damaged();
	}
	if ((await publicKeyOf(privateKey, subtle)) !== stored.publicKey) {
		throw new CodeError('wrong-key', 'result', `The two halves of this ${what} do not match.`);
	}
	return { privateKey, publicKey };
}

/**
 * A public key from its base64url text (an assignment's `teacherKey`).
 * @throws {CodeError} `malformed` when it is not a point on P-256.
 */
export async function importPublicKey(
	text: string,
	subtle: SubtleCrypto = crypto.subtle
): Promise<CryptoKey> {
	const raw = fromBase64Url(text);
	if (!isUncompressedPoint(raw)) {
		throw new CodeError('malformed', 'assignment');
	}
	try {
		return await subtle.importKey('raw', raw, ALGORITHM, true, []);
	} catch {
		throw new CodeError('malformed', 'assignment');
	}
}

/**
 * The base64url public key that belongs to a private key, read from its JWK (`x`, `y`), since
 * WebCrypto cannot derive one from the other. Tells whether this device can read an assignment.
 */
export async function publicKeyOf(
	privateKey: CryptoKey,
	subtle: SubtleCrypto = crypto.subtle
): Promise<string> {
	const jwk = await subtle.exportKey('jwk', privateKey);
	const x = fromBase64Url(jwk.x ?? '');
	const y = fromBase64Url(jwk.y ?? '');
	if (!x || !y) throw new CodeError('wrong-key', 'result', 'This teacher key is damaged.');
	const point = new Uint8Array(PUBLIC_KEY_BYTES);
	point[0] = 4;
	point.set(x, 1);
	point.set(y, 33);
	return toBase64Url(point);
}
