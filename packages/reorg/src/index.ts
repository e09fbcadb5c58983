export { planReorg } from './plan.ts';
export { formatPlan } from './format.ts';
export { applyPlan, loadState, MOVABLE, type ReorgTarget } from './strapi.ts';
export type * from './types.ts';
