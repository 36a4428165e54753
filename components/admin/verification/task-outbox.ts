'use client';

// Field answers on a bad connection: an answer that cannot be sent now waits in the phone's outbox
// (lib/report-outbox.ts, the one citizens' reports use) and is sent once the connection returns —
// by this page, another tab or the service worker — exactly once, thanks to its idempotency key.
import { useEffect, useState } from 'react';
import { OUTBOX_SYNC_TAG, listTaskAnswers, putEntry, sendTaskAnswer, subscribeOutbox, type OutboxEntry, type TaskAnswerTarget } from '../../../lib/report-outbox';
import { startOutboxAutoFlush } from '../../report/outbox';
import type { AnswerChoice } from './task-answer-request';

export interface AnswerPayload {
  clientId: string;
  answer: AnswerChoice;
  note?: string;
  location?: { lat: number; lng: number };
}

export type SendOutcome = { kind: 'sent' } | { kind: 'queued' } | { kind: 'refused'; message: string };

/** What the task page shows for an answer still on the phone. */
export interface WaitingAnswer {
  clientId: string;
  answer: AnswerChoice;
  note: string | null;
  photos: number;
}

/** A refusal after the phone went back online: the message and what was typed, to put back in the form. */
export interface RefusedAnswer {
  message: string;
  note: string | null;
}

function messageOf(body: unknown): string | null {
  const message = (body as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : null;
}

function payloadOf(entry: OutboxEntry): AnswerPayload | null {
  try {
    return JSON.parse(entry.reportJson) as AnswerPayload;
  } catch {
    return null;
  }
}

/** Asks the service worker to send the outbox when the connection returns, even with the page closed (Chromium). */
async function requestBackgroundSync(): Promise<void> {
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    await (registration as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined)?.sync?.register(OUTBOX_SYNC_TAG);
  } catch {
    // No service worker or no Background Sync: the page sends it when it sees the connection.
  }
}

/**
 * Sends the answer now if the phone seems online; with no connection (or a server that cannot
 * take it right now) it is queued with its photos and `queued` is returned. A refusal (4xx) comes
 * back with the server's translated message and nothing is queued.
 */
export async function sendOrQueueAnswer(taskId: string, payload: AnswerPayload, photos: File[], locale: string): Promise<SendOutcome> {
  const target: TaskAnswerTarget = { kind: 'task-answer', taskId };
  const entry = {
    clientId: payload.clientId,
    reportJson: JSON.stringify(payload),
    images: photos.map((photo) => ({ name: photo.name, type: photo.type, data: photo as Blob })),
    createdAt: Date.now(),
    locale,
    target,
  };
  if (navigator.onLine !== false) {
    const result = await sendTaskAnswer(entry);
    if (result.kind === 'sent') return { kind: 'sent' };
    if (result.kind === 'rejected') return { kind: 'refused', message: messageOf(result.body) ?? '' };
  }
  await putEntry(entry);
  await requestBackgroundSync();
  return { kind: 'queued' };
}

/**
 * The answers waiting on this phone, by task, kept current across tabs and the service worker;
 * flushes the outbox on load, when the connection returns and every 30 s while any remain.
 * `onSent` / `onRefused` fire once per answer the outbox delivered or the server refused.
 */
export function useWaitingAnswers(onSent: (taskId: string) => void, onRefused: (taskId: string, refused: RefusedAnswer) => void): Record<string, WaitingAnswer> {
  const [waiting, setWaiting] = useState<Record<string, WaitingAnswer>>({});
  useEffect(() => {
    let active = true;
    const notes = new Map<string, string | null>();
    const refresh = () => {
      listTaskAnswers().then(
        (entries) => {
          if (!active) return;
          const byTask: Record<string, WaitingAnswer> = {};
          for (const entry of entries) {
            const payload = payloadOf(entry);
            if (!payload) continue;
            notes.set(entry.clientId, payload.note ?? null);
            byTask[entry.target.taskId] = { clientId: entry.clientId, answer: payload.answer, note: payload.note ?? null, photos: entry.images.length };
          }
          setWaiting(byTask);
        },
        () => undefined,
      );
    };
    refresh();
    const announced = new Set<string>();
    const unsubscribe = subscribeOutbox((event) => {
      if (event.type === 'changed') return refresh();
      if (event.type !== 'answer-sent' && event.type !== 'answer-rejected') return;
      if (announced.has(event.clientId)) return;
      announced.add(event.clientId);
      if (event.type === 'answer-sent') onSent(event.taskId);
      else onRefused(event.taskId, { message: messageOf(event.body) ?? '', note: notes.get(event.clientId) ?? null });
      refresh();
    });
    // The citizens' outbox's own triggers (online, visible again, every 30 s) flush answers too.
    const stopFlushing = startOutboxAutoFlush(() => undefined);
    return () => {
      active = false;
      unsubscribe();
      stopFlushing();
    };
    // The callbacks only read state setters; subscribing once is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return waiting;
}
