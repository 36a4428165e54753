// The report form sent without JavaScript and refused comes back with everything typed, and a
// question searched on the check page starts a report ("Report this") — but the typed text must not
// travel in the address, where it would stay in the browser's history, in any proxy's log and in
// the next request's Referer. It waits here instead for the few minutes the
// redirect takes: in PostgreSQL (the web processes share nothing else), encrypted like contact
// details, under a random id that only the redirect's address carries, and deleted when read.
// Expired ones are unreadable at once and removed by the hourly retention job (server/privacy).
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { decryptText, encryptText } from '../crypto/secret-box';
import type { Db } from '../db/client';

/** Long enough to follow a redirect on a slow phone, short enough not to keep a rumour's text around. */
export const REPORT_FORM_DRAFT_MINUTES = 10;
/** A text longer than this is not kept (the body limit allows far more than any report). */
const KEPT_TEXT_MAX = 20_000;
const KEPT_FIELD_MAX = 200;

const ERROR_KEY = /^[a-zA-Z]{1,40}$/;
const keptField = z.string().max(KEPT_FIELD_MAX).optional();
const reportFormDraft = z.strictObject({
  values: z.strictObject({ text: z.string().max(KEPT_TEXT_MAX).optional(), regionCode: keptField, settlement: keptField, heardVia: keptField, heardAt: keptField }),
  /** The refusal's message key, shown in words (none when a search starts the report); and the field it belongs beside. */
  error: z.string().regex(ERROR_KEY).optional(),
  field: z.enum(['text', 'regionCode', 'settlement', 'heardVia', 'heardAt']).optional(),
});
export type ReportFormDraft = z.infer<typeof reportFormDraft>;
export type ReportFormDraftField = NonNullable<ReportFormDraft['field']>;

/** The id's shape (32 random bytes, base64url): anything else in the address is not looked up. */
export const REPORT_FORM_DRAFT_ID = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (id: string) => createHash('sha256').update(id).digest('base64url');

/** Keeps what was typed (fields too long to be anyone's report are dropped) and returns the id for the form's address. */
export async function keepReportFormDraft(db: Db, encryptionKey: string, draft: ReportFormDraft, now = new Date()): Promise<string> {
  const values = Object.fromEntries(Object.entries(draft.values).filter(([name, value]) => value !== undefined && value.length <= (name === 'text' ? KEPT_TEXT_MAX : KEPT_FIELD_MAX)));
  const sealed = reportFormDraft.parse({ ...draft, values, error: draft.error === undefined || ERROR_KEY.test(draft.error) ? draft.error : 'invalid' });
  const id = randomBytes(32).toString('base64url');
  await db.$transaction([
    // Expired ones go with every new one, so none outlives its minutes by long even between purges.
    db.reportFormDraft.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.reportFormDraft.create({ data: { tokenHash: hashOf(id), cipher: encryptText(JSON.stringify(sealed), encryptionKey), expiresAt: new Date(now.getTime() + REPORT_FORM_DRAFT_MINUTES * 60_000) } }),
  ]);
  return id;
}

/** What was kept under `id`, once: reading deletes it. Null when unknown, already read or expired. */
export async function takeReportFormDraft(db: Db, encryptionKey: string, id: string, now = new Date()): Promise<ReportFormDraft | null> {
  if (!REPORT_FORM_DRAFT_ID.test(id)) return null;
  const [row] = await db.$queryRaw<{ cipher: string; expiresAt: Date }[]>`
    DELETE FROM "ReportFormDraft" WHERE "tokenHash" = ${hashOf(id)} RETURNING cipher, "expiresAt"`;
  if (!row || row.expiresAt <= now) return null;
  try {
    return reportFormDraft.parse(JSON.parse(decryptText(row.cipher, encryptionKey)));
  } catch {
    return null; // sealed with a key since rotated: the citizen types it again
  }
}
