export * from './blocks.ts';
export * from './snapshot.ts';
export * from './rules.ts';
export * from './paths.ts';
export * from './validity.ts';
export * from './records.ts';
export * from './assets.ts';
export * from './diff.ts';
