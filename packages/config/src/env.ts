import { LOG_FORMATS, LOG_LEVELS } from './log.ts';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { validateOriginTemplate } from '@qn/portal-model';
import { z } from 'zod';

/** Every development default starts with this, so production can refuse it. */
export const DEV_ONLY = 'dev-only-';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const port = z.coerce.number().int().min(0).max(65535);
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).transform((u) => u.replace(/\/+$/, ''));
const secret = (name: string) => z.string().min(16, 'must be at least 16 characters').default(`${DEV_ONLY}${name}-change-me`);

/** Secrets and passwords whose development defaults production refuses. */
const PRODUCTION_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'MEILI_MASTER_KEY',
  'ALTCHA_HMAC_KEY',
] as const;

const rawSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATA_DIR: z.string().min(1).default(join(REPO_ROOT, '.data')),

  CMS_HOST: z.string().min(1).default('127.0.0.1'),
  CMS_PORT: port.default(1337),
  CMS_URL: httpUrl.optional(),
  CMS_API_TOKEN: z.string().min(32, 'must be a Strapi API token (at least 32 characters)').optional(),
  CMS_SERVE_ADMIN: z.stringbool().default(true),
  CMS_LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'debug']).default('info'),
  // Read by createLog (log.ts) from the environment; checked here so a typo is an error, not a silent default.
  LOG_FORMAT: z.enum(LOG_FORMATS).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  CMS_BACKGROUND_JOBS: z.stringbool().default(true),
  OUTBOX_KEEP_DAYS: z.coerce.number().int().min(1, 'must be at least 1 day').max(3650).default(30),

  DATABASE_CLIENT: z.enum(['sqlite', 'postgres']).default('sqlite'),
  DATABASE_FILENAME: z.string().min(1).optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string').optional(),

  APP_KEYS: z
    .string()
    .default(`${DEV_ONLY}app-key-one-change-me,${DEV_ONLY}app-key-two-change-me`)
    .transform((s) => s.split(',').map((k) => k.trim()).filter(Boolean))
    .pipe(z.array(z.string().min(16, 'each key must be at least 16 characters')).min(2, 'needs at least two comma-separated keys')),
  API_TOKEN_SALT: secret('api-token-salt'),
  ADMIN_JWT_SECRET: secret('admin-jwt-secret'),
  TRANSFER_TOKEN_SALT: secret('transfer-token-salt'),
  JWT_SECRET: secret('jwt-secret'),
  ENCRYPTION_KEY: secret('encryption-key'),

  STRAPI_ADMIN_EMAIL: z.email().default('admin@quangninh.example'),
  STRAPI_ADMIN_PASSWORD: z
    .string()
    .min(8)
    .regex(/[A-Z]/, 'needs an uppercase letter')
    .regex(/[a-z]/, 'needs a lowercase letter')
    .regex(/\d/, 'needs a digit')
    .default(`${DEV_ONLY}Portal2026`),

  MEILI_PORT: port.default(7700),
  MEILI_HOST: httpUrl.optional(),
  MEILI_PUBLIC_URL: httpUrl.optional(),
  MEILI_MASTER_KEY: secret('meili-master-key'),
  MEILI_INDEX: z.string().regex(/^[a-z0-9_-]+$/, 'lowercase letters, digits, "-" and "_"').default('articles'),

  SITES_PORT: port.default(4321),
  SITES_OUT_DIR: z.string().min(1).optional(),
  SITES_PRECOMPRESS: z.stringbool().optional(),
  MEDIA_URL: httpUrl.optional(),
  SITE_URL_TEMPLATE: z
    .string()
    .superRefine((value, ctx) => {
      const problem = validateOriginTemplate(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),

  PUBLISHER_POLL_MS: z.coerce.number().int().min(200).max(600_000).default(500),
  PUBLISHER_LEASE_MS: z.coerce.number().int().min(2_000).max(600_000).default(30_000),
  PUBLISHER_HEALTH_PORT: z.coerce.number().int().min(0).max(65_535).default(4322),
  PUBLISHER_HEALTH_HOST: z.string().min(1).default('127.0.0.1'),
  CI_DISPATCH_URL: httpUrl.optional(),
  CI_DISPATCH_TOKEN: z.string().min(1).optional(),
  CI_DISPATCH_EVENT: z.string().regex(/^[\w.-]{1,100}$/, 'letters, digits, ".", "-" and "_"').default('content-published'),
  DISPATCH_WINDOW_MS: z.coerce.number().int().min(200).max(600_000).default(3_000),
  SEED_ARTICLES: z.coerce.number().int().min(0).max(200_000).default(400),

  /** The mail server that tells askers their question was answered; none in development: messages are built and logged, not sent. */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: port.default(587),
  SMTP_SECURE: z.stringbool().default(false),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default('Cổng thông tin điện tử tỉnh Quảng Ninh <no-reply@quangninh.gov.vn>'),

  PUBLIC_SERVICE_PORT: port.default(4323),
  PUBLIC_SERVICE_HOST: z.string().min(1).default('127.0.0.1'),
  /** Where readers' browsers reach the public service (the forms post there). */
  PUBLIC_SERVICE_URL: httpUrl.optional(),
  INTAKE_API_TOKEN: z.string().min(32, 'must be a Strapi API token (at least 32 characters)').optional(),
  ALTCHA_HMAC_KEY: secret('altcha-hmac-key'),
  PUBLIC_SERVICE_SPOOL_DIR: z.string().min(1).optional(),
  PUBLIC_SERVICE_TRUST_PROXY: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.ipv4(), z.ipv6()], { error: 'each entry must be an IP address' }))),
});

