// The only reader of process.env. Every variable is parsed once, at start, and a bad
// configuration fails with one message that lists every problem, not just the first.
import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must start with postgres:// or postgresql://');

const SECRETS = new Set(['AUTH_SECRET', 'FIELD_ENCRYPTION_KEY']);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_MIGRATION_URL: postgresUrl.optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  KAKEHASHI_DATA_DIR: z.string().min(1).default('./data'),
  KAKEHASHI_DEMO_DATA: booleanFlag.default(true),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  SMTP_URL: z
    .string()
    .url()
    .refine((v) => /^smtps?:\/\//.test(v), 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Kakehashi <no-reply@kakehashi.invalid>'),
  PUBLIC_URL: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'must start with http:// or https://')
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  FIELD_ENCRYPTION_KEY: z
    .string()
    .refine((v) => decodeKey(v) !== null, 'must be 32 random bytes as 64 hex characters or base64 (e.g. `openssl rand -base64 32`)')
    .optional(),
  TRUST_PROXY: z.string().min(1).optional(),
  KAKEHASHI_DEMO_ACCOUNTS: booleanFlag.default(true),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  // `true`: a settable clock starting at the real time; an ISO instant: starting there.
  KAKEHASHI_TEST_CLOCK: z.union([booleanFlag, z.iso.datetime({ offset: true }).transform((v) => new Date(v))]).default(false),
});

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** null: run the embedded PostgreSQL server in dataDir. */
  databaseUrl: string | null;
  /** The role that owns the schema and runs migrations; defaults to databaseUrl. */
  migrationUrl: string | null;
  poolMax: number;
  dataDir: string;
  loadDemoData: boolean;
  shutdownTimeoutMs: number;
  /** null: messages go to the in-app outbox instead of being sent. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Where people reach the app (links in e-mails); defaults to http://localhost:PORT. */
  publicUrl: string;
  /** null: generated once into dataDir/app-secrets.json (never in production). */
  authSecret: string | null;
  /** AES-256 key of the sensitive fields; null: generated once into dataDir/app-secrets.json (never in production). */
  fieldEncryptionKey: Buffer | null;
  /** Fastify trustProxy: false (the socket's address), true, or the proxies' addresses. */
  trustProxy: boolean | string;
  /** Demo accounts: on by default, always off in production. */
  demoAccounts: boolean;
  sessionIdleSeconds: number;
  sessionAbsoluteSeconds: number;
  passwordHashConcurrency: number;
  /** A clock tests may set (PUT /api/test-clock), from `startAt` (null: the real time); null when off. Never in production. */
  testClock: { startAt: Date | null } | null;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "not set", as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        // URLs may carry passwords, and secrets are secrets: never echo them.
        const shown = name.endsWith('_URL') || SECRETS.has(name) ? '' : ` (got ${JSON.stringify(cleaned[name] ?? null)})`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    const missing = [
      !e.AUTH_SECRET && 'AUTH_SECRET: required when NODE_ENV=production (32+ random characters)',
      !e.FIELD_ENCRYPTION_KEY && 'FIELD_ENCRYPTION_KEY: required when NODE_ENV=production (32 random bytes, hex or base64)',
      e.KAKEHASHI_TEST_CLOCK !== false && 'KAKEHASHI_TEST_CLOCK: a settable clock is for tests, never for production',
    ].filter((m): m is string => Boolean(m));
    if (missing.length > 0) throw new ConfigError(missing);
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL ?? null,
    migrationUrl: e.DATABASE_MIGRATION_URL ?? e.DATABASE_URL ?? null,
    poolMax: e.DATABASE_POOL_MAX,
    dataDir: path.resolve(e.KAKEHASHI_DATA_DIR),
    loadDemoData: e.KAKEHASHI_DEMO_DATA,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    authSecret: e.AUTH_SECRET ?? null,
    fieldEncryptionKey: e.FIELD_ENCRYPTION_KEY ? decodeKey(e.FIELD_ENCRYPTION_KEY) : null,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    demoAccounts: e.NODE_ENV !== 'production' && e.KAKEHASHI_DEMO_ACCOUNTS,
    sessionIdleSeconds: e.SESSION_IDLE_MINUTES * 60,
    sessionAbsoluteSeconds: e.SESSION_ABSOLUTE_HOURS * 3600,
    passwordHashConcurrency: e.PASSWORD_HASH_CONCURRENCY,
    testClock: e.KAKEHASHI_TEST_CLOCK === false ? null : { startAt: e.KAKEHASHI_TEST_CLOCK === true ? null : e.KAKEHASHI_TEST_CLOCK },
  };
}

/** 32 bytes written as 64 hex characters or as base64/base64url; null for anything else. */
export function decodeKey(value: string): Buffer | null {
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  return key.length === 32 ? key : null;
}

/** `true` or a comma-separated list of proxy addresses/subnets (e.g. `127.0.0.1,10.0.0.0/8`); unset trusts no proxy. */
function parseTrustProxy(value: string | undefined): boolean | string {
  if (!value || value === 'false') return false;
  return value === 'true' ? true : value;
}
