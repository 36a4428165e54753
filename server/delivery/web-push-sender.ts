// Web Push (RFC 8030/8291/8292): the payload is encrypted for the browser's key by the web-push
// library; we send the request ourselves over keep-alive agents (web-push opens a new TLS
// connection per message) and sign one VAPID token per push service for hours, not per message.
import webPush from 'web-push';
import { serverEnv } from '../config/env';
import { decryptText } from '../crypto/secret-box';
import type { Db } from '../db/client';
import { postBuffer } from './http-post';
import { privateDestinationsAllowed } from './public-destination';
import { encryptPush, type EncryptedPush } from './push-encryption-pool';
import type { ChannelSender, DeliveryTarget, OutgoingDigest, OutgoingNotice, SendOutcome } from './channel-sender';
import { digestPeriodLabel } from './mail-templates';
import { leadsWithFact } from '../notices/debunk-order';
import { deliveryText, verdictWords } from './notice-words';
import { getVapidKeys } from './vapid';

const TTL_SECONDS = 24 * 60 * 60;
const VAPID_TOKEN_SECONDS = 12 * 60 * 60;

export interface PushSubscriptionAddress {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** What the service worker receives (app/sw.ts shows it). */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
  /** A notice's verdict; absent for a staff notification. */
  verdict?: string;
  /** One per notice: a correction replaces the earlier notification instead of adding one. */
  tag: string;
  lang: string;
  correction: boolean;
  /** The notice was withdrawn: the notification says so, in place of the one it replaces. */
  withdrawn: boolean;
}

/** Notification titles show one or two lines; the rest of the fact is on the page. */
const PUSH_TITLE_MAX = 110;
/** A staff notification's (and a digest's) body: the start of the text; the rest is on the page. */
const STAFF_PUSH_BODY_MAX = 180;

