// Partner webhooks: one signed JSON POST per notice version and one when a notice is withdrawn. The
// event says which: `notice.published` (a first version), `notice.corrected` (a later one — it
// replaces what the partner holds for that notice id), `notice.withdrawn` (take it down, say why).
// The delivery id travels in a header so a receiver can drop the duplicate if a retry follows an
// answer that got lost.
import { decryptText } from '../crypto/secret-box';
import { serverEnv } from '../config/env';
import type { ChannelSender, OutgoingNotice } from './channel-sender';
import { postBuffer } from './http-post';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhookBody } from './webhook-signature';
import { privateDestinationsAllowed } from './public-destination';

const TIMEOUT_MS = 10_000;

export type WebhookEvent = 'notice.published' | 'notice.corrected' | 'notice.withdrawn';

export interface WebhookBody {
  event: WebhookEvent;
  deliveryId: string;
  sentAt: string;
  notice: {
    id: string;
    slug: string;
    url: string;
    version: number;
    isCorrection: boolean;
    changeNote: string | null;
    verdict: string;
    urgency: string;
    regions: string[];
    language: string;
    title: string;
    summary: string;
    whatToDo: string | null;
  };
  /** Present for `notice.withdrawn`: when, and why (in the subscription's language, or the nearest one written). */
  withdrawal?: { withdrawnAt: string; reason: string | null };
}

export function webhookEvent(notice: OutgoingNotice): WebhookEvent {
  if (notice.withdrawal) return 'notice.withdrawn';
  return notice.version > 1 ? 'notice.corrected' : 'notice.published';
}

export function webhookBody(deliveryId: string, notice: OutgoingNotice, regions: string[]): WebhookBody {
  return {
    event: webhookEvent(notice),
    deliveryId,
    sentAt: new Date().toISOString(),
    notice: {
      id: notice.noticeId,
      slug: notice.slug,
      url: notice.url,
      version: notice.version,
      isCorrection: notice.isCorrection,
      changeNote: notice.changeNote,
      verdict: notice.verdict,
      urgency: notice.urgency,
      regions,
      language: notice.language,
      title: notice.title,
      summary: notice.summary,
      whatToDo: notice.whatToDo,
    },
    ...(notice.withdrawal ? { withdrawal: { withdrawnAt: notice.withdrawal.withdrawnAt.toISOString(), reason: notice.withdrawal.reason } } : {}),
  };
}

export const webhookSender: ChannelSender = {
  channel: 'WEBHOOK',
  async send(_db, target, notice) {
    const subscription = target.subscription;
    if (!subscription?.webhookSecret) return { status: 'failed', error: 'webhook without secret' };
    let rawUrl: string;
    try {
      rawUrl = decryptText(subscription.addressCipher, serverEnv().RASPA_ENCRYPTION_KEY);
    } catch {
      return { status: 'failed', error: 'unreadable webhook URL', deactivateSubscription: true };
    }
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      return { status: 'failed', error: 'webhook URL refused: not a URL' };
    }
    const payload = webhookBody(target.deliveryId, notice, notice.regionCodes);
    const body = JSON.stringify(payload);
    // Checked when registered and again, with the address pinned, when each connection is made.
    const result = await postBuffer(
      url,
      {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(body),
        'User-Agent': 'Raspa-Webhooks/1',
        [SIGNATURE_HEADER]: signWebhookBody(body, subscription.webhookSecret),
        [DELIVERY_HEADER]: target.deliveryId,
        [EVENT_HEADER]: payload.event,
        [TIMESTAMP_HEADER]: String(Math.floor(Date.now() / 1000)),
      },
      body,
      TIMEOUT_MS,
      { publicOnly: !privateDestinationsAllowed() },
    );
    if (result.refused) return { status: 'failed', error: `webhook URL refused: ${result.error}` };
    if (result.status >= 200 && result.status < 300) return { status: 'sent' };
    if (result.status === 410) return { status: 'failed', error: 'partner answered 410 Gone', deactivateSubscription: true };
    if (result.status === 0) return { status: 'retry', error: result.error ?? 'no answer' };
    if (result.status === 408 || result.status === 429 || result.status >= 500) return { status: 'retry', error: `partner answered ${result.status}`, retryAfterMs: result.retryAfter };
    return { status: 'failed', error: `partner answered ${result.status}` };
  },
};
