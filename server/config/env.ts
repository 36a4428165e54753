// The one module that reads the environment (ESLint forbids `process.env` everywhere else in the
// app). Validated once at start-up: a bad variable stops the server with a message that names it.
// Every variable is documented in .env.example.
import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1');

/** An unset variable and an empty one (`FOO=` in a .env file) mean the same. */
function optionalSetting<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

/** The Telegram bot (server/channels/telegram). All optional: without a token the bot is off. */
export const telegramEnvSchema = z.object({
  TELEGRAM_BOT_TOKEN: optionalSetting(z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'TELEGRAM_BOT_TOKEN must look like 123456789:AA… (from @BotFather).')),
  TELEGRAM_WEBHOOK_SECRET: optionalSetting(
    z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'TELEGRAM_WEBHOOK_SECRET must be 16–256 characters of A-Z, a-z, 0-9, _ and -.'),
  ),
  TELEGRAM_API_BASE_URL: optionalSetting(z.url('TELEGRAM_API_BASE_URL must be an absolute URL.')).transform((value) => value ?? 'https://api.telegram.org'),
  TELEGRAM_PUBLIC_CHANNEL: optionalSetting(
    z.string().regex(/^(@[A-Za-z][A-Za-z0-9_]{3,31}|-?\d+)$/, 'TELEGRAM_PUBLIC_CHANNEL must be @channelname or a numeric chat id.'),
  ),
  TELEGRAM_PUBLIC_CHANNEL_LANGUAGE: optionalSetting(z.enum(LANGUAGES)).transform((value) => value ?? 'ru'),
  TELEGRAM_BOT_USERNAME: optionalSetting(z.string().regex(/^@?[A-Za-z][A-Za-z0-9_]{3,31}$/, "TELEGRAM_BOT_USERNAME must be the bot's @username.")),
});

/** Port of the web server; also the fallback for links when NEXTAUTH_URL is unset. */
const port = z.coerce.number({ error: 'PORT must be a number.' }).int().min(1).max(65535).default(3000);

