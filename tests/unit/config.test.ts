import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv, parseEnv } from '@qn/config';
import { productionEnv } from '../helpers/production-env.ts';

describe('environment', () => {
  it('runs on embedded defaults in development', () => {
    const config = loadEnv({ DATA_DIR: '/tmp/qn' });
    expect(config.cms.port).toBe(1337);
    expect(config.meili.port).toBe(7700);
    expect(config.sites.port).toBe(4321);
    expect(config.database).toEqual({ client: 'sqlite', filename: '/tmp/qn/cms/data.sqlite' });
    expect(config.sites.urlTemplate).toBe('http://{code}.localhost:4321');
    expect(config.cms.secrets.appKeys).toHaveLength(2);
  });

  it('derives URLs from overridden ports', () => {
    const config = loadEnv({ CMS_PORT: '2337', MEILI_PORT: '7701', SITES_PORT: '8080' });
    expect(config.cms.url).toBe('http://127.0.0.1:2337');
    expect(config.meili.host).toBe('http://127.0.0.1:7701');
    expect(config.sites.urlTemplate).toBe('http://{code}.localhost:8080');
  });

  it('lists every invalid variable at once, by name', () => {
    const result = parseEnv({ CMS_PORT: 'abc', MEILI_HOST: 'not a url', SITE_URL_TEMPLATE: 'https://one.example', STRAPI_ADMIN_PASSWORD: 'short', OUTBOX_KEEP_DAYS: '0', LOG_LEVEL: 'verbose', LOG_FORMAT: 'xml' });
    expect(result.config).toBeNull();
    expect([...new Set(result.problems.map((p) => p.variable))].sort()).toEqual(['CMS_PORT', 'LOG_FORMAT', 'LOG_LEVEL', 'MEILI_HOST', 'OUTBOX_KEEP_DAYS', 'SITE_URL_TEMPLATE', 'STRAPI_ADMIN_PASSWORD']);
  });

  it('refuses development defaults in production, naming each', () => {
    const result = parseEnv({ NODE_ENV: 'production', SITE_URL_TEMPLATE: 'https://{domain}', MEILI_HOST: 'https://search.quangninh.gov.vn' });
    expect(result.problems.map((p) => p.variable)).toEqual([
      'APP_KEYS',
      'API_TOKEN_SALT',
      'ADMIN_JWT_SECRET',
      'TRANSFER_TOKEN_SALT',
      'JWT_SECRET',
      'ENCRYPTION_KEY',
      'MEILI_MASTER_KEY',
      'ALTCHA_HMAC_KEY',
      'SMTP_HOST',
      'PUBLIC_SERVICE_URL',
      'MEDIA_URL',
    ]);
    expect(result.problems[0]?.message).toMatch(/development default/);
  });

  it('accepts a complete production environment', () => {
    const config = loadEnv({
      ...productionEnv(),
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: 'postgres://cms:pw@db/cms',
    });
    expect(config.production).toBe(true);
    expect(config.database).toEqual({ client: 'postgres', url: 'postgres://cms:pw@db/cms' });
  });

  it('throws an EnvError whose message says what to do', () => {
    expect(() => loadEnv({ PUBLISHER_POLL_MS: '5' })).toThrow(EnvError);
    expect(() => loadEnv({ PUBLISHER_POLL_MS: '5' })).toThrow(/PUBLISHER_POLL_MS: .*\n.*README/s);
  });
});
