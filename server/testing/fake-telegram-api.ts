// A local stand-in for the Telegram Bot API (https://core.telegram.org/bots/api) for tests: point
// TELEGRAM_API_BASE_URL (or a TelegramConfig's apiRoot) at `url`. Records every call, answers in
// Telegram's shape ({ok, result} or {ok:false, error_code, description, parameters}), and can be
// told to fail the next calls, e.g. with 429 retry_after or 403 "bot was blocked by the user".
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeTelegramCall {
  method: string;
  token: string;
  payload: Record<string, unknown>;
  at: number;
}

export interface FakeTelegramFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export interface FakeTelegramApi {
  url: string;
  calls: FakeTelegramCall[];
  /** Calls of one method, e.g. sendMessage, in order. */
  callsTo(method: string): FakeTelegramCall[];
  /** The next call of `method` (optionally only to this chat) fails this way, once. */
  failNext(method: string, failure: FakeTelegramFailure, chatId?: string | number): void;
  reset(): void;
  close(): Promise<void>;
}

async function readPayload(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  const type = request.headers['content-type'] ?? '';
  if (!body) return {};
  if (type.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(body));
  return { _raw: body };
}

/** `port` 0 (default) picks a free one; an end-to-end test gives the one the web server was told. */
export async function startFakeTelegramApi(port = 0): Promise<FakeTelegramApi> {
  const calls: FakeTelegramCall[] = [];
  const failures: { method: string; chatId?: string; failure: FakeTelegramFailure }[] = [];
  let messageId = 1000;

  function result(method: string, payload: Record<string, unknown>): unknown {
    const chat = { id: Number(payload.chat_id) || 0, type: String(payload.chat_id ?? '').startsWith('-') || String(payload.chat_id ?? '').startsWith('@') ? 'channel' : 'private' };
    switch (method) {
      case 'getMe':
        return { id: 1, is_bot: true, first_name: 'Raspa', username: 'raspa_test_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };
      case 'sendMessage':
        return { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat, text: payload.text };
      case 'editMessageText':
        return { message_id: Number(payload.message_id) || ++messageId, date: Math.floor(Date.now() / 1000), chat, text: payload.text };
      case 'editMessageReplyMarkup':
        return { message_id: Number(payload.message_id) || ++messageId, date: Math.floor(Date.now() / 1000), chat };
      case 'getWebhookInfo':
        return { url: '', has_custom_certificate: false, pending_update_count: 0 };
      default:
        return true; // answerCallbackQuery, setWebhook, deleteWebhook, setMyCommands …
    }
  }

  const server: Server = createServer((request, response) => {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(request.url ?? '/', 'http://fake').pathname);
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (!match) return send(404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = match as unknown as [string, string, string];
    readPayload(request)
      .then((payload) => {
        calls.push({ method, token, payload, at: Date.now() });
        const index = failures.findIndex((f) => f.method === method && (f.chatId === undefined || f.chatId === String(payload.chat_id)));
        if (index >= 0) {
          const { failure } = failures.splice(index, 1)[0]!;
          return send(failure.error_code, { ok: false, ...failure });
        }
        send(200, { ok: true, result: result(method, payload) });
      })
      .catch(() => send(400, { ok: false, error_code: 400, description: 'Bad Request: cannot parse the request' }));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const listening = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${listening}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    failNext: (method, failure, chatId) => failures.push({ method, failure, chatId: chatId === undefined ? undefined : String(chatId) }),
    reset: () => {
      calls.length = 0;
      failures.length = 0;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
