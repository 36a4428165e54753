// Field answers from a phone: photos through the evidence image pipeline, "I am at the place"
// rounded like report locations, exactly once per idempotency key, corrections within 10 minutes.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { handleEvidenceFileDownload } from '../api/evidence-files';
import { handleTaskAnswer, handleTaskAnswerCorrection } from '../api/verification-answers';
import type { Actor } from '../policy';
import { signedInApiDeps } from '../testing/api-deps';
import { setupTestDatabase } from '../testing/database';
import { asActor, createStaff } from '../testing/fixtures';
import { createOpenTask } from '../testing/verification';
import { answerVerification } from './answer-verification';
import { correctVerificationAnswer } from './correct-verification-answer';
import { getRumorVerification } from './get-rumor-verification';
import { listMyTasks } from './list-my-tasks';

const t = setupTestDatabase();
type User = Awaited<ReturnType<typeof createStaff>>;
let verifierUser: User;
let moderatorUser: User;
let turkistanModeratorUser: User;
let verifier: Actor;
let moderator: Actor;

beforeAll(async () => {
  verifier = asActor((verifierUser = await createStaff(t.db, 'VERIFIER', ['KZ-47'])));
  moderator = asActor((moderatorUser = await createStaff(t.db, 'MODERATOR', ['KZ-47'])));
  turkistanModeratorUser = await createStaff(t.db, 'MODERATOR', ['KZ-61']);
});

const openTask = () => createOpenTask(t.db, ['KZ-47'], verifier.id, moderator.id);

/** A phone photo that says where it was taken and with what. */
function photoWithGps(colour = '#3a7'): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: colour } })
    .withExif({
      IFD0: { Make: 'FieldPhone', Copyright: 'Verifier Name' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 39/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '51/1 9/1 0/1' },
    })
    .jpeg()
    .toBuffer();
}

function answerRequest(taskId: string, answer: Record<string, unknown>, photos: Buffer[] = [], method: 'POST' | 'PUT' = 'POST'): Request {
  const body = new FormData();
  body.set(method === 'POST' ? 'answer' : 'correction', JSON.stringify(answer));
  photos.forEach((photo, index) => body.append('photos', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), `IMG_${index}.jpg`));
  return new Request(`http://raspa.test/api/admin/tasks/${taskId}/answer?lang=ru`, { method, body });
}

