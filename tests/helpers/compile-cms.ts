import { compileCms } from '@qn/devstack';

/** Compiles cms/ once before the suites that boot Strapi in-process. */
export default async function setup(): Promise<void> {
  await compileCms();
}