function shorten(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

export function pushPayload(notice: OutgoingNotice): PushPayload {
  const verdict = verdictWords(notice.verdict, notice.language);
  if (notice.withdrawal) {
    return {
      title: deliveryText(notice.language, 'pushWithdrawnTitle', { title: notice.title }),
      body: notice.withdrawal.reason ? deliveryText(notice.language, 'pushWithdrawnBody', { reason: notice.withdrawal.reason }) : deliveryText(notice.language, 'pushWithdrawnBodyNoReason'),
      url: notice.url,
      verdict: notice.verdict,
      tag: `notice-${notice.noticeId}`,
      lang: notice.language,
      correction: false,
      withdrawn: true,
    };
  }
  // Debunking order: for a false or misleading claim the fact is the headline and the claim, flagged,
  // follows; a true claim (or an interim notice) is itself the headline.
  const claim = `${verdict}: «${notice.title}»`;
  const [title, text] = leadsWithFact(notice.verdict) ? [shorten(notice.summary, PUSH_TITLE_MAX), claim] : [`${verdict}: ${notice.title}`, notice.summary];
  return {
    title,
    body: notice.isCorrection && notice.changeNote ? `${notice.changeNote} — ${text}` : text,
    url: notice.url,
    verdict: notice.verdict,
    tag: `notice-${notice.noticeId}`,
    lang: notice.language,
    correction: notice.isCorrection,
    withdrawn: false,
  };
}

const vapidHeaderCache = new Map<string, { header: string; expiresAt: number }>();

async function vapidAuthorization(db: Db, endpoint: string): Promise<string> {
  const audience = new URL(endpoint).origin;
  const hit = vapidHeaderCache.get(audience);
  if (hit && hit.expiresAt - Date.now() > 60 * 60_000) return hit.header;
  const keys = await getVapidKeys(db);
  const expiresAt = Date.now() + VAPID_TOKEN_SECONDS * 1000;
  const { Authorization } = webPush.getVapidHeaders(audience, vapidSubject(), keys.publicKey, keys.privateKey, 'aes128gcm', Math.floor(expiresAt / 1000)) as { Authorization: string };
  vapidHeaderCache.set(audience, { header: Authorization, expiresAt });
  return Authorization;
}

function vapidSubject(): string {
  const env = serverEnv();
  if (env.RASPA_VAPID_SUBJECT) return env.RASPA_VAPID_SUBJECT;
  const address = env.SMTP_FROM?.match(/[^<\s]+@[^>\s]+/)?.[0] ?? 'noreply@raspa.invalid';
  return `mailto:${address}`;
}

export function parsePushAddress(plain: string): PushSubscriptionAddress {
  const parsed = JSON.parse(plain) as PushSubscriptionAddress;
  if (!parsed?.endpoint || !parsed.keys?.p256dh || !parsed.keys.auth) throw new Error('not a push subscription');
  return parsed;
}

/**
 * The Topic header (≤ 32 base64url characters) from an id: the push service keeps only the newest
 * undelivered message per topic, so a retried or corrected message replaces the earlier one.
 */
export function pushTopic(id: string): string {
  return id.replace(/-/g, '').slice(0, 32);
}

export async function sendWebPush(db: Db, address: PushSubscriptionAddress, payload: PushPayload, urgent: boolean, topic: string): Promise<SendOutcome> {
  const authorization = await vapidAuthorization(db, address.endpoint);
  const options = {
    vapidDetails: null,
    headers: { Authorization: authorization },
    TTL: TTL_SECONDS,
    urgency: urgent ? 'high' : 'normal',
    topic,
  } as unknown as webPush.RequestOptions;
  let request: EncryptedPush;
  try {
    request = await encryptPush({ endpoint: address.endpoint, keys: address.keys }, JSON.stringify(payload), options);
  } catch (error) {
    return { status: 'failed', error: `could not encrypt for this subscription: ${error instanceof Error ? error.message : String(error)}`, deactivateSubscription: true };
  }
  // Anyone may subscribe, so the endpoint is an outsider's choice: public addresses only.
  const { status, retryAfter, refused, error } = await postBuffer(new URL(address.endpoint), request.headers, request.body, 15_000, { publicOnly: !privateDestinationsAllowed() });
  if (refused) return { status: 'failed', error: `push endpoint refused: ${error}`, deactivateSubscription: true };
  if (status >= 200 && status < 300) return { status: 'sent' };
  if (status === 404 || status === 410) return { status: 'failed', error: `push endpoint gone (${status})`, deactivateSubscription: true };
  if (status === 429 || status >= 500 || status === 0) return { status: 'retry', error: status === 0 ? 'push service unreachable' : `push service answered ${status}`, retryAfterMs: retryAfter };
  return { status: 'failed', error: `push service refused the message (${status})` };
}

/** A digest as one notification: how many, the first titles, and a tap to the region's notices. */
export function digestPushPayload(digest: OutgoingDigest): PushPayload {
  const lang = digest.language;
  return {
    title: deliveryText(lang, digest.cadence === 'DAILY' ? 'digestSubjectDaily' : 'digestSubjectWeekly', { period: digestPeriodLabel(digest) }),
    body: shorten(`${deliveryText(lang, 'digestCount', { count: digest.items.length })} — ${digest.items.map((i) => i.title).join(' · ')}`, STAFF_PUSH_BODY_MAX),
    url: digest.url,
    tag: `digest-${digest.digestId}`,
    lang,
    correction: false,
    withdrawn: false,
  };
}

/** The subscriber's browser, or why nothing can be sent to it (an unreadable one is given up). */
function subscriberAddress(target: DeliveryTarget): PushSubscriptionAddress | SendOutcome {
  if (!target.subscription) return { status: 'failed', error: 'web push needs a subscription' };
  try {
    return parsePushAddress(decryptText(target.subscription.addressCipher, serverEnv().RASPA_ENCRYPTION_KEY));
  } catch {
    return { status: 'failed', error: 'unreadable push subscription', deactivateSubscription: true };
  }
}

export const webPushSender: ChannelSender = {
  channel: 'WEB_PUSH',
  async send(db: Db, target: DeliveryTarget, notice: OutgoingNotice): Promise<SendOutcome> {
    const address = subscriberAddress(target);
    if ('status' in address) return address;
    return sendWebPush(db, address, pushPayload(notice), notice.urgency === 'URGENT', pushTopic(notice.noticeId));
  },
  async sendDigest(db, target, digest) {
    const address = subscriberAddress(target);
    if ('status' in address) return address;
    return sendWebPush(db, address, digestPushPayload(digest), false, pushTopic(digest.digestId));
  },
  // To every browser in which the member turned push on. The Topic is the notification's id (its
  // idempotency key) and the tag too: a retry after a partial failure replaces, never doubles, the
  // notification on a device that already got it. A browser whose endpoint is gone is forgotten.
  async sendStaffNotification(db, message) {
    const devices = await db.staffPushSubscription.findMany({ where: { userId: message.recipient.id }, select: { id: true, addressCipher: true } });
    if (devices.length === 0) return { status: 'failed', error: 'no browser of the member has push notifications turned on' };
    const payload: PushPayload = {
      title: message.what,
      body: shorten(message.claim, STAFF_PUSH_BODY_MAX),
      url: message.url,
      tag: `staff-${message.notificationId}`,
      lang: message.language,
      correction: false,
      withdrawn: false,
    };
    const outcomes: SendOutcome[] = [];
    const forget: string[] = [];
    for (const device of devices) {
      let address: PushSubscriptionAddress;
      try {
        address = parsePushAddress(decryptText(device.addressCipher, serverEnv().RASPA_ENCRYPTION_KEY));
      } catch {
        forget.push(device.id);
        continue;
      }
      const outcome = await sendWebPush(db, address, payload, message.critical, pushTopic(message.notificationId));
      if (outcome.status === 'failed' && outcome.deactivateSubscription) forget.push(device.id);
      outcomes.push(outcome);
    }
    if (forget.length > 0) await db.staffPushSubscription.deleteMany({ where: { id: { in: forget } } });
    const retry = outcomes.find((o) => o.status === 'retry');
    if (retry) return retry;
    if (outcomes.some((o) => o.status === 'sent')) return { status: 'sent' };
    return { status: 'failed', error: outcomes.map((o) => ('error' in o ? o.error : o.status)).join('; ') || 'no readable push subscription' };
  },
};
