/**
 * Writes the nginx configuration that serves every portal of a web root.
 */
import { spawnSync } from 'node:child_process';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadEnv } from '@qn/config';
import { nginxConfig, readWebRoot } from '@qn/web-root';
import { fail, parseCli, reportFatal } from './lib/cli.ts';

const USAGE = `
Usage: npm run deploy:config -- [--root DIR] [--out FILE [--nginx-test CMD]] [--listen PORT] [--tls-certificate FILE --tls-key FILE] [--hsts SECONDS] [--brotli] [--no-default-server]

Writes an nginx configuration (the content of an http block: include it from
nginx.conf) serving every portal in the web root DIR (default SITES_OUT_DIR)
at the host SITE_URL_TEMPLATE gives it, _media/ at MEDIA_URL, with
Content-Security-Policy allowing connections to MEILI_PUBLIC_URL only.
Regenerate it after each deploy (moved pages become 301 rules) and reload
nginx (nginx -s reload).

  --root DIR               web root holding <code>/ folders, _media/ and _portals.json
  --out FILE               where to write (default: standard output)
  --nginx-test CMD         a command that checks nginx's whole configuration with the new
                           file in place (e.g. "sudo -n nginx -t"); when it fails, the
                           previous file is put back and the command exits non-zero
  --listen PORT            port (default: the one SITE_URL_TEMPLATE names, else 443 with TLS, 80 without)
  --tls-certificate FILE   certificate for every portal host (wildcard or SAN)
  --tls-key FILE           its key
  --hsts SECONDS           send Strict-Transport-Security (TLS only)
  --brotli                 also serve .br files (needs ngx_http_brotli_static_module)
  --no-default-server      do not add the server answering 404 to unknown hosts
`;

try {
  const { values } = parseCli(
    {
      root: { type: 'string' },
      out: { type: 'string' },
      'nginx-test': { type: 'string' },
      listen: { type: 'string' },
      'tls-certificate': { type: 'string' },
      'tls-key': { type: 'string' },
      hsts: { type: 'string' },
      brotli: { type: 'boolean', default: false },
      'no-default-server': { type: 'boolean', default: false },
    },
    USAGE,
  );
  const listen = values.listen === undefined ? undefined : Number(values.listen);
  if (listen !== undefined && (!Number.isInteger(listen) || listen < 1 || listen > 65_535)) fail(`--listen takes a port number, not "${values.listen}".`);
  const hsts = values.hsts === undefined ? undefined : Number(values.hsts);
  if (hsts !== undefined && (!Number.isInteger(hsts) || hsts < 0)) fail(`--hsts takes a number of seconds, not "${values.hsts}".`);
  if (Boolean(values['tls-certificate']) !== Boolean(values['tls-key'])) fail('--tls-certificate and --tls-key go together.');
  const config = loadEnv();
  const root = resolve(values.root ?? config.sites.outDir);
  const served = await readWebRoot(root);
  const { text, problems } = nginxConfig({
    root,
    portals: served.portals,
    urlTemplate: config.sites.urlTemplate,
    mediaUrl: config.sites.mediaUrl,
    searchUrl: config.meili.publicUrl,
    publicServiceUrl: config.publicService.url,
    listen,
    tls: values['tls-certificate'] ? { certificate: resolve(values['tls-certificate']), key: resolve(values['tls-key']!) } : undefined,
    hstsSeconds: hsts,
    brotli: values.brotli,
    defaultServer: !values['no-default-server'],
  });
  for (const problem of [...served.problems, ...problems]) console.warn(`⚠ ${problem.code ?? 'portal list'}: ${problem.message}`);
  if (values.out) {
    const previous = await readFile(values.out, 'utf8').catch(() => null);
    const temp = `${values.out}.tmp-${process.pid}`;
    await writeFile(temp, text);
    await rename(temp, values.out);
    const test = values['nginx-test'];
    if (test) {
      const checked = spawnSync('sh', ['-c', test], { encoding: 'utf8' });
      if (checked.status !== 0) {
        // A configuration nginx refuses is never left where the next reload or restart would read it.
        if (previous === null) await rm(values.out, { force: true });
        else await writeFile(values.out, previous);
        fail(`nginx refused the new configuration; the previous one is back in place:\n${`${checked.stdout}${checked.stderr}`.trim().slice(-2000)}`);
      }
    }
    console.warn(`Wrote ${values.out}: ${served.portals.length} portal(s) from ${root}.`);
  } else {
    process.stdout.write(text);
  }
} catch (error) {
  reportFatal(error);
}
