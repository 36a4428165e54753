// One schema per input, shared by the subscribe form (react-hook-form), the REST route and tRPC.
// Error messages are keys under `subscribe.validation` in messages/*.json.
import { z } from 'zod';
import { REGION_CODES } from '../regions/codes';
import { LANGUAGES } from '../i18n/languages';

const base64url = z.string().regex(/^[A-Za-z0-9_-]+=*$/, 'push').max(200);

/** PushSubscription.toJSON() as the browser gives it (whether its endpoint is public: subscribe.ts). */
export const pushSubscriptionJson = z.object({
  endpoint: z.url({ protocol: /^https?$/, error: 'push' }).max(2000),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({ p256dh: base64url, auth: base64url }),
});

/** How often a subscriber hears of new notices: each at once, or a daily or weekly digest. */
export const CADENCES = ['IMMEDIATE', 'DAILY', 'WEEKLY'] as const;
export type Cadence = (typeof CADENCES)[number];
export const cadence = z.enum(CADENCES, { error: 'cadence' });

export const subscribeInput = z
  .object({
    language: z.enum(LANGUAGES, { error: 'language' }),
    /** Empty = every region. */
    regionCodes: z.array(z.enum(REGION_CODES, { error: 'regions' })).max(REGION_CODES.length, 'regions').default([]),
    email: z.email({ error: 'email' }).max(254, 'email').optional(),
    push: pushSubscriptionJson.optional(),
    /** Push bound to one report ("notify me when the verdict is out" on the tracking page). */
    trackingCode: z.string().min(4).max(20).optional(),
    cadence: cadence.default('IMMEDIATE'),
  })
  .refine((v) => Boolean(v.email) !== Boolean(v.push), { error: 'channel', path: ['email'] })
  .refine((v) => !v.trackingCode || v.push, { error: 'channel', path: ['trackingCode'] })
  // A report's verdict is one message, awaited: never held for a digest.
  .refine((v) => !v.trackingCode || v.cadence === 'IMMEDIATE', { error: 'cadence', path: ['cadence'] });
export type SubscribeInput = z.input<typeof subscribeInput>;

export const subscriptionTokenInput = z.object({ token: z.string().min(16).max(100).regex(/^[A-Za-z0-9_-]+$/) });

/** The manage page's "how often" form (the token is the unsubscribe token every message carries). */
export const setCadenceInput = z.object({ token: subscriptionTokenInput.shape.token, cadence });
export type SetCadenceInput = z.input<typeof setCadenceInput>;

/** Whether a subscription may choose a digest (the same rule as the database's CHECK, plus report-bound push and the public channel). */
export function canHaveDigest(subscription: { channel: string; reportId: string | null; label: string | null }): boolean {
  return ['EMAIL', 'TELEGRAM', 'WEB_PUSH'].includes(subscription.channel) && !subscription.reportId && subscription.label === null;
}

export const createWebhookInput = z.object({
  url: z.url({ protocol: /^https?$/, error: 'urlRefused' }).max(2000, 'urlRefused'),
  label: z.string().trim().min(1, 'labelRequired').max(120),
  regionCodes: z.array(z.enum(REGION_CODES)).max(REGION_CODES.length).default([]),
  language: z.enum(LANGUAGES).default('ru'),
});
export type CreateWebhookInput = z.input<typeof createWebhookInput>;

export const setWebhookActiveInput = z.object({ id: z.uuid(), active: z.boolean() });
