// The offline bundle: a region's current notices and recent withdrawals, as the signed statements
// Raspa already stores, wrapped and signed once more so that nobody can drop a withdrawal or mix in
// an old statement unnoticed. The bundle is passed phone to phone (Bluetooth, USB) during a shutdown
// and checked by the PWA with the published public keys and no connection (lib/notice-bundle.ts).
//
// File format: { format, keyId, bundle, signature } where `bundle` is the exact signed text (canonical
// JSON of NoticeBundle) and `signature` its Ed25519 signature (base64url) — the reader verifies the
// bytes it received, never a re-serialisation.
import { sign } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Db } from '../db/client';
import type { RegionCode } from '../regions/codes';
import { BUNDLE_FORMAT, BUNDLE_TYPE, type NoticeBundle, type NoticeBundleFile } from '../../lib/notice-bundle';
import { activeSigningKey } from './signing-keys';

/** Withdrawals stay in the bundle this long, so a phone that kept an old copy learns of them. */
export const BUNDLE_WITHDRAWALS_DAYS = 90;
/** Enough for any region's live notices; the newest first when there are more. */
const BUNDLE_MAX_NOTICES = 500;

export async function buildNoticeBundle(db: Db, region: RegionCode, now = new Date()): Promise<NoticeBundleFile> {
  const since = new Date(now.getTime() - BUNDLE_WITHDRAWALS_DAYS * 24 * 60 * 60 * 1000);
  const notices = await db.notice.findMany({
    where: {
      isDemo: false,
      regionCodes: { has: region },
      OR: [{ status: 'PUBLISHED' }, { status: 'WITHDRAWN', withdrawnAt: { gte: since } }],
    },
    orderBy: [{ lastPublishedAt: 'desc' }, { id: 'desc' }],
    take: BUNDLE_MAX_NOTICES,
    select: { id: true },
  });
  const ids = notices.map((n) => n.id);
  // Each notice's latest signed statement: what it says now (published, corrected or withdrawn).
  const rows = ids.length
    ? await db.noticeSignature.findMany({ where: { noticeId: { in: ids } }, orderBy: [{ signedAt: 'desc' }, { id: 'desc' }], select: { noticeId: true, code: true, keyId: true, payload: true, signature: true } })
    : [];
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(row.noticeId)) latest.set(row.noticeId, row);

  return db.$transaction(async (tx) => {
    const key = await activeSigningKey(tx);
    const bundle: NoticeBundle = {
      type: BUNDLE_TYPE,
      region,
      issuedAt: now.toISOString(),
      keyId: key.id,
      statements: ids.flatMap((id) => {
        const row = latest.get(id);
        return row ? [{ code: row.code, keyId: row.keyId, payload: row.payload, signature: row.signature }] : [];
      }),
    };
    const text = canonicalize(bundle);
    if (text === undefined) throw new Error('Bundle cannot be serialised.');
    const signature = sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64url');
    return { format: BUNDLE_FORMAT, keyId: key.id, bundle: text, signature };
  });
}
