// Files on evidence: photos go through the same metadata-stripping pipeline as reporters' photos;
// PDFs are stored as sent. What a file is comes from its bytes alone — never its name or the
// MIME type the browser claims — so an HTML page or an SVG cannot be served back as a document.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db, DbTx } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DomainError, notFound } from '../errors';
import { ImageRejectedError, MAX_UPLOAD_BYTES, processUploadedImage } from '../media';
import { assertCoversRegions, type Actor } from '../policy';
import { loadRumorForAction } from '../rumors/load-for-action';
import { assertAcceptsEvidence } from './add-evidence';

export const MAX_EVIDENCE_FILE_BYTES = MAX_UPLOAD_BYTES;
export const PDF_MIME_TYPE = 'application/pdf';

/** Message keys under `verification.errors`. */
export type EvidenceFileRejection = 'fileMissing' | 'fileTooLarge' | 'fileTypeNotAllowed' | 'fileUnreadable' | 'photoTooLarge' | 'photoTypeNotAllowed';

export interface PreparedFile {
  data: Buffer;
  mimeType: string;
  byteSize: number;
  width: number | null;
  height: number | null;
  sha256: string;
}

function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
}

/** Turns an upload into what is stored, or refuses it with a `verification.errors` key. */
export async function prepareEvidenceFile(input: Uint8Array, options: { photosOnly?: boolean } = {}): Promise<PreparedFile> {
  if (input.byteLength === 0) throw new DomainError('BAD_REQUEST', 'fileMissing');
  if (input.byteLength > MAX_EVIDENCE_FILE_BYTES) throw new DomainError('BAD_REQUEST', options.photosOnly ? 'photoTooLarge' : 'fileTooLarge');
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (isPdf(bytes)) {
    if (options.photosOnly) throw new DomainError('BAD_REQUEST', 'photoTypeNotAllowed');
    const data = Buffer.from(bytes); // own copy: the caller's buffer may be reused
    return { data, mimeType: PDF_MIME_TYPE, byteSize: data.byteLength, width: null, height: null, sha256: createHash('sha256').update(data).digest('hex') };
  }
  try {
    const image = await processUploadedImage(bytes);
    return { data: image.data, mimeType: image.mimeType, byteSize: image.byteSize, width: image.width, height: image.height, sha256: image.sha256 };
  } catch (error) {
    if (!(error instanceof ImageRejectedError)) throw error;
    if (error.reason === 'too-large') throw new DomainError('BAD_REQUEST', options.photosOnly ? 'photoTooLarge' : 'fileTooLarge');
    if (error.reason === 'not-an-image' || error.reason === 'unsupported-format') throw new DomainError('BAD_REQUEST', options.photosOnly ? 'photoTypeNotAllowed' : 'fileTypeNotAllowed');
    throw new DomainError('BAD_REQUEST', 'fileUnreadable');
  }
}

/** Stores a prepared file on a piece of evidence and audits it, inside the caller's transaction. */
export async function storeEvidenceFile(tx: DbTx, actor: Actor, input: { evidenceId: string; rumorId: string; file: PreparedFile; id?: string }) {
  const { file } = input;
  const stored = await tx.storedFile.create({
    data: { id: input.id, evidenceId: input.evidenceId, mimeType: file.mimeType, byteSize: file.byteSize, width: file.width, height: file.height, sha256: file.sha256, data: new Uint8Array(file.data) },
    select: { id: true, mimeType: true, byteSize: true },
  });
  await recordAuditEvent(tx, {
    actorId: actor.id,
    action: 'evidence.file_attached',
    entityId: input.evidenceId,
    after: { rumorId: input.rumorId, fileId: stored.id, mimeType: stored.mimeType, byteSize: stored.byteSize, sha256: file.sha256 },
  });
  return stored;
}

async function loadEvidenceScope(db: Db, evidenceId: string) {
  if (!z.uuid().safeParse(evidenceId).success) throw notFound('Evidence');
  const evidence = await db.evidence.findUnique({ where: { id: evidenceId }, select: { id: true, rumorId: true, rumor: { select: { regionCodes: true } } } });
  if (!evidence) throw notFound('Evidence');
  return evidence;
}

/** Attaches an uploaded photo or PDF to a piece of evidence, audited. */
export async function attachEvidenceFile(db: Db, actor: Actor, input: { evidenceId: string; bytes: Uint8Array }) {
  // Region check before the (slow) image processing, and again under the rumour's lock below.
  const scope = await loadEvidenceScope(db, input.evidenceId);
  assertCoversRegions(actor, scope.rumor.regionCodes);
  const file = await prepareEvidenceFile(input.bytes);
  return db.$transaction(async (tx) => {
    const rumor = await loadRumorForAction(tx, actor, scope.rumorId);
    assertAcceptsEvidence(rumor.status);
    return storeEvidenceFile(tx, actor, { evidenceId: scope.id, rumorId: rumor.id, file });
  });
}
