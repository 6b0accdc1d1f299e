// Makes sure a Chromium exists for the end-to-end tests, and says exactly how to get one if not.
// As root on Debian or Ubuntu it installs the `chromium` package itself (CI runs as root).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const HOW_TO =
	'No Chromium found for the end-to-end tests.\n' +
	'  On Debian:  sudo apt-get update && sudo apt-get install -y chromium\n' +
	'  On Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium-browser (or the snap)\n' +
	'  Elsewhere:  install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium\n';

function isDebianLike() {
	if (!existsSync('/etc/os-release')) return false;
	const release = readFileSync('/etc/os-release', 'utf8');
	return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
}

const found = chromiumPath();
if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
	console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`);
	process.exit(1);
}
if (found) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && isDebianLike()) {
	console.log('No Chromium found: installing Debian\'s "chromium" package (running as root)…');
	try {
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	} catch {
		console.error('Installing chromium failed.\n' + HOW_TO);
		process.exit(1);
	}
	if (chromiumPath()) process.exit(0);
}
console.error(HOW_TO);
process.exit(1);
