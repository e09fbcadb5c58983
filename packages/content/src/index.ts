export * from './blocks.ts';
export * from './snapshot.ts';
