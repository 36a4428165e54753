'use server';

// The report form without JavaScript: the browser posts the form here (a server action), and
// the citizen lands on their tracking page in its "just sent" form — the code to keep and, when
// the claim has already been checked, the answer at once (verdict, the fact, link, share buttons).
// With JavaScript the form posts to /api/v1/reports instead, so that the offline outbox can replay
// the very same request.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ZodError } from 'zod';
import { serverEnv } from '@/server/config/env';
import { db } from '@/server/db/client';
import { DomainError } from '@/server/errors';
import { consumeRateLimit } from '@/server/http/rate-limit';
import { ImageRejectedError, MAX_IMAGES_PER_REPORT, processUploadedImage, type ProcessedImage } from '@/server/media';
import { submitReport } from '@/server/reports/submit-report';
import { logger } from '@/server/log';
import type { Language } from '@/server/i18n/languages';

const IMAGE_ERROR_KEYS = {
  'too-large': 'imageTooLarge',
  'not-an-image': 'imageNotAnImage',
  'unsupported-format': 'imageUnsupported',
  'too-many-pixels': 'imageTooManyPixels',
  corrupt: 'imageCorrupt',
} as const;

// The first non-empty value: a field may be posted twice (the form keeps a hidden copy of the town
// for its scripts, which is still empty when the form is sent before they have run).
function text(form: FormData, name: string): string | undefined {
  return form.getAll(name).find((value): value is string => typeof value === 'string' && value.trim() !== '');
}

export async function submitReportWithoutJavaScript(locale: Language, form: FormData): Promise<void> {
  const back = (error: string) => redirect(`/${locale}/report?error=${error}`);
  const limit = await consumeRateLimit('report.submit', { client: await headers() });
  if (!limit.allowed) back('rateLimited');

  const files = form.getAll('images').filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length > MAX_IMAGES_PER_REPORT) back('imageTooMany');
  const images: ProcessedImage[] = [];
  for (const file of files) {
    try {
      images.push(await processUploadedImage(new Uint8Array(await file.arrayBuffer())));
    } catch (error) {
      if (error instanceof ImageRejectedError) back(IMAGE_ERROR_KEYS[error.reason]);
      throw error;
    }
  }

  const heardAt = text(form, 'heardAt');
  let trackingCode: string;
  try {
    const { report } = await submitReport(
      db(),
      {
        clientId: text(form, 'clientId') ?? crypto.randomUUID(),
        text: text(form, 'text') ?? '',
        regionCode: text(form, 'regionCode') as never,
        settlement: text(form, 'settlement'),
        heardVia: text(form, 'heardVia') as never,
        heardAt: heardAt ? new Date(heardAt) : undefined,
        confirmedNoticeSlug: text(form, 'confirmedNoticeSlug'),
      },
      { channel: 'WEB', encryptionKey: serverEnv().RASPA_ENCRYPTION_KEY, images, displayLanguage: locale },
    );
    trackingCode = report.trackingCode;
  } catch (error) {
    if (error instanceof ZodError) back(error.issues[0]?.message ?? 'invalid');
    if (error instanceof DomainError && error.code === 'BAD_REQUEST') back(error.message);
    logger.error({ err: error }, 'report form (no JavaScript) failed');
    back('internal');
  }
  redirect(`/${locale}/track/${trackingCode!}?sent=1`);
}
