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
  // One stylesheet per build, content-hashed under /_astro/ and cached for a year, instead of ~10 KB inline in every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts are files, never inlined: the web server's Content-Security-Policy allows scripts from 'self' only.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
