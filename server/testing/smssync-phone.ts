// An SMSSync gateway phone for tests, over any transport: forwards SMS it "receives", polls for SMS
// to send, confirms them and reports results, with the same request shapes as the SMSSync Android
// app (form-encoded inbound, JSON task bodies, secret in the query). No server imports, so the
// end-to-end specs drive a running server with it over HTTP (`overHttp`); integration tests use
// fake-smssync-phone.ts, which calls the endpoint handler in-process.
import { randomUUID } from 'node:crypto';

export const TEST_ORIGIN = 'https://raspa.test';
export const ENDPOINT = `${TEST_ORIGIN}/api/sms/smssync`;

export interface SentSms {
  to: string;
  message: string;
  uuid: string;
}

export type GatewayTransport = (request: Request) => Promise<Response>;

/** Sends the phone's requests to a running server (the path and query of ENDPOINT on `baseUrl`). */
export function overHttp(baseUrl: string): GatewayTransport {
  return async (request) => {
    const url = new URL(request.url);
    const body = request.method === 'GET' ? undefined : await request.text();
    return fetch(new URL(url.pathname + url.search, baseUrl), { method: request.method, headers: request.headers, body });
  };
}

export class SmssyncPhone {
  /** Every SMS this phone was asked to send, in order. */
  readonly outbox: SentSms[] = [];

  constructor(
    private readonly transport: GatewayTransport,
    readonly secret: string,
    readonly deviceId = `phone-${randomUUID().slice(0, 8)}`,
    readonly number = '+77010000001',
  ) {}

  call(request: Request): Promise<Response> {
    return this.transport(request);
  }

  /** An SMS arrives on the phone and is forwarded (form-encoded, as SMSSync does by default). */
  async forward(from: string, message: string, messageId: string = randomUUID()) {
    const body = new URLSearchParams({ from, message, message_id: messageId, sent_timestamp: String(Date.now()), sent_to: this.number, device_id: this.deviceId, secret: this.secret });
    const response = await this.call(new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }));
    const json = (await response.json()) as { payload: { success: boolean; error: string | null; messages?: SentSms[] } };
    for (const sms of json.payload.messages ?? []) this.outbox.push(sms);
    return { status: response.status, payload: json.payload, replies: json.payload.messages ?? [] };
  }

  /** GET ?task=send: the SMS the server wants this phone to send now. */
  async poll(): Promise<SentSms[]> {
    const response = await this.call(new Request(`${ENDPOINT}?task=send&secret=${encodeURIComponent(this.secret)}&device_id=${encodeURIComponent(this.deviceId)}`));
    const json = (await response.json()) as { payload: { task: string; secret: string; messages: SentSms[] } };
    if (response.status !== 200) throw new Error(`poll failed with ${response.status}`);
    this.outbox.push(...json.payload.messages);
    return json.payload.messages;
  }

  /** POST ?task=sent — the app sends this one without the secret. */
  async confirmQueued(uuids: string[]): Promise<string[]> {
    const response = await this.call(new Request(`${ENDPOINT}?task=sent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ queued_messages: uuids }) }));
    return ((await response.json()) as { message_uuids: string[] }).message_uuids;
  }

  /** GET ?task=result then POST ?task=result for the ones asked about, with Android's codes. */
  async reportResults(outcomes: Record<string, 'sent' | 'delivered' | 'failed'>): Promise<string[]> {
    const asked = await this.call(new Request(`${ENDPOINT}?task=result&secret=${encodeURIComponent(this.secret)}`));
    const { message_uuids } = (await asked.json()) as { message_uuids: string[] };
    const now = Date.now();
    const message_result = message_uuids
      .filter((uuid) => outcomes[uuid])
      .map((uuid) => {
        const outcome = outcomes[uuid]!;
        return {
          uuid,
          sent_result_code: outcome === 'failed' ? 4 : -1,
          sent_result_message: outcome === 'failed' ? 'No service' : 'SMSSync Message Sent',
          delivered_result_code: outcome === 'delivered' ? -1 : 0,
          delivered_result_message: outcome === 'delivered' ? 'SMS delivered' : '',
          sent_timestamp: now,
          ...(outcome === 'delivered' ? { delivered_timestamp: now + 1000 } : {}),
        };
      });
    if (message_result.length) {
      const response = await this.call(
        new Request(`${ENDPOINT}?task=result&secret=${encodeURIComponent(this.secret)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message_result }) }),
      );
      if (response.status !== 200) throw new Error(`result report failed with ${response.status}`);
    }
    return message_uuids;
  }

  /** What a working phone does on each poll: take the SMS, send them all, report them sent. */
  async sendWaiting(): Promise<SentSms[]> {
    const messages = await this.poll();
    if (messages.length === 0) return [];
    await this.confirmQueued(messages.map((m) => m.uuid));
    await this.reportResults(Object.fromEntries(messages.map((m) => [m.uuid, 'sent' as const])));
    return messages;
  }
}
