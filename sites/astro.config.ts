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
  // Scripts are files, never inlined: the web server's Content-Security-Policy allows scripts from 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
