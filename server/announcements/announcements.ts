// Announcements: things Raspa itself makes public that are not verdicts (today: a published
// transparency report). They are written in the transaction that makes the thing public, read by
// the feeds, and fanned out by the delivery engine to the public Telegram channel — the same
// outbox, queue, retries and bookkeeping as notices.
import { z } from 'zod';
import type { Db, DbTx } from '../db/client';
import type { AnnouncementKind, Language } from '../db/generated/enums';
import { serverEnv } from '../config/env';
import { enqueueJob, JOB_QUEUES } from '../jobs/queue';
import { notifyLiveEvent } from '../live/events';

const text = z.object({ title: z.string(), summary: z.string(), path: z.string().startsWith('/') });
export const announcementTexts = z.object({ kk: text, ru: text, en: text });
export type AnnouncementTexts = z.infer<typeof announcementTexts>;

export async function createAnnouncementInTransaction(tx: DbTx, input: { kind: AnnouncementKind; texts: AnnouncementTexts; publishedAt: Date; transparencyVersionId?: string }): Promise<{ id: string }> {
  const created = await tx.announcement.create({
    data: { kind: input.kind, texts: announcementTexts.parse(input.texts), publishedAt: input.publishedAt, fanoutRequestedAt: input.publishedAt, transparencyVersionId: input.transparencyVersionId ?? null },
    select: { id: true },
  });
  // The feeds served from the public cache list it at their next read, not after the safety-net window.
  await notifyLiveEvent(tx, { type: 'settings.public_changed' });
  return created;
}

export function enqueueAnnouncementFanout(announcementId: string) {
  return enqueueJob(serverEnv().DATABASE_URL, JOB_QUEUES.announcementFanout, { announcementId });
}

export interface FeedAnnouncement {
  id: string;
  kind: AnnouncementKind;
  publishedAt: Date;
  language: Language;
  title: string;
  summary: string;
  path: string;
}

/** The latest announcements in one language, for the feeds. */
export async function listLatestAnnouncements(db: Db, language: Language, limit: number): Promise<FeedAnnouncement[]> {
  const rows = await db.announcement.findMany({ orderBy: { publishedAt: 'desc' }, take: limit, select: { id: true, kind: true, publishedAt: true, texts: true } });
  return rows.map((row) => {
    const texts = announcementTexts.parse(row.texts)[language];
    return { id: row.id, kind: row.kind, publishedAt: row.publishedAt, language, ...texts };
  });
}
