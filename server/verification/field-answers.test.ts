// A field verifier's answer from a phone: photos through the reporters' image pipeline, "I am at the
// place" rounded like a report's location, photos only for staff who may open the rumour, and ten
// minutes to put a wrong tap right.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { handleEvidenceFileDownload } from '../api/evidence-files';
import { handleFieldAnswer } from '../api/field-answers';
import type { Actor } from '../policy';
import { signedInApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { identifyingJpeg } from '../testing/images';
import { createOpenTask } from '../testing/verification';
import { answerVerification } from './answer-verification';
import { correctVerificationAnswer } from './correct-verification-answer';
import { getRumorVerification } from './get-rumor-verification';

const t = setupTestDatabase();
type StaffUser = Awaited<ReturnType<typeof createStaff>>;
let moderatorUser: StaffUser;
let verifierUser: StaffUser;
let turkistanVerifierUser: StaffUser;
let turkistanModeratorUser: StaffUser;
let moderator: Actor;
let verifier: Actor;

beforeAll(async () => {
  moderator = asActor((moderatorUser = await createStaff(t.db, 'MODERATOR', ['KZ-47'])));
  verifier = asActor((verifierUser = await createStaff(t.db, 'VERIFIER', ['KZ-47'])));
  turkistanVerifierUser = await createStaff(t.db, 'VERIFIER', ['KZ-61']);
  turkistanModeratorUser = await createStaff(t.db, 'MODERATOR', ['KZ-61']);
});

const freshTask = () => createOpenTask(t.db, ['KZ-47'], verifier.id, moderator.id);
const download = (user: StaffUser, evidenceId: string, fileId: string) =>
  handleEvidenceFileDownload(new Request(`http://raspa.test/api/admin/evidence/${evidenceId}/files/${fileId}`), signedInApiDeps(t, user), { id: evidenceId, fileId });

describe('field answers with photos and a place', () => {
  it('stores up to three photos re-encoded without metadata, and the place rounded to ~1 km, audited', async () => {
    const task = await freshTask();
    const photo = await identifyingJpeg();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const result = await answerVerification(t.db, verifier, { id: task.id, answer: 'DENIES', note: 'Рынок работает.', atPlace: { lat: 43.341234, lng: 52.861987 } }, [photo, photo]);
    expect(result).toMatchObject({ status: 'ANSWERED', answerLat: 43.34, answerLng: 52.86 });
    expect(result.fileIds).toHaveLength(2);
    const files = await t.db.storedFile.findMany({ where: { verificationRequestId: task.id } });
    expect(files).toHaveLength(2);
    for (const file of files) {
      expect(file.evidenceId).toBe(result.evidenceId);
      expect(file.mimeType).toBe('image/webp');
      expect((await sharp(file.data).metadata()).exif).toBeUndefined();
      expect(Buffer.from(file.data).includes('Reporter Name')).toBe(false);
    }
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: task.id, action: 'verification.answered' } });
    expect(audit.after).toMatchObject({ photoCount: 2, atPlace: true });
    expect(await t.db.auditEvent.count({ where: { entityId: result.evidenceId, action: 'evidence.file_attached' } })).toBe(2);
    // The moderator sees the photos on the evidence the answer became.
    const view = await getRumorVerification(t.db, moderator, task.rumorId);
    expect(view.evidence.find((e) => e.id === result.evidenceId)?.files.map((f) => f.id).sort()).toEqual([...result.fileIds].sort());
  });

  it('refuses a fourth photo and a file that is not an image, storing nothing', async () => {
    const task = await freshTask();
    const photo = await identifyingJpeg();
    await expect(answerVerification(t.db, verifier, { id: task.id, answer: 'CONFIRMS' }, [photo, photo, photo, photo])).rejects.toMatchObject({ message: 'tooManyPhotos' });
    await expect(answerVerification(t.db, verifier, { id: task.id, answer: 'CONFIRMS' }, [Buffer.from('<svg onload="alert(1)"/>')])).rejects.toMatchObject({ message: 'fileTypeNotAllowed' });
    const after = await t.db.verificationRequest.findUniqueOrThrow({ where: { id: task.id } });
    expect(after.status).toBe('OPEN');
    expect(await t.db.storedFile.count({ where: { verificationRequestId: task.id } })).toBe(0);
  });

  it('shows the photos to the region’s moderators only: a verifier or moderator of another region is refused', async () => {
    const task = await freshTask();
    const result = await answerVerification(t.db, verifier, { id: task.id, answer: 'CONFIRMS' }, [await identifyingJpeg()]);
    const fileId = result.fileIds[0]!;
    const seen = await download(moderatorUser, result.evidenceId, fileId);
    expect(seen.status).toBe(200);
    expect(seen.headers.get('content-type')).toBe('image/webp');
    expect([403, 404]).toContain((await download(turkistanVerifierUser, result.evidenceId, fileId)).status);
    expect([403, 404]).toContain((await download(turkistanModeratorUser, result.evidenceId, fileId)).status);
  });

  it('takes the answer, its photos and its place in one multipart request from the phone', async () => {
    const task = await freshTask();
    const body = new FormData();
    body.append('answer', 'CANNOT_TELL');
    body.append('note', 'Ворота закрыты, людей нет.');
    body.append('lat', '43.6512');
    body.append('lng', '51.1577');
    body.append('photo', new Blob([new Uint8Array(await identifyingJpeg())], { type: 'image/jpeg' }), 'IMG_0001.jpg');
    const response = await handleFieldAnswer(new Request(`http://raspa.test/api/admin/tasks/${task.id}/answer`, { method: 'POST', body }), signedInApiDeps(t, verifierUser), { id: task.id });
    expect(response.status).toBe(201);
    const stored = await t.db.verificationRequest.findUniqueOrThrow({ where: { id: task.id }, include: { files: true } });
    expect(stored).toMatchObject({ status: 'ANSWERED', answer: 'CANNOT_TELL', answerNote: 'Ворота закрыты, людей нет.', answerLat: 43.65, answerLng: 51.16 });
    expect(stored.files).toHaveLength(1);
    // A second send of the same answer is refused, not stored twice.
    const again = new FormData();
    again.append('answer', 'CANNOT_TELL');
    const second = await handleFieldAnswer(new Request(`http://raspa.test/api/admin/tasks/${task.id}/answer`, { method: 'POST', body: again }), signedInApiDeps(t, verifierUser), { id: task.id });
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: 'taskNotOpen' });
  });

  it('explains a bad place in the verifier’s language', async () => {
    const task = await freshTask();
    const body = new FormData();
    body.append('answer', 'CONFIRMS');
    body.append('lat', 'here');
    body.append('lng', '51.1');
    const response = await handleFieldAnswer(new Request(`http://raspa.test/api/admin/tasks/${task.id}/answer`, { method: 'POST', body }), signedInApiDeps(t, verifierUser), { id: task.id });
    expect(response.status).toBe(400);
  });
});