type Raw = z.infer<typeof rawSchema>;

function derive(raw: Raw) {
  const cmsUrl = raw.CMS_URL ?? `http://127.0.0.1:${raw.CMS_PORT}`;
  const meiliHost = raw.MEILI_HOST ?? `http://127.0.0.1:${raw.MEILI_PORT}`;
  return {
    nodeEnv: raw.NODE_ENV,
    production: raw.NODE_ENV === 'production',
    dataDir: raw.DATA_DIR,
    cms: {
      host: raw.CMS_HOST,
      port: raw.CMS_PORT,
      url: cmsUrl,
      apiToken: raw.CMS_API_TOKEN,
      serveAdmin: raw.CMS_SERVE_ADMIN,
      logLevel: raw.CMS_LOG_LEVEL,
      backgroundJobs: raw.CMS_BACKGROUND_JOBS,
      outboxKeepDays: raw.OUTBOX_KEEP_DAYS,
      admin: { email: raw.STRAPI_ADMIN_EMAIL, password: raw.STRAPI_ADMIN_PASSWORD },
      secrets: {
        appKeys: raw.APP_KEYS,
        apiTokenSalt: raw.API_TOKEN_SALT,
        adminJwtSecret: raw.ADMIN_JWT_SECRET,
        transferTokenSalt: raw.TRANSFER_TOKEN_SALT,
        jwtSecret: raw.JWT_SECRET,
        encryptionKey: raw.ENCRYPTION_KEY,
      },
    },
    database:
      raw.DATABASE_CLIENT === 'postgres'
        ? { client: 'postgres' as const, url: raw.DATABASE_URL ?? '' }
        : { client: 'sqlite' as const, filename: raw.DATABASE_FILENAME ?? join(raw.DATA_DIR, 'cms', 'data.sqlite') },
    meili: {
      host: meiliHost,
      port: raw.MEILI_PORT,
      publicUrl: raw.MEILI_PUBLIC_URL ?? meiliHost,
      masterKey: raw.MEILI_MASTER_KEY,
      index: raw.MEILI_INDEX,
    },
    sites: {
      port: raw.SITES_PORT,
      outDir: raw.SITES_OUT_DIR ?? join(raw.DATA_DIR, 'sites'),
      urlTemplate: raw.SITE_URL_TEMPLATE ?? `http://{code}.localhost:${raw.SITES_PORT}`,
      mediaUrl: raw.MEDIA_URL ?? `http://localhost:${raw.SITES_PORT}/_media`,
      /** .gz and .br copies for nginx; the development server does not use them. */
      precompress: raw.SITES_PRECOMPRESS ?? raw.NODE_ENV === 'production',
    },
    publisher: { pollMs: raw.PUBLISHER_POLL_MS, leaseMs: raw.PUBLISHER_LEASE_MS, health: { port: raw.PUBLISHER_HEALTH_PORT, host: raw.PUBLISHER_HEALTH_HOST } },
    dispatch: raw.CI_DISPATCH_URL
      ? { url: raw.CI_DISPATCH_URL, token: raw.CI_DISPATCH_TOKEN ?? null, eventType: raw.CI_DISPATCH_EVENT, windowMs: raw.DISPATCH_WINDOW_MS }
      : null,
    seedArticles: raw.SEED_ARTICLES,
    mail: {
      smtp: raw.SMTP_HOST
        ? { host: raw.SMTP_HOST, port: raw.SMTP_PORT, secure: raw.SMTP_SECURE, auth: raw.SMTP_USER ? { user: raw.SMTP_USER, pass: raw.SMTP_PASSWORD ?? '' } : null }
        : null,
      from: raw.MAIL_FROM,
    },
    publicService: {
      port: raw.PUBLIC_SERVICE_PORT,
      host: raw.PUBLIC_SERVICE_HOST,
      url: raw.PUBLIC_SERVICE_URL ?? `http://localhost:${raw.PUBLIC_SERVICE_PORT}`,
      intakeToken: raw.INTAKE_API_TOKEN,
      hmacKey: raw.ALTCHA_HMAC_KEY,
      spoolDir: raw.PUBLIC_SERVICE_SPOOL_DIR ?? join(raw.DATA_DIR, 'public-service', 'spool'),
      trustProxy: raw.PUBLIC_SERVICE_TRUST_PROXY,
    },
  };
}

