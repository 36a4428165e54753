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
// body or unknown task, 413 body too large, 503 database unreachable (the phone retries). Phone
// numbers and texts are never logged.
import { verifyGatewaySecret } from '../channels/sms/gateway-secrets';
import { claimOutboundBatch, confirmQueuedOnPhone, recordMessageResults, uuidsAwaitingResult } from '../channels/sms/outbox';
import { receiveInboundSms } from '../channels/sms/receive-sms';
import { inboundSmsSchema, messageResultSchema, queuedMessagesSchema } from '../channels/sms/schema';
import type { Db } from '../db/client';
import { ApiProblem, type ProblemCode } from '../http/problem';
import { readBodyWithLimit } from '../http/read-body';
import type { ApiDeps } from './deps';
import { checkChannelSecret, enforceRateLimit, handleApiRequest, type ProblemRenderer } from './edge';

/** Enough for ten SMSSync results or one SMS far beyond any phone's limit; more is not a gateway. */
export const SMSSYNC_BODY_LIMIT = 256 * 1024;

/** A request the gateway got wrong, with the reason it shows in its log. */
function gatewayError(status: number, detail: string): ApiProblem {
  return new ApiProblem(status, status === 403 ? 'forbidden' : 'bad_request', { detail });
}

const GATEWAY_MESSAGES: Partial<Record<ProblemCode, string>> = {
  too_large: `The body is larger than ${SMSSYNC_BODY_LIMIT} bytes.`,
  rate_limited: 'Too many requests with this secret, or too many wrong secrets from this address; retry after the Retry-After seconds.',
  unavailable: 'Temporarily unavailable; the gateway may retry.',
};

/** Errors in SMSSync's payload shape, worded for the phone's log. */
const gatewayProblem: ProblemRenderer = (problem, context) => {
  const detail = typeof problem.extra.detail === 'string' ? problem.extra.detail : GATEWAY_MESSAGES[problem.code];
  return payloadResponse(problem.status, { success: false, error: detail ?? `Internal error (request ${context.requestId}); the gateway may retry.` });
};

function payloadResponse(status: number, payload: Record<string, unknown>): Response {
  return Response.json({ payload }, { status, headers: { 'cache-control': 'no-store' } });
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
      throw gatewayError(400, 'Malformed multipart body.');
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
      throw gatewayError(400, 'Malformed JSON body.');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw gatewayError(400, 'The body must be a JSON object.');
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
      throw gatewayError(400, `Malformed ${name}.`);
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

export function handleSmssyncRequest(request: Request, deps: ApiDeps): Promise<Response> {
  return handleApiRequest(
    request,
    deps,
    async ({ url, requestId }) => {
      const task = url.searchParams.get('task')?.trim().toLowerCase() ?? '';
      const now = deps.now();
      if (task && !['send', 'sent', 'result'].includes(task)) throw gatewayError(400, `Unknown task "${task.slice(0, 20).replace(/[^\w-]/g, '')}"; expected send, sent or result.`);
      if (request.method === 'GET' && task === 'sent') throw gatewayError(400, 'task=sent must be a POST.');

      const body: Body = request.method === 'POST' ? await readBody(request) : { fields: {}, form: false };
      const { fields } = body;
      const secret = url.searchParams.get('secret') ?? (typeof fields.secret === 'string' ? fields.secret : null);
      // SMSSync's app posts task=sent without the secret (it appends it only to task=result and
      // task=send); accept that, since it only moves messages whose random uuids the caller knows.
      const secretOptional = request.method === 'POST' && task === 'sent' && !secret;
      // A wrong secret counts against the client's address (random secrets would each have a budget
      // of their own); a right one against that secret (a leaked one cannot flood intake); the
      // secret-less task=sent against the client.
      if (!secretOptional && !(await checkChannelSecret(deps, request.headers, () => verifyGatewaySecret(deps.db, secret)))) throw gatewayError(403, 'The secret is wrong or missing.');
      await enforceRateLimit(deps, 'smssync', secret ? { gatewaySecret: secret } : { client: request.headers });

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
        if (!parsed.success) throw gatewayError(400, `Malformed queued_messages: ${describeIssues(parsed.error)}`);
        return Response.json({ message_uuids: await confirmQueuedOnPhone(deps.db, parsed.data.queued_messages, now) }, { headers: { 'cache-control': 'no-store' } });
      }
      if (task === 'result') {
        const parsed = messageResultSchema.safeParse({ message_result: listField(body, 'message_result') ?? [] });
        if (!parsed.success) throw gatewayError(400, `Malformed message_result: ${describeIssues(parsed.error)}`);
        await recordMessageResults(deps.db, parsed.data.message_result, now);
        return payloadResponse(200, { success: true, error: null });
      }

      const parsed = inboundSmsSchema.safeParse(fields);
      if (!parsed.success) throw gatewayError(400, `Malformed message: ${describeIssues(parsed.error)}`);
      const sms = parsed.data;
      if (!sms.from?.trim()) throw gatewayError(400, 'Missing from value');
      if (!sms.message?.trim()) throw gatewayError(400, 'Missing message');
      const received = await receiveInboundSms(
        deps.db,
        { from: sms.from, message: sms.message, messageId: sms.message_id, sentTimestamp: sms.sent_timestamp, deviceId: sms.device_id },
        { encryptionKey: deps.encryptionKey, publicOrigin: deps.publicOrigin ?? url.origin, now },
      );
      deps.log.info({ requestId, duplicate: received.duplicate, command: received.command ?? null, replies: received.replies.length }, 'sms received');
      return payloadResponse(200, received.replies.length ? { success: true, error: null, task: 'send', secret, messages: received.replies } : { success: true, error: null });
    },
    gatewayProblem,
  );
}