describe('correcting a wrong tap', () => {
  it('lets the author change the answer and note for ten minutes — the evidence follows — then locks it', async () => {
    const task = await freshTask();
    const answered = await answerVerification(t.db, verifier, { id: task.id, answer: 'CONFIRMS', note: 'Закрыт.' });
    const inNineMinutes = new Date(answered.answeredAt!.getTime() + 9 * 60_000);
    await correctVerificationAnswer(t.db, verifier, { id: task.id, answer: 'DENIES', note: 'Ошибся: рынок открыт.' }, inNineMinutes);
    expect(await t.db.verificationRequest.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ answer: 'DENIES', answerNote: 'Ошибся: рынок открыт.' });
    expect(await t.db.evidence.findUniqueOrThrow({ where: { id: answered.evidenceId } })).toMatchObject({ stance: 'REFUTES', excerpt: 'Ошибся: рынок открыт.' });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: task.id, action: 'verification.answer_corrected' } });
    expect(audit).toMatchObject({ actorId: verifier.id, before: { answer: 'CONFIRMS', note: 'Закрыт.' }, after: { answer: 'DENIES', note: 'Ошибся: рынок открыт.' } });
    const inElevenMinutes = new Date(answered.answeredAt!.getTime() + 11 * 60_000);
    await expect(correctVerificationAnswer(t.db, verifier, { id: task.id, answer: 'CONFIRMS' }, inElevenMinutes)).rejects.toMatchObject({ message: 'answerLocked' });
  });

  it('refuses anyone but the author, and a task not yet answered', async () => {
    const task = await freshTask();
    await expect(correctVerificationAnswer(t.db, verifier, { id: task.id, answer: 'DENIES' })).rejects.toMatchObject({ message: 'taskNotAnswered' });
    await answerVerification(t.db, verifier, { id: task.id, answer: 'CONFIRMS' });
    await expect(correctVerificationAnswer(t.db, moderator, { id: task.id, answer: 'DENIES' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
