// A plain static file server over a built app, as a static host serves it: `/facts` from
// `facts.html`, hashed files cached for a year, pages and the service worker revalidated on every
// request, text gzipped for clients that accept it (as every static host does; Lighthouse's
// figures depend on it). Its root can be switched while it runs, which is how the update test "deploys" build B.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

/** A running server; `root` may be changed at any time, and takes effect on the next request. */
export interface StaticServer {
	/** e.g. `http://localhost:41234`, no trailing slash. */
	readonly url: string;
	/** The folder served. */
	root: string;
	close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** The file for a URL path, as adapter-static lays them out, or undefined. */
async function findFile(root: string, pathname: string): Promise<string | undefined> {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const base = resolve(root);
	const path = resolve(join(base, decoded));
	if (path !== base && !path.startsWith(base + sep)) return undefined;
	const trimmed = path.replace(/[\\/]+$/, '');
	const candidates = [path, `${trimmed}.html`, join(path, 'index.html')];
	for (const candidate of candidates) if (await isFile(candidate)) return candidate;
	return undefined;
}

/** Types worth compressing: text, not images. */
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.webmanifest',
	'.svg',
	'.txt'
]);

function acceptsGzip(request: IncomingMessage): boolean {
	return /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
}

function cacheControl(pathname: string): string {
	return pathname.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse) {
	const { pathname } = new URL(request.url ?? '/', 'http://localhost');
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		response.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	const file = await findFile(root, pathname);
	const notFound = file ? undefined : join(root, '404.html');
	const served = file ?? (notFound && (await isFile(notFound)) ? notFound : undefined);
	if (!served) {
		response
			.writeHead(404, { 'Content-Type': MIME_TYPES['.txt'], 'Cache-Control': 'no-cache' })
			.end('Not found');
		return;
	}
	const gzip = COMPRESSIBLE.has(extname(served)) && acceptsGzip(request);
	response.writeHead(file ? 200 : 404, {
		'Content-Type': MIME_TYPES[extname(served)] ?? 'application/octet-stream',
		'Cache-Control': file ? cacheControl(pathname) : 'no-cache',
		'X-Content-Type-Options': 'nosniff',
		Vary: 'Accept-Encoding',
		...(gzip ? { 'Content-Encoding': 'gzip' } : {})
	});
	if (request.method === 'HEAD') response.end();
	else if (gzip) response.end(gzipSync(await readFile(served)));
	else createReadStream(served).pipe(response);
}

/** Starts serving `root` on `port` (0: any free port). */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
	const state = { root };
	const server = createServer((request, response) => {
		handle(state.root, request, response).catch((error: unknown) => {
			response.writeHead(500).end(String(error));
		});
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, done);
	});
	const address = server.address() as AddressInfo;
	return {
		url: `http://localhost:${address.port}`,
		get root() {
			return state.root;
		},
		set root(folder: string) {
			state.root = folder;
		},
		close: () =>
			new Promise<void>((done, fail) => {
				server.closeAllConnections();
				server.close((error) => (error ? fail(error) : done()));
			})
	};
}
