// What Raspa signs about a notice, and how. A statement is canonical JSON (RFC 8785, the
// `canonicalize` package): the same statement always serialises to the same bytes, in Node and in
// the browser that checks a bundle offline. Fields are the ones a reader compares with what was
// forwarded to them: the verdict, each language's title and summary, the regions and the state.
import { createPublicKey, sign, verify } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { DbTx } from '../db/client';
import { LANGUAGES, type Language } from '../i18n/languages';
import { withdrawalReasons, WITHDRAWAL_REASON_SELECT } from '../notices/withdrawal-reason';
import { activeSigningKey } from './signing-keys';
import { verificationCodeFor } from './verification-code';

export const STATEMENT_TYPE = 'raspa.notice-statement/1';

export interface NoticeStatement {
  type: typeof STATEMENT_TYPE;
  keyId: string;
  noticeId: string;
  slug: string;
  version: number;
  verdict: string;
  state: 'published' | 'withdrawn';
  regions: string[];
  texts: Partial<Record<Language, { title: string; summary: string }>>;
  /** Why it was withdrawn, per language as written (withdrawals only; absent for a superseded interim). */
  withdrawnReasons?: Partial<Record<Language, string>>;
  /** The final notice that replaced a withdrawn interim notice. */
  supersededBySlug?: string;
  signedAt: string;
}

export interface SignedStatement {
  code: string;
  payload: string;
  signature: string;
}

export function canonicalStatement(statement: NoticeStatement): string {
  const text = canonicalize(statement);
  if (text === undefined) throw new Error('Statement cannot be serialised.');
  return text;
}

/** Checks a statement's signature against a public key (the JWK `x`, base64url). */
export function verifyStatementSignature(payload: string, signature: string, publicKeyX: string): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKeyX }, format: 'jwk' });
    return verify(null, Buffer.from(payload, 'utf8'), key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

/** The code belongs to this signature (a code copied onto another text does not). */
export function codeMatchesSignature(code: string, signature: string): boolean {
  return verificationCodeFor(Buffer.from(signature, 'base64url')) === code;
}

/**
 * Signs the notice as it now stands (its current version, published or withdrawn) and stores the
 * statement. Called in the transaction that publishes, corrects or withdraws it, after the change.
 */
export async function signNoticeStatement(tx: DbTx, noticeId: string, now = new Date()): Promise<SignedStatement> {
  const notice = await tx.notice.findUniqueOrThrow({
    where: { id: noticeId },
    select: { id: true, slug: true, status: true, verdict: true, regionCodes: true, currentVersion: true, supersededById: true, ...WITHDRAWAL_REASON_SELECT },
  });
  const version = await tx.noticeVersion.findUniqueOrThrow({
    where: { noticeId_version: { noticeId, version: notice.currentVersion } },
    select: { version: true, verdict: true, regionCodes: true, translations: { select: { language: true, title: true, summary: true } } },
  });
  const withdrawn = notice.status === 'WITHDRAWN';
  const texts: NoticeStatement['texts'] = {};
  for (const language of LANGUAGES) {
    const t = version.translations.find((row) => row.language === language);
    if (t) texts[language] = { title: t.title, summary: t.summary };
  }
  const key = await activeSigningKey(tx);
  const statement: NoticeStatement = {
    type: STATEMENT_TYPE,
    keyId: key.id,
    noticeId: notice.id,
    slug: notice.slug,
    version: version.version,
    verdict: version.verdict,
    state: withdrawn ? 'withdrawn' : 'published',
    regions: [...version.regionCodes].sort(),
    texts,
    signedAt: now.toISOString(),
  };
  if (withdrawn) {
    const reasons = withdrawalReasons(notice);
    if (Object.keys(reasons).length > 0) statement.withdrawnReasons = reasons;
    if (notice.supersededById) {
      const final = await tx.notice.findUnique({ where: { id: notice.supersededById }, select: { slug: true } });
      if (final) statement.supersededBySlug = final.slug;
    }
  }
  const payload = canonicalStatement(statement);
  const signatureBytes = sign(null, Buffer.from(payload, 'utf8'), key.privateKey);
  const signature = signatureBytes.toString('base64url');
  const code = verificationCodeFor(signatureBytes);
  await tx.noticeSignature.create({
    data: { code, noticeId: notice.id, version: version.version, state: withdrawn ? 'WITHDRAWN' : 'PUBLISHED', payload, signature, keyId: key.id, signedAt: now },
  });
  return { code, payload, signature };
}