describe('a field answer with photos', () => {
  it('stores each photo re-encoded without EXIF or GPS as an internal file of the answer’s evidence, served to the rumour’s moderators only', async () => {
    const task = await openTask();
    const input = await photoWithGps();
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const response = await handleTaskAnswer(answerRequest(task.id, { clientId: crypto.randomUUID(), answer: 'DENIES', note: 'Рынок открыт, фото у входа.' }, [input]), signedInApiDeps(t, verifierUser), { id: task.id });
    expect(response.status).toBe(201);
    const answered = (await response.json()) as { evidenceId: string; fileIds: string[] };
    expect(answered.fileIds).toHaveLength(1);

    const view = await getRumorVerification(t.db, moderator, task.rumorId);
    const evidence = view.evidence.find((item) => item.id === answered.evidenceId)!;
    expect(evidence).toMatchObject({ isPublic: false, stance: 'REFUTES', verificationRequestId: task.id, excerpt: 'Рынок открыт, фото у входа.' });
    expect(evidence.files).toEqual([{ id: answered.fileIds[0], mimeType: 'image/webp', byteSize: expect.any(Number) }]);

    const download = (user: User) => handleEvidenceFileDownload(new Request('http://raspa.test/x'), signedInApiDeps(t, user), { id: answered.evidenceId, fileId: answered.fileIds[0]! });
    const served = await download(moderatorUser);
    expect(served.status).toBe(200);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect(bytes.includes('FieldPhone')).toBe(false);
    expect(bytes.includes('Verifier Name')).toBe(false);
    // Region scope: another region's moderator, and the verifier who took it, get nothing.
    expect((await download(turkistanModeratorUser)).status).toBe(403);
    expect((await download(verifierUser)).status).toBe(403);
    expect(await t.db.auditEvent.count({ where: { entityId: answered.evidenceId, action: 'evidence.file_attached', actorId: verifier.id } })).toBe(1);
  });

  it('refuses a fourth photo, a PDF and an oversized file with the reason in the page’s language, storing nothing', async () => {
    const task = await openTask();
    const photo = await photoWithGps();
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1');
    const cases: [Buffer[], string, RegExp][] = [
      [[photo, photo, photo, photo], 'tooManyPhotos', /Не более 3 фото/],
      [[pdf], 'photoTypeNotAllowed', /только фото/],
      [[Buffer.alloc(8 * 1024 * 1024 + 1, 0xff)], 'photoTooLarge', /слишком большое/],
    ];
    for (const [photos, error, message] of cases) {
      const response = await handleTaskAnswer(answerRequest(task.id, { clientId: crypto.randomUUID(), answer: 'CONFIRMS' }, photos), signedInApiDeps(t, verifierUser), { id: task.id });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe(error);
      expect(body.message).toMatch(message);
    }
    expect((await t.db.verificationRequest.findUniqueOrThrow({ where: { id: task.id } })).status).toBe('OPEN');
    expect(await t.db.evidence.count({ where: { verificationRequestId: task.id } })).toBe(0);
  });

  it('keeps "I am at the place" rounded to about 1 km, as report locations are, for moderators only', async () => {
    const task = await openTask();
    await answerVerification(t.db, verifier, { id: task.id, answer: 'CONFIRMS', location: { lat: 43.6512345, lng: 51.1987654 } });
    const stored = await t.db.verificationRequest.findUniqueOrThrow({ where: { id: task.id } });
    expect([stored.answerLat, stored.answerLng]).toEqual([43.65, 51.2]);
    const view = await getRumorVerification(t.db, moderator, task.rumorId);
    expect(view.requests.find((request) => request.id === task.id)).toMatchObject({ answerLat: 43.65, answerLng: 51.2 });
    // The audit trail says only that a position was given, not where.
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: task.id, action: 'verification.answered' } });
    expect(audit.after).toMatchObject({ atPlace: true });
    expect(JSON.stringify(audit.after)).not.toContain('43.65');
  });

  it('answers exactly once for one idempotency key: a resend after a lost response gets the first answer back', async () => {
    const task = await openTask();
    const clientId = crypto.randomUUID();
    const photo = await photoWithGps();
    const send = () => handleTaskAnswer(answerRequest(task.id, { clientId, answer: 'DENIES', note: 'Закрыто.' }, [photo]), signedInApiDeps(t, verifierUser), { id: task.id });
    const first = await send();
    const second = await send();
    expect([first.status, second.status]).toEqual([201, 200]);
    const [a, b] = (await Promise.all([first.json(), second.json()])) as { evidenceId: string; fileIds: string[]; replayed: boolean }[];
    expect(b).toMatchObject({ evidenceId: a!.evidenceId, fileIds: a!.fileIds, replayed: true });
    expect(await t.db.evidence.count({ where: { verificationRequestId: task.id } })).toBe(1);
    expect(await t.db.storedFile.count({ where: { evidenceId: a!.evidenceId } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { entityId: task.id, action: 'verification.answered' } })).toBe(1);
    expect(await t.db.staffNotification.count({ where: { verificationRequestId: task.id, kind: 'VERIFICATION_ANSWERED' } })).toBe(1);
    // A different key is a second answer, and that is refused.
    const other = await handleTaskAnswer(answerRequest(task.id, { clientId: crypto.randomUUID(), answer: 'CONFIRMS' }), signedInApiDeps(t, verifierUser), { id: task.id });
    expect(other.status).toBe(409);
  });
});

