// How the task page sends a correction (PUT /api/admin/tasks/<id>/answer, server/api/verification-answers.ts),
// online only, with the page's language for the error text; answers go through task-outbox.ts.

export type AnswerChoice = 'CONFIRMS' | 'DENIES' | 'CANNOT_TELL';
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const MAX_PHOTOS = 3;

/** Checks the browser can do before upload (a `verification.errors` key); the server re-checks the real content. */
export function checkPhotos(files: File[], alreadyAttached = 0): 'tooManyPhotos' | 'photoTooLarge' | 'photoTypeNotAllowed' | null {
  if (files.length + alreadyAttached > MAX_PHOTOS) return 'tooManyPhotos';
  if (files.some((file) => file.size > MAX_PHOTO_BYTES)) return 'photoTooLarge';
  if (files.some((file) => file.type && !file.type.startsWith('image/'))) return 'photoTypeNotAllowed';
  return null;
}

export type AnswerResult = { kind: 'sent' } | { kind: 'refused'; message: string } | { kind: 'no-connection' };

async function send(method: 'PUT', taskId: string, jsonField: string, json: unknown, photos: File[], locale: string): Promise<AnswerResult> {
  const body = new FormData();
  body.set(jsonField, JSON.stringify(json));
  for (const photo of photos) body.append('photos', photo, photo.name);
  let response: Response;
  try {
    response = await fetch(`/api/admin/tasks/${encodeURIComponent(taskId)}/answer?lang=${encodeURIComponent(locale)}`, { method, body, headers: { accept: 'application/json' } });
  } catch {
    return { kind: 'no-connection' };
  }
  if (response.ok) return { kind: 'sent' };
  const problem = (await response.json().catch(() => null)) as { message?: unknown } | null;
  if (response.status >= 500 || typeof problem?.message !== 'string') return { kind: 'no-connection' };
  return { kind: 'refused', message: problem.message };
}

export function correctAnswer(taskId: string, correction: { answer: AnswerChoice; note?: string; removeFileIds: string[] }, photos: File[], locale: string) {
  return send('PUT', taskId, 'correction', correction, photos, locale);
}
