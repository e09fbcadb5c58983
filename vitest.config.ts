import { defineConfig } from 'vitest/config';

/**
 * The test kind is in the file name: *.test.ts are unit tests (no
 * services), *.int.test.ts run against a real Strapi, Meilisearch and Astro,
 * *.e2e.test.ts add a real Chromium. Heavy kinds run one file at a time:
 * the machines have two cores.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.test.ts'],
          globalSetup: ['tests/helpers/compile-cms.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          // `strapi build` also compiles the server code: the admin's own tests need its panel.
          globalSetup: ['tests/helpers/build-cms.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
