import { defineConfig } from 'astro/config';

/**
 * One build renders every selected portal under dist/<code>/; the site
 * builder (packages/site-builder) then moves each folder to its own site
 * root. Inputs arrive through SITES_INPUT (see src/lib/input.ts).
 */
export default defineConfig({
  output: 'static',
  outDir: process.env.SITES_DIST ?? './dist/default',
  cacheDir: process.env.SITES_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
