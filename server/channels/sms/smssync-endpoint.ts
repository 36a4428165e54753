// /api/sms/smssync — the SMSSync gateway protocol, as the SMSSync Android app and Ushahidi's
// server speak it:
//   POST (no task)        an SMS the phone received: from, message, message_id, sent_timestamp (ms),
//                         sent_to, device_id, secret — form-encoded by default, JSON accepted.
//                         → 200 {"payload":{"success":true,"error":null[,"task":"send","messages":[…]]}}
//   GET  ?task=send       → {"payload":{"task":"send","success":true,"secret":…,"messages":[{to,message,uuid}]}}
//   POST ?task=sent       {"queued_messages":[uuid…]} → {"message_uuids":[…]}
//   POST ?task=result     {"message_result":[{uuid,sent_result_code,…}]} → {"payload":{"success":true,"error":null}}
//   GET  ?task=result     → {"message_uuids":[…]} whose results we want
// Errors keep the payload shape: 403 wrong/missing secret, 400 missing from/message, malformed
// body or unknown task, 413 body too large. Phone numbers and texts are never logged.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { BodyTooLargeError, readBodyWithLimit } from '../../http/read-body';
import type { Logger } from '../../log';
import { loggableError } from '../../api/edge';
import { verifyGatewaySecret } from './gateway-secrets';
import { claimOutboundBatch, confirmQueuedOnPhone, recordMessageResults, uuidsAwaitingResult } from './outbox';
import { receiveInboundSms } from './receive-sms';
import { inboundSmsSchema, messageResultSchema, queuedMessagesSchema } from './schema';

export interface SmssyncDeps {
  db: Db;
  encryptionKey: string;
  /** Origin of the public site for links in replies; the request's own origin when unset. */
  publicOrigin?: string;
  log: Pick<Logger, 'error' | 'info'>;
  now?: () => Date;
}

/** Enough for ten SMSSync results or one SMS far beyond any phone's limit; more is not a gateway. */
export const SMSSYNC_BODY_LIMIT = 256 * 1024;

class GatewayError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function payloadResponse(status: number, payload: Record<string, unknown>): Response {
  return Response.json({ payload }, { status, headers: { 'cache-control': 'no-store' } });
}

function errorResponse(status: number, error: string): Response {
  return payloadResponse(status, { success: false, error });
}

type Fields = Record<string, unknown>;
interface Body {
  fields: Fields;
  form: boolean;
}

/** JSON or form-encoded, whatever the content type claims (some gateways mislabel it). */
async function readBody(request: Request): Promise<Body> {
  const bytes = await readBodyWithLimit(request, SMSSYNC_BODY_LIMIT);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).trim();
  if (!text) return { fields: {}, form: false };
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      // The original header: the multipart boundary is case-sensitive.
      form = await new Response(bytes, { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
    } catch {
      throw new GatewayError(400, 'Malformed multipart body.');
    }
    const fields: Fields = {};
    for (const name of new Set(form.keys())) {
      const values = form.getAll(name).filter((v): v is string => typeof v === 'string');
      fields[name] = values.length > 1 ? values : values[0];
    }
    return { fields, form: true };
  }
  const looksJson = type.includes('json') || text.startsWith('{');
  if (looksJson) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new GatewayError(400, 'Malformed JSON body.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new GatewayError(400, 'The body must be a JSON object.');
    return { fields: parsed as Fields, form: false };
  }
  const form = new URLSearchParams(text);
  const fields: Fields = {};
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name);
    fields[name] = values.length > 1 ? values : values[0];
  }
  return { fields, form: true };
}

/** A list sent form-encoded: repeated fields, name[] fields, or one JSON-encoded array. */
function listField({ fields, form }: Body, name: string): unknown {
  const value = fields[name] ?? fields[`${name}[]`];
  if (!form) return value;
  if (typeof value === 'string' && value.trim().startsWith('[')) {
    try {
      return JSON.parse(value);
    } catch {
      throw new GatewayError(400, `Malformed ${name}.`);
    }
  }
  return typeof value === 'string' ? [value] : value;
}

