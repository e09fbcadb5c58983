export * from './portal.ts';
export * from './tree.ts';
export * from './affected.ts';
export * from './slug.ts';
export * from './urls.ts';
export * from './placement.ts';
