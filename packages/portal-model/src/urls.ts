import type { Portal } from './portal.ts';

/**
 * Where each portal is served is deployment data, not code: production uses
 * `https://{domain}`, development `http://{code}.localhost:4321`. The template
 * takes the placeholders {code} and {domain}.
 */
export function portalOrigin(template: string, portal: Pick<Portal, 'code' | 'domain'>): string {
  return template.replaceAll('{code}', portal.code).replaceAll('{domain}', portal.domain).replace(/\/+$/, '');
}

export function validateOriginTemplate(template: string): string | null {
  if (!template.includes('{code}') && !template.includes('{domain}')) {
    return 'must contain {code} or {domain}, or every portal would share one address';
  }
  try {
    const url = new URL(template.replaceAll('{code}', 'x').replaceAll('{domain}', 'x.example'));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http(s) URL';
    if (url.pathname !== '/' || url.search || url.hash) return 'must be an origin only: each portal lives at a domain root';
  } catch {
    return 'is not a URL';
  }
  return null;
}