function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`)
    .join('; ');
}

async function touchGateway(db: Db, deviceId: string | null | undefined, now: Date): Promise<void> {
  const id = deviceId?.trim().slice(0, 128);
  if (!id) return;
  await db.smsGateway.upsert({ where: { deviceId: id }, create: { deviceId: id, lastSeenAt: now }, update: { lastSeenAt: now } });
}

export async function handleSmssyncRequest(request: Request, deps: SmssyncDeps): Promise<Response> {
  const requestId = randomUUID();
  const url = new URL(request.url);
  const task = url.searchParams.get('task')?.trim().toLowerCase() ?? '';
  const now = deps.now?.() ?? new Date();
  try {
    if (task && !['send', 'sent', 'result'].includes(task)) throw new GatewayError(400, `Unknown task "${task.slice(0, 20).replace(/[^\w-]/g, '')}"; expected send, sent or result.`);
    if (request.method === 'GET' && task === 'sent') throw new GatewayError(400, 'task=sent must be a POST.');

    const body: Body = request.method === 'POST' ? await readBody(request) : { fields: {}, form: false };
    const { fields } = body;
    const secret = url.searchParams.get('secret') ?? (typeof fields.secret === 'string' ? fields.secret : null);
    // SMSSync's app posts task=sent without the secret (it appends it only to task=result and
    // task=send); accept that, since it only moves messages whose random uuids the caller knows.
    const secretOptional = request.method === 'POST' && task === 'sent' && !secret;
    if (!secretOptional && !(await verifyGatewaySecret(deps.db, secret))) return errorResponse(403, 'The secret is wrong or missing.');

    const deviceId = url.searchParams.get('device_id') ?? (typeof fields.device_id === 'string' ? fields.device_id : null);
    await touchGateway(deps.db, deviceId, now);

    if (request.method === 'GET') {
      if (task === 'send') {
        const messages = await claimOutboundBatch(deps.db, { deviceId: deviceId?.trim().slice(0, 128) || null, encryptionKey: deps.encryptionKey, now });
        return payloadResponse(200, { task: 'send', success: true, secret, messages });
      }
      if (task === 'result') return Response.json({ message_uuids: await uuidsAwaitingResult(deps.db, now) }, { headers: { 'cache-control': 'no-store' } });
      return payloadResponse(200, { success: true, error: null });
    }

    if (task === 'sent') {
      const parsed = queuedMessagesSchema.safeParse({ queued_messages: listField(body, 'queued_messages') ?? [] });
      if (!parsed.success) throw new GatewayError(400, `Malformed queued_messages: ${describeIssues(parsed.error)}`);
      return Response.json({ message_uuids: await confirmQueuedOnPhone(deps.db, parsed.data.queued_messages, now) }, { headers: { 'cache-control': 'no-store' } });
    }
    if (task === 'result') {
      const parsed = messageResultSchema.safeParse({ message_result: listField(body, 'message_result') ?? [] });
      if (!parsed.success) throw new GatewayError(400, `Malformed message_result: ${describeIssues(parsed.error)}`);
      await recordMessageResults(deps.db, parsed.data.message_result, now);
      return payloadResponse(200, { success: true, error: null });
    }

    const parsed = inboundSmsSchema.safeParse(fields);
    if (!parsed.success) throw new GatewayError(400, `Malformed message: ${describeIssues(parsed.error)}`);
    const sms = parsed.data;
    if (!sms.from?.trim()) throw new GatewayError(400, 'Missing from value');
    if (!sms.message?.trim()) throw new GatewayError(400, 'Missing message');
    const received = await receiveInboundSms(
      deps.db,
      { from: sms.from, message: sms.message, messageId: sms.message_id, sentTimestamp: sms.sent_timestamp, deviceId: sms.device_id },
      { encryptionKey: deps.encryptionKey, publicOrigin: deps.publicOrigin ?? url.origin, now },
    );
    deps.log.info({ requestId, duplicate: received.duplicate, command: received.command ?? null, replies: received.replies.length }, 'sms received');
    return payloadResponse(200, received.replies.length ? { success: true, error: null, task: 'send', secret, messages: received.replies } : { success: true, error: null });
  } catch (error) {
    if (error instanceof GatewayError) return errorResponse(error.status, error.message);
    if (error instanceof BodyTooLargeError) return errorResponse(413, `The body is larger than ${SMSSYNC_BODY_LIMIT} bytes.`);
    deps.log.error({ requestId, task, method: request.method, err: loggableError(error) }, 'smssync request failed');
    return errorResponse(500, `Internal error (request ${requestId}); the gateway may retry.`);
  }
}