export const serverEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: port,
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required (npm start sets it for the embedded database; `npm run worker` needs the web server\'s).' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// connection string.'),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters.'),
  NEXTAUTH_URL: z.url('NEXTAUTH_URL must be an absolute URL such as http://localhost:3000.').optional(),
  RASPA_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'RASPA_ENCRYPTION_KEY must be 32 random bytes, base64-encoded (openssl rand -base64 32).'),
  RASPA_DEMO: booleanFlag,
  /** Admins must set up two-factor sign-in (an authenticator app) before they can do anything else. */
  RASPA_REQUIRE_ADMIN_2FA: booleanFlag,
  RATE_LIMIT_DISABLED: booleanFlag,
  /**
   * How many reverse proxies of ours stand in front of Raspa, each appending to X-Forwarded-For and
   * setting X-Forwarded-Proto (server/http/client-address.ts). 0: none — those headers are ignored.
   */
  RASPA_TRUSTED_PROXY_HOPS: z.coerce.number({ error: 'RASPA_TRUSTED_PROXY_HOPS must be a whole number ≥ 0.' }).int().min(0, 'RASPA_TRUSTED_PROXY_HOPS must be ≥ 0.').max(10, 'RASPA_TRUSTED_PROXY_HOPS must be at most 10.').default(0),
  // E-mail (server/delivery/mailer.ts): SMTP_URL, or host/port/user/pass. Unset = mails are logged.
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://').optional(),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().positive().optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  SMTP_FROM: z.string().optional(),
  /** Web Push contact (VAPID subject): a mailto: or https: URL. */
  RASPA_VAPID_SUBJECT: z.string().regex(/^(mailto:|https:\/\/)/, 'RASPA_VAPID_SUBJECT must be a mailto: or https:// URL.').optional(),
  /** Lets partner webhooks and push endpoints point at private/loopback addresses, over http too (local stand-ins; always when NODE_ENV=test). */
  RASPA_WEBHOOK_ALLOW_PRIVATE: booleanFlag,
  /** Password of the SMPP account; when set, the one stored (sealed) from the Channels page is not used. */
  SMPP_PASSWORD: optionalSetting(z.string().max(64, 'SMPP_PASSWORD must be at most 64 characters.')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ...telegramEnvSchema.shape,
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** Readable list of what is wrong, one variable per line. */
export function describeEnvErrors(error: z.ZodError): string {
  return error.issues.map((issue) => `  - ${issue.path.join('.') || 'environment'}: ${issue.message}`).join('\n');
}

let cached: ServerEnv | undefined;

/** The whole validated environment of the web server and the worker. */
export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = serverEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Raspa cannot start: invalid environment.\n${describeEnvErrors(parsed.error)}\nSee .env.example.`);
  }
  cached = parsed.data;
  return cached;
}

/**
 * One setting, validated by its entry in the schema, without requiring the rest of the environment:
 * for code that also runs where the app's secrets are not set — `next build`, the launcher before
 * it has generated them (the log level, the build mode).
 */
export function envSetting<K extends keyof ServerEnv>(key: K): ServerEnv[K] {
  const parsed = serverEnvSchema.shape[key].safeParse(process.env[key]);
  if (!parsed.success) throw new Error(`Raspa cannot start: invalid environment.\n${describeEnvErrors(prefixed(parsed.error, key))}\nSee .env.example.`);
  return parsed.data as ServerEnv[K];
}

/**
 * DATABASE_URL when this process has one; undefined in a bench or script that hands the code a
 * connection of its own and sets none (then there is no process-wide database to listen to).
 */
export function configuredDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL ? envSetting('DATABASE_URL') : undefined;
}

function prefixed(error: z.ZodError, key: string): z.ZodError {
  return new z.ZodError(error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] })));
}

/**
 * Which Next.js bundle this module was compiled into ('nodejs' or 'edge'; undefined outside Next).
 * Next replaces the literal `process.env.NEXT_RUNTIME` at build time, so it is read literally here.
 */
export const nextRuntime: string | undefined = process.env.NEXT_RUNTIME;

/** The environment a child process inherits (PostgreSQL's tools, the web server), with some variables set. */
export function childProcessEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const set = Object.entries(overrides).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { ...process.env, ...Object.fromEntries(set) };
}

/**
 * `npm start` (scripts/start.ts): the launcher's own settings. It runs before the secrets exist,
 * fills them in from .data/secrets.json and starts the web server with serverEnvSchema's variables.
 */
export const launcherEnvSchema = z.object({
  PORT: port,
  // Not HOSTNAME: shells set that to the machine's name. Unset = all interfaces (IPv4 and IPv6).
  RASPA_LISTEN_HOST: optionalSetting(z.string().min(1)),
  DATABASE_URL: optionalSetting(z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// connection string.')),
  NEXTAUTH_URL: optionalSetting(z.url('NEXTAUTH_URL must be an absolute URL such as http://localhost:3000.')),
  NEXTAUTH_SECRET: optionalSetting(z.string()),
  RASPA_ENCRYPTION_KEY: optionalSetting(z.string()),
  RASPA_DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number({ error: 'EMBEDDED_PG_PORT must be a number.' }).int().min(1024).max(65535).default(54329),
  EMBEDDED_PG_PASSWORD: optionalSetting(z.string()),
  RASPA_DEMO: optionalSetting(z.enum(['true', 'false', '1', '0'])),
  // Scale out on one machine: web servers on PORT, PORT+1 …, and background workers — all stateless
  // over the one PostgreSQL (live events through LISTEN/NOTIFY, work claimed with row locks).
  RASPA_WEB_PROCESSES: z.coerce.number({ error: 'RASPA_WEB_PROCESSES must be a number from 1 to 8.' }).int().min(1).max(8).default(1),
  RASPA_WORKER_PROCESSES: z.coerce.number({ error: 'RASPA_WORKER_PROCESSES must be a number from 1 to 8.' }).int().min(1).max(8).default(1),
});

export type LauncherEnv = z.infer<typeof launcherEnvSchema>;

export function launcherEnv(): z.ZodSafeParseResult<LauncherEnv> {
  return launcherEnvSchema.safeParse(process.env);
}

