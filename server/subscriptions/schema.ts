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

export const subscribeInput = z
  .object({
    language: z.enum(LANGUAGES, { error: 'language' }),
    /** Empty = every region. */
    regionCodes: z.array(z.enum(REGION_CODES, { error: 'regions' })).max(REGION_CODES.length, 'regions').default([]),
    email: z.email({ error: 'email' }).max(254, 'email').optional(),
    push: pushSubscriptionJson.optional(),
    /** Push bound to one report ("notify me when the verdict is out" on the tracking page). */
    trackingCode: z.string().min(4).max(20).optional(),
  })
  .refine((v) => Boolean(v.email) !== Boolean(v.push), { error: 'channel', path: ['email'] })
  .refine((v) => !v.trackingCode || v.push, { error: 'channel', path: ['trackingCode'] });
export type SubscribeInput = z.input<typeof subscribeInput>;

export const subscriptionTokenInput = z.object({ token: z.string().min(16).max(100).regex(/^[A-Za-z0-9_-]+$/) });

export const createWebhookInput = z.object({
  url: z.url({ protocol: /^https?$/, error: 'urlRefused' }).max(2000, 'urlRefused'),
  label: z.string().trim().min(1, 'labelRequired').max(120),
  regionCodes: z.array(z.enum(REGION_CODES)).max(REGION_CODES.length).default([]),
  language: z.enum(LANGUAGES).default('ru'),
});
export type CreateWebhookInput = z.input<typeof createWebhookInput>;

export const setWebhookActiveInput = z.object({ id: z.uuid(), active: z.boolean() });
