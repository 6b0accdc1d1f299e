// Serves a built app for the end-to-end tests: `tsx tests/e2e/support/serve.ts [folder] [port]`.
import { startStaticServer } from './static-server';

const [root = 'build', port = '4173'] = process.argv.slice(2);
const server = await startStaticServer(root, Number(port));
console.log(`Serving ${root} on ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => void server.close().then(() => process.exit(0)));
