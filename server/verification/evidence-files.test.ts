import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { handleEvidenceFileDownload } from '../api/evidence-files';
import type { Actor } from '../policy';
import { signedInApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { addEvidence } from './add-evidence';
import { attachEvidenceFile, MAX_EVIDENCE_FILE_BYTES } from './attach-evidence-file';
import { getRumorVerification } from './get-rumor-verification';
import { readEvidenceFile } from './read-evidence-file';
import { createInvestigatingRumor } from '../testing/verification';

const t = setupTestDatabase();
let moderatorUser: Awaited<ReturnType<typeof createStaff>>;
let turkistanModeratorUser: Awaited<ReturnType<typeof createStaff>>;
let moderator: Actor;
let turkistanModerator: Actor;

beforeAll(async () => {
  moderator = asActor((moderatorUser = await createStaff(t.db, 'MODERATOR', ['KZ-47'])));
  turkistanModerator = asActor((turkistanModeratorUser = await createStaff(t.db, 'MODERATOR', ['KZ-61'])));
});

async function freshEvidence() {
  const rumor = await createInvestigatingRumor(t.db, ['KZ-47']);
  return addEvidence(t.db, moderator, { rumorId: rumor.id, adHocSourceName: 'Житель Актау', excerpt: 'Фото с места: порт работает.', stance: 'REFUTES', obtainedAt: new Date() });
}

/** A phone photo that says where it was taken. */
async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: '#3a7' } })
    .withExif({
      IFD0: { Make: 'TestCam', Copyright: 'Moderator Source' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 39/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '51/1 9/1 0/1' },
    })
    .jpeg()
    .toBuffer();
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

describe('evidence files', () => {
  it('re-encodes a photo without its EXIF, GPS included, audited in the same step', async () => {
    const evidence = await freshEvidence();
    const input = await photoWithGps();
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const stored = await attachEvidenceFile(t.db, moderator, { evidenceId: evidence.id, bytes: input });
    expect(stored).toMatchObject({ mimeType: 'image/webp' });
    const file = await readEvidenceFile(t.db, moderator, { evidenceId: evidence.id, fileId: stored.id });
    const meta = await sharp(file.data).metadata();
    expect(meta.exif).toBeUndefined();
    expect(Buffer.from(file.data).includes('TestCam')).toBe(false);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: evidence.id, action: 'evidence.file_attached' } });
    expect(audit.actorId).toBe(moderator.id);
    expect(audit.after).toMatchObject({ fileId: stored.id, mimeType: 'image/webp' });
    const view = await getRumorVerification(t.db, moderator, evidence.rumorId);
    expect(view.evidence.find((e) => e.id === evidence.id)?.files).toEqual([{ id: stored.id, mimeType: 'image/webp', byteSize: stored.byteSize }]);
  });

  it('tells the panel which language a source name and a quote are written in (a screen reader reads them in it)', async () => {
    const evidence = await freshEvidence();
    const english = await addEvidence(t.db, moderator, { rumorId: evidence.rumorId, adHocSourceName: 'Port of Aktau press office', excerpt: 'The port is open and ships are loading as usual.', stance: 'REFUTES', obtainedAt: new Date() });
    const view = await getRumorVerification(t.db, moderator, evidence.rumorId);
    expect(view.evidence.find((e) => e.id === evidence.id)).toMatchObject({ sourceLanguage: 'ru', excerptLanguage: 'ru' });
    expect(view.evidence.find((e) => e.id === english.id)).toMatchObject({ sourceLanguage: 'en', excerptLanguage: 'en' });
  });

  it('accepts a PDF by its content whatever it is called, and serves it as a download', async () => {
    const evidence = await freshEvidence();
    const stored = await attachEvidenceFile(t.db, moderator, { evidenceId: evidence.id, bytes: PDF });
    expect(stored).toEqual({ id: stored.id, mimeType: 'application/pdf', byteSize: PDF.byteLength });
    const response = await handleEvidenceFileDownload(new Request('http://raspa.test/x'), signedInApiDeps(t, moderatorUser), { id: evidence.id, fileId: stored.id });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it.each([
    ['HTML', Buffer.from('<!doctype html><html><script>alert(1)</script></html>')],
    ['SVG', Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')],
    ['EXE', Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)])],
    ['text that mentions %PDF- later', Buffer.from('hello %PDF-1.4')],
  ])('refuses %s with a translated reason and stores nothing', async (_name, bytes) => {
    const evidence = await freshEvidence();
    await expect(attachEvidenceFile(t.db, moderator, { evidenceId: evidence.id, bytes })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'fileTypeNotAllowed' });
    expect(await t.db.storedFile.count({ where: { evidenceId: evidence.id } })).toBe(0);
  });

  it('refuses files over 8 MB before looking at them', async () => {
    const evidence = await freshEvidence();
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_EVIDENCE_FILE_BYTES)]);
    await expect(attachEvidenceFile(t.db, moderator, { evidenceId: evidence.id, bytes: big })).rejects.toMatchObject({ message: 'fileTooLarge' });
  });

  it('keeps another region’s moderator out, for upload and download, and records nothing', async () => {
    const evidence = await freshEvidence();
    const stored = await attachEvidenceFile(t.db, moderator, { evidenceId: evidence.id, bytes: PDF });
    const before = await t.db.auditEvent.count({ where: { entityId: evidence.id } });
    await expect(attachEvidenceFile(t.db, turkistanModerator, { evidenceId: evidence.id, bytes: PDF })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(readEvidenceFile(t.db, turkistanModerator, { evidenceId: evidence.id, fileId: stored.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const response = await handleEvidenceFileDownload(new Request('http://raspa.test/x?lang=ru'), signedInApiDeps(t, turkistanModeratorUser), { id: evidence.id, fileId: stored.id });
    expect(response.status).toBe(403);
    expect(await t.db.auditEvent.count({ where: { entityId: evidence.id } })).toBe(before);
    expect(await t.db.storedFile.count({ where: { evidenceId: evidence.id } })).toBe(1);
  });
});