describe('correcting a field answer', () => {
  it('changes the answer, note and photos within 10 minutes, audited, and shows moderators it was corrected', async () => {
    const task = await openTask();
    const first = await answerVerification(t.db, verifier, { id: task.id, answer: 'CONFIRMS', note: 'Закрыто', photos: [await photoWithGps('#a00')] });
    const response = await handleTaskAnswerCorrection(
      answerRequest(task.id, { answer: 'DENIES', note: 'Ошибся: рынок работает.', removeFileIds: first.fileIds }, [await photoWithGps('#0a0'), await photoWithGps('#00a')], 'PUT'),
      signedInApiDeps(t, verifierUser),
      { id: task.id },
    );
    expect(response.status).toBe(200);
    const corrected = (await response.json()) as { fileIds: string[] };
    expect(corrected.fileIds).toHaveLength(2);
    expect(corrected.fileIds).not.toContain(first.fileIds[0]);

    const view = await getRumorVerification(t.db, moderator, task.rumorId);
    expect(view.requests.find((request) => request.id === task.id)).toMatchObject({ answer: 'DENIES', answerNote: 'Ошибся: рынок работает.', answerCorrectedAt: expect.any(Date) });
    const evidence = view.evidence.find((item) => item.id === first.evidenceId)!;
    expect(evidence).toMatchObject({ stance: 'REFUTES', excerpt: 'Ошибся: рынок работает.' });
    expect(evidence.files.map((file) => file.id).sort()).toEqual([...corrected.fileIds].sort());
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: task.id, action: 'verification.answer_corrected' } });
    expect(audit.before).toMatchObject({ answer: 'CONFIRMS', note: 'Закрыто', fileIds: first.fileIds });
    expect(audit.after).toMatchObject({ answer: 'DENIES', fileIds: corrected.fileIds });
    expect(await t.db.auditEvent.count({ where: { entityId: first.evidenceId, action: 'evidence.file_removed' } })).toBe(1);
    const mine = (await listMyTasks(t.db, verifier)).answered.find((item) => item.id === task.id)!;
    expect(mine.photos).toHaveLength(2);
    expect(mine.correctableUntil).toBeInstanceOf(Date);
  });

  it('does not attach the same photo twice when a correction is resent', async () => {
    const task = await openTask();
    await answerVerification(t.db, verifier, { id: task.id, answer: 'CONFIRMS' });
    const photo = await photoWithGps('#456');
    await correctVerificationAnswer(t.db, verifier, { id: task.id, answer: 'CONFIRMS', photos: [photo] });
    const again = await correctVerificationAnswer(t.db, verifier, { id: task.id, answer: 'CONFIRMS', photos: [photo] });
    expect(again.fileIds).toHaveLength(1);
  });

  it('refuses a fourth photo through a correction', async () => {
    const task = await openTask();
    const photos = await Promise.all(['#111', '#222', '#333'].map((colour) => photoWithGps(colour)));
    await answerVerification(t.db, verifier, { id: task.id, answer: 'CONFIRMS', photos });
    await expect(correctVerificationAnswer(t.db, verifier, { id: task.id, answer: 'CONFIRMS', photos: [await photoWithGps('#444')] })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'tooManyPhotos' });
  });

  it('locks the answer after 10 minutes and lets nobody but the verifier correct it', async () => {
    const task = await openTask();
    await answerVerification(t.db, verifier, { id: task.id, answer: 'CONFIRMS', note: 'Закрыто' });
    await expect(correctVerificationAnswer(t.db, moderator, { id: task.id, answer: 'DENIES' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await t.db.verificationRequest.update({ where: { id: task.id }, data: { answeredAt: new Date(Date.now() - 10 * 60_000 - 1000) } });
    const eventsBefore = await t.db.auditEvent.count();
    await expect(correctVerificationAnswer(t.db, verifier, { id: task.id, answer: 'DENIES' })).rejects.toMatchObject({ code: 'CONFLICT', message: 'correctionWindowClosed' });
    expect(await t.db.auditEvent.count()).toBe(eventsBefore);
    expect(await t.db.verificationRequest.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ answer: 'CONFIRMS', answerNote: 'Закрыто', answerCorrectedAt: null });
    expect((await listMyTasks(t.db, verifier)).answered.find((item) => item.id === task.id)?.correctableUntil).toBeNull();
  });
});
