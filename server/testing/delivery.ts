// Builders for delivery tests: subscriptions and reporters as the subscribe flow and intake leave them.
import { randomBytes } from 'node:crypto';
import { serverEnv } from '../config/env';
import type { Db } from '../db/client';
import type { SubscriptionChannel } from '../db/generated/enums';
import { encryptText, keyedHash } from '../crypto/secret-box';
import { generateTrackingCode, normalizeReportText } from '../text';
import type { Language } from '../i18n/languages';
import type { OutgoingNotice } from '../delivery/channel-sender';

export const TEST_KEY = serverEnv().RASPA_ENCRYPTION_KEY;

/** A notice as the senders are handed it — a first version, FALSE, for Mangystau, in Russian; tests override what they are about. */
export function outgoingNotice(overrides: Partial<OutgoingNotice> = {}): OutgoingNotice {
  return {
    noticeId: 'n1',
    rumorId: 'r1',
    slug: 'aktau-port',
    version: 1,
    isCorrection: false,
    changeNote: null,
    verdict: 'FALSE',
    urgency: 'NORMAL',
    regionCodes: ['KZ-47'],
    language: 'ru',
    title: 'В Актау закроют порт',
    summary: 'Порт работает',
    whatToDo: null,
    smsText: 'Raspa: порт не закрывают.',
    url: 'https://raspa.kz/ru/notices/aktau-port',
    verificationCode: null,
    withdrawal: null,
    ...overrides,
  };
}

export async function createSubscription(
  db: Db,
  options: { channel?: SubscriptionChannel; regionCodes?: string[]; confirmed?: boolean; active?: boolean; reportId?: string; language?: Language; address?: string; webhookSecret?: string },
) {
  const address = options.address ?? `${randomBytes(6).toString('hex')}@example.kz`;
  return db.subscription.create({
    data: {
      channel: options.channel ?? 'WEB_PUSH',
      regionCodes: options.regionCodes ?? [],
      language: options.language ?? 'ru',
      confirmed: options.confirmed ?? true,
      active: options.active ?? true,
      addressCipher: encryptText(address, TEST_KEY),
      addressHash: keyedHash(`${address}#${randomBytes(4).toString('hex')}`, TEST_KEY),
      unsubscribeToken: randomBytes(18).toString('base64url'),
      reportId: options.reportId ?? null,
      webhookSecret: options.webhookSecret ?? null,
    },
  });
}

let reportCounter = 0;

export async function createReport(db: Db, rumorId: string, options: { wantsFeedback?: boolean; contactKind?: 'EMAIL' | 'PHONE' | 'TELEGRAM'; contact?: string; language?: Language } = {}) {
  reportCounter++;
  const text = `Слышал, что закроют рынок ${reportCounter} ${Math.random()}`;
  return db.report.create({
    data: {
      clientId: crypto.randomUUID(),
      trackingCode: generateTrackingCode(),
      channel: 'WEB',
      rumorId,
      text,
      normalizedText: normalizeReportText(text),
      language: options.language ?? 'ru',
      heardAt: new Date(),
      wantsFeedback: options.wantsFeedback ?? false,
      contactKind: options.contactKind ?? null,
      contactCipher: options.contact ? encryptText(options.contact, TEST_KEY) : null,
    },
  });
}

/** A new published version (correction) of a notice, with fanoutRequestedAt set as publishing does. */
export async function publishCorrection(db: Db, noticeId: string, changeNote = 'Уточнили сроки') {
  const notice = await db.notice.findUniqueOrThrow({ where: { id: noticeId }, include: { versions: { orderBy: { version: 'desc' }, take: 1, include: { translations: true } } } });
  const previous = notice.versions[0]!;
  const now = new Date();
  const version = await db.noticeVersion.create({
    data: {
      noticeId,
      version: previous.version + 1,
      verdict: previous.verdict,
      regionCodes: previous.regionCodes,
      urgency: previous.urgency,
      changeNote,
      publishedAt: now,
      fanoutRequestedAt: now,
      translations: { create: previous.translations.map(({ id: _id, noticeVersionId: _v, ...t }) => ({ ...t, title: `${t.title} (обновлено)` })) },
    },
  });
  await db.notice.update({ where: { id: noticeId }, data: { currentVersion: version.version, lastPublishedAt: now } });
  return version;
}

export async function latestVersionId(db: Db, noticeId: string): Promise<string> {
  return (await db.noticeVersion.findFirstOrThrow({ where: { noticeId }, orderBy: { version: 'desc' }, select: { id: true } })).id;
}
