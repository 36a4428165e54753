// "Is this notice really from Raspa, and does it still hold?" — the answer behind /verify. The code
// is looked up, its statement's signature checked against the published key that made it, and the
// notice's later statements decide whether it still stands, was corrected (superseded by version N)
// or withdrawn. A code Raspa never issued, or a stored statement whose signature fails, is "not issued".
import { z } from 'zod';
import type { Db } from '../db/client';
import { codeMatchesSignature, verifyStatementSignature, type NoticeStatement } from './notice-statement';
import { extractVerificationCodes } from './verification-code';

export const verifyNoticeInput = z.object({ text: z.string().max(5000) });
export type VerifyNoticeInput = z.infer<typeof verifyNoticeInput>;

export type NoticeVerification =
  | { outcome: 'no_code' }
  | { outcome: 'not_issued'; code: string }
  | {
      outcome: 'genuine' | 'superseded' | 'withdrawn';
      code: string;
      /** What the code's statement says, exactly as signed. */
      statement: NoticeStatement;
      /** The notice's latest published version, when a later one replaced this. */
      currentVersion: number;
      /** When it was withdrawn (withdrawn only). */
      withdrawnAt: string | null;
      withdrawnReasons: NoticeStatement['withdrawnReasons'];
      supersededBySlug: string | null;
    };

export async function verifyNoticeCode(db: Db, rawInput: VerifyNoticeInput): Promise<NoticeVerification> {
  const input = verifyNoticeInput.parse(rawInput);
  const candidates = extractVerificationCodes(input.text).slice(0, 20);
  if (candidates.length === 0) return { outcome: 'no_code' };
  const rows = await db.noticeSignature.findMany({ where: { code: { in: candidates } }, select: { code: true, noticeId: true, payload: true, signature: true, key: { select: { publicKey: true } } } });
  // A forwarded text may hold words that look like codes; the first one Raspa issued is the answer.
  const row = candidates.map((c) => rows.find((r) => r.code === c)).find(Boolean);
  const code = row?.code ?? candidates[0]!;
  if (!row || !codeMatchesSignature(code, row.signature) || !verifyStatementSignature(row.payload, row.signature, row.key.publicKey)) {
    return { outcome: 'not_issued', code };
  }
  const statement = JSON.parse(row.payload) as NoticeStatement;
  if (statement.noticeId !== row.noticeId) return { outcome: 'not_issued', code };

  // The notice's latest signed word decides whether this statement still holds.
  const latest = await db.noticeSignature.findFirst({ where: { noticeId: row.noticeId }, orderBy: { signedAt: 'desc' }, select: { payload: true, signature: true, key: { select: { publicKey: true } } } });
  const latestStatement = latest && verifyStatementSignature(latest.payload, latest.signature, latest.key.publicKey) ? (JSON.parse(latest.payload) as NoticeStatement) : statement;
  const base = { code, statement, currentVersion: latestStatement.version, withdrawnAt: null, withdrawnReasons: undefined, supersededBySlug: null };
  if (latestStatement.state === 'withdrawn') {
    return { ...base, outcome: 'withdrawn', withdrawnAt: latestStatement.signedAt, withdrawnReasons: latestStatement.withdrawnReasons, supersededBySlug: latestStatement.supersededBySlug ?? null };
  }
  if (latestStatement.version > statement.version) return { ...base, outcome: 'superseded' };
  return { ...base, outcome: 'genuine' };
}

/** The latest code of each notice, for pages, posters and messages that show it. */
export async function currentVerificationCodes(db: Pick<Db, 'noticeSignature'>, noticeIds: string[]): Promise<Map<string, string>> {
  if (noticeIds.length === 0) return new Map();
  const rows = await db.noticeSignature.findMany({ where: { noticeId: { in: noticeIds }, state: 'PUBLISHED' }, orderBy: { signedAt: 'desc' }, select: { noticeId: true, code: true } });
  const codes = new Map<string, string>();
  for (const row of rows) if (!codes.has(row.noticeId)) codes.set(row.noticeId, row.code);
  return codes;
}
