/** The build every spec runs against: what `npm run build` writes. */
export const BUILD_A = 'build';

/** A second, newer build of the same source, made by global-setup.ts for the update test. */
export const BUILD_B = '.tmp/build-b';
