/** The scheduling layer: pure FSRS scheduling through ts-fsrs, with `now` always passed in. */
export * from './models';
export * from './errors';
export * from './scheduler';
export * from './queue';
export * from './time';
