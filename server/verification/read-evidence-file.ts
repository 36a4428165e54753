import { z } from 'zod';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { assertCoversRegions, type Actor } from '../policy';

/** A file attached to evidence, for staff who cover the evidence's rumour (the edge admits moderators only). */
export async function readEvidenceFile(db: Db, actor: Actor, input: { evidenceId: string; fileId: string }) {
  if (!z.uuid().safeParse(input.evidenceId).success || !z.uuid().safeParse(input.fileId).success) throw notFound('File');
  const file = await db.storedFile.findFirst({
    where: { id: input.fileId, evidenceId: input.evidenceId },
    select: { id: true, mimeType: true, byteSize: true, data: true, evidence: { select: { rumor: { select: { regionCodes: true } } } } },
  });
  if (!file?.evidence) throw notFound('File');
  assertCoversRegions(actor, file.evidence.rumor.regionCodes);
  return { id: file.id, mimeType: file.mimeType, byteSize: file.byteSize, data: file.data };
}
