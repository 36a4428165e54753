// Environment of the running app, validated once at start-up: a bad variable stops the server
// with a message that names it. Every variable is documented in .env.example.
import { z } from 'zod';

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
  TELEGRAM_PUBLIC_CHANNEL_LANGUAGE: optionalSetting(z.enum(['kk', 'ru', 'en'])).transform((value) => value ?? 'ru'),
  TELEGRAM_BOT_USERNAME: optionalSetting(z.string().regex(/^@?[A-Za-z][A-Za-z0-9_]{3,31}$/, "TELEGRAM_BOT_USERNAME must be the bot's @username.")),
});

export const serverEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required (npm start sets it for the embedded database).' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// connection string.'),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters.'),
  NEXTAUTH_URL: z.url('NEXTAUTH_URL must be an absolute URL such as http://localhost:3000.').optional(),
  RASPA_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'RASPA_ENCRYPTION_KEY must be 32 random bytes, base64-encoded (openssl rand -base64 32).'),
  RASPA_DEMO: booleanFlag,
  RATE_LIMIT_DISABLED: booleanFlag,
  // E-mail (server/delivery/mailer.ts): SMTP_URL, or host/port/user/pass. Unset = mails are logged.
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://').optional(),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().positive().optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  SMTP_FROM: z.string().optional(),
  /** Web Push contact (VAPID subject): a mailto: or https: URL. */
  RASPA_VAPID_SUBJECT: z.string().regex(/^(mailto:|https:\/\/)/, 'RASPA_VAPID_SUBJECT must be a mailto: or https:// URL.').optional(),
  /** Lets partner webhooks point at private/loopback addresses (always allowed when NODE_ENV=test). */
  RASPA_WEBHOOK_ALLOW_PRIVATE: booleanFlag,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ...telegramEnvSchema.shape,
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** Readable list of what is wrong, one variable per line. */
export function describeEnvErrors(error: z.ZodError): string {
  return error.issues.map((issue) => `  - ${issue.path.join('.') || 'environment'}: ${issue.message}`).join('\n');
}

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = serverEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Raspa cannot start: invalid environment.\n${describeEnvErrors(parsed.error)}\nSee .env.example.`);
  }
  cached = parsed.data;
  return cached;
}
