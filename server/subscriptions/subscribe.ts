// Citizens subscribe without an account. Writes are idempotent: the same browser or address
// subscribing again updates its one subscription (found by keyed hash, never by decrypting).
import { recordAuditEvent } from '../audit/record-audit-event';
import { encryptText, keyedHash } from '../crypto/secret-box';
import type { Db } from '../db/client';
import { confirmationMail } from '../delivery/mail-templates';
import { checkDestinationUrl, privateDestinationsAllowed } from '../delivery/public-destination';
import { sendMail } from '../delivery/mailer';
import { normalizeTrackingCode } from '../text';
import { canHaveDigest, setCadenceInput, subscribeInput, type Cadence, type SetCadenceInput, type SubscribeInput } from './schema';
import { newSubscriptionToken } from './tokens';
import type { Language } from '../i18n/languages';

export type SubscribeResult =
  | { kind: 'push'; subscriptionId: string; unsubscribeToken: string }
  | { kind: 'email' }
  | { kind: 'unknown-report' }
  /** The push endpoint is not a public https address (no browser's push service is anything else). */
  | { kind: 'endpoint-refused' };

export async function subscribe(db: Db, rawInput: SubscribeInput, options: { encryptionKey: string }): Promise<SubscribeResult> {
  const input = subscribeInput.parse(rawInput);
  if (input.push) {
    // The worker will POST to this address on every notice: never inward (public-destination.ts).
    if (!(await checkDestinationUrl(input.push.endpoint, { allowHttp: false, allowPrivate: privateDestinationsAllowed() })).ok) return { kind: 'endpoint-refused' };
    let reportId: string | null = null;
    if (input.trackingCode) {
      const trackingCode = normalizeTrackingCode(input.trackingCode);
      const report = trackingCode ? await db.report.findUnique({ where: { trackingCode }, select: { id: true } }) : null;
      if (!report) return { kind: 'unknown-report' };
      reportId = report.id;
    }
    const address = JSON.stringify({ endpoint: input.push.endpoint, keys: input.push.keys });
    // A browser has one endpoint; bound to a report it is a separate subscription with its own hash.
    const addressHash = keyedHash(reportId ? `${input.push.endpoint}#report:${reportId}` : input.push.endpoint, options.encryptionKey);
    const saved = await upsert(db, {
      channel: 'WEB_PUSH',
      addressHash,
      addressCipher: encryptText(address, options.encryptionKey),
      language: input.language,
      regionCodes: reportId ? [] : input.regionCodes,
      reportId,
      cadence: input.cadence,
      confirmed: true,
    });
    return { kind: 'push', subscriptionId: saved.id, unsubscribeToken: saved.unsubscribeToken };
  }

  const email = input.email!.trim().toLowerCase();
  const addressHash = keyedHash(email, options.encryptionKey);
  const existing = await db.subscription.findUnique({ where: { channel_addressHash: { channel: 'EMAIL', addressHash } }, select: { id: true, active: true, confirmed: true } });
  // Someone already confirmed: answer the same as for a new address (no way to test who subscribed),
  // and change nothing — only the address owner may change it, through a new confirmation.
  if (existing?.active && existing.confirmed) return { kind: 'email' };
  const confirmToken = newSubscriptionToken();
  const saved = await upsert(db, {
    channel: 'EMAIL',
    addressHash,
    addressCipher: encryptText(email, options.encryptionKey),
    language: input.language,
    regionCodes: input.regionCodes,
    reportId: null,
    cadence: input.cadence,
    confirmed: false,
    confirmToken,
  });
  await sendMail(confirmationMail(email, input.language, confirmToken, saved.unsubscribeToken));
  return { kind: 'email' };
}

interface SubscriptionFields {
  channel: 'WEB_PUSH' | 'EMAIL';
  addressHash: string;
  addressCipher: string;
  language: Language;
  regionCodes: string[];
  reportId: string | null;
  cadence: Cadence;
  confirmed: boolean;
  confirmToken?: string;
}

async function upsert(db: Db, fields: SubscriptionFields) {
  return db.$transaction(async (tx) => {
    const data = {
      addressCipher: fields.addressCipher,
      language: fields.language,
      regionCodes: fields.regionCodes,
      reportId: fields.reportId,
      cadence: fields.cadence,
      confirmed: fields.confirmed,
      confirmToken: fields.confirmToken ?? null,
      confirmedAt: fields.confirmed ? new Date() : null,
      active: true,
      deactivatedReason: null,
    };
    const saved = await tx.subscription.upsert({
      where: { channel_addressHash: { channel: fields.channel, addressHash: fields.addressHash } },
      create: { channel: fields.channel, addressHash: fields.addressHash, unsubscribeToken: newSubscriptionToken(), ...data },
      update: data,
      select: { id: true, unsubscribeToken: true },
    });
    await recordAuditEvent(tx, {
      actorLabel: 'citizen',
      action: 'subscription.subscribed',
      entityId: saved.id,
      after: { channel: fields.channel, regionCodes: fields.regionCodes, language: fields.language, reportBound: Boolean(fields.reportId), cadence: fields.cadence },
    });
    return saved;
  });
}

/** Double opt-in: the link in the confirmation mail (idempotent: opening it twice is fine). Returns the subscription's language, or null. */
export async function confirmEmailSubscription(db: Db, token: string): Promise<{ language: Language } | null> {
  return db.$transaction(async (tx) => {
    const subscription = await tx.subscription.findUnique({ where: { confirmToken: token }, select: { id: true, language: true } });
    if (!subscription) return null;
    await tx.subscription.update({ where: { id: subscription.id }, data: { confirmed: true, confirmedAt: new Date(), active: true, deactivatedReason: null } });
    await recordAuditEvent(tx, { actorLabel: 'citizen', action: 'subscription.confirmed', entityId: subscription.id });
    return { language: subscription.language };
  });
}

/** One-click unsubscribe. Idempotent: unsubscribing twice is fine. Returns false for an unknown token. */
export async function unsubscribe(db: Db, token: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const subscription = await tx.subscription.findUnique({ where: { unsubscribeToken: token }, select: { id: true, active: true } });
    if (!subscription) return false;
    if (subscription.active) {
      await tx.subscription.update({ where: { id: subscription.id }, data: { active: false, deactivatedReason: 'unsubscribed', confirmToken: null } });
      await recordAuditEvent(tx, { actorLabel: 'citizen', action: 'subscription.unsubscribed', entityId: subscription.id });
    }
    return true;
  });
}

export type SetCadenceResult = 'saved' | 'unknown-token' | 'not-allowed';

/**
 * The manage page's "how often": at once, or a daily or weekly digest. Anyone holding the link every
 * message carries may change it (as they may unsubscribe). Digests are for e-mail, Telegram and
 * Web Push subscribers; SMS, partner webhooks and report-bound push get every notice at once.
 */
export async function setSubscriptionCadence(db: Db, rawInput: SetCadenceInput): Promise<SetCadenceResult> {
  const input = setCadenceInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const subscription = await tx.subscription.findUnique({ where: { unsubscribeToken: input.token }, select: { id: true, channel: true, cadence: true, reportId: true, label: true } });
    if (!subscription) return 'unknown-token';
    if (!canHaveDigest(subscription)) return 'not-allowed';
    if (subscription.cadence === input.cadence) return 'saved';
    await tx.subscription.update({ where: { id: subscription.id }, data: { cadence: input.cadence } });
    await recordAuditEvent(tx, { actorLabel: 'citizen', action: 'subscription.cadence_changed', entityId: subscription.id, before: { cadence: subscription.cadence }, after: { cadence: input.cadence } });
    return 'saved';
  });
}
