/**
 * QR codes of links and result codes, as data a component draws itself: a module matrix and an
 * SVG path, so no markup from a code is ever inserted as HTML. Import this module lazily
 * (`await import('$lib/assignments/qr')`): only teacher and result pages need it.
 */
import { correction, generate } from 'lean-qr';

/** A QR code ready to draw: `size` × `size` modules, without the quiet zone. */
export interface QrCode {
	size: number;
	/** `modules[y][x]`: true for a dark module. */
	modules: boolean[][];
	/**
	 * An SVG path of the dark modules in module units, one rectangle per horizontal run: draw it
	 * as `<svg viewBox="-4 -4 {size + 8} {size + 8}"><path d={path} /></svg>` (4 modules of quiet
	 * zone, as scanners need, on a light background).
	 */
	path: string;
}

/** The quiet zone around a code, in modules, that scanners need. */
export const QUIET_ZONE = 4;

/**
 * The QR code of `text`, with medium error correction (15 %: a phone screen with a glare or a
 * smudged print still scans), raised where the code has room to spare.
 * @throws {Error} when the text is too long for any QR code (about 2,300 characters of a link).
 */
export function qrCode(text: string): QrCode {
	const code = generate(text, { minCorrectionLevel: correction.M });
	const modules: boolean[][] = [];
	let path = '';
	for (let y = 0; y < code.size; y++) {
		const row: boolean[] = [];
		let run = 0;
		for (let x = 0; x <= code.size; x++) {
			const dark = x < code.size && code.get(x, y);
			if (x < code.size) row.push(dark);
			if (dark) run++;
			else if (run) {
				path += `M${x - run} ${y}h${run}v1h-${run}z`;
				run = 0;
			}
		}
		modules.push(row);
	}
	return { size: code.size, modules, path };
}