export type PlatformConfig = ReturnType<typeof derive>;

export interface EnvProblem {
  variable: string;
  message: string;
}

/** Production rules that no single field can check on its own. */
function productionProblems(raw: Raw, env: Record<string, string | undefined>): EnvProblem[] {
  if (raw.NODE_ENV !== 'production') {
    if (raw.DATABASE_CLIENT === 'postgres' && !raw.DATABASE_URL) {
      return [{ variable: 'DATABASE_URL', message: 'is required when DATABASE_CLIENT=postgres' }];
    }
    return [];
  }
  const problems: EnvProblem[] = [];
  for (const name of PRODUCTION_SECRETS) {
    const value = env[name];
    if (!value || value.includes(DEV_ONLY)) {
      problems.push({ variable: name, message: 'is a development default or missing; production needs a real secret' });
    }
  }
  if (raw.DATABASE_CLIENT === 'postgres' && !raw.DATABASE_URL) {
    problems.push({ variable: 'DATABASE_URL', message: 'is required when DATABASE_CLIENT=postgres' });
  }
  if (!raw.SITE_URL_TEMPLATE) {
    problems.push({ variable: 'SITE_URL_TEMPLATE', message: 'is required in production (e.g. https://{domain})' });
  }
  if (!raw.MEILI_HOST) {
    problems.push({ variable: 'MEILI_HOST', message: 'is required in production: point it at an official Meilisearch server' });
  }
  if (!raw.SMTP_HOST) {
    problems.push({ variable: 'SMTP_HOST', message: 'is required in production: the mail server that tells askers their question was answered' });
  }
  if (!raw.PUBLIC_SERVICE_URL) {
    problems.push({ variable: 'PUBLIC_SERVICE_URL', message: "is required in production: where readers' browsers reach the public service (e.g. https://hoidap.quangninh.gov.vn)" });
  }
  if (!raw.MEDIA_URL) {
    problems.push({ variable: 'MEDIA_URL', message: 'is required in production: where the shared media folder is served (e.g. https://media.quangninh.gov.vn)' });
  }
  return problems;
}

export type EnvResult = { config: PlatformConfig; problems: [] } | { config: null; problems: EnvProblem[] };

/** Validates the environment once, reporting every problem with its variable name. */
export function parseEnv(env: Record<string, string | undefined>): EnvResult {
  const parsed = rawSchema.safeParse(env);
  if (!parsed.success) {
    return {
      config: null,
      problems: parsed.error.issues.map((issue) => ({ variable: issue.path.join('.') || '(environment)', message: issue.message })),
    };
  }
  const problems = productionProblems(parsed.data, env);
  if (problems.length > 0) return { config: null, problems };
  return { config: derive(parsed.data), problems: [] };
}

export class EnvError extends Error {
  override name = 'EnvError';
  readonly problems: EnvProblem[];
  constructor(problems: EnvProblem[]) {
    const lines = problems.map((p) => `  - ${p.variable}: ${p.message}`);
    super(
      `The environment is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}\n` +
        'Fix these variables (see "Environment" in README.md) and start again.',
    );
    this.problems = problems;
  }
}

export function loadEnv(env: Record<string, string | undefined> = process.env): PlatformConfig {
  const result = parseEnv(env);
  if (result.config) return result.config;
  throw new EnvError(result.problems);
}
