// For tests: plays an SMSSync gateway phone against the endpoint handler — forwards SMS it
// "receives", polls for SMS to send, confirms them and reports results, with the same request
// shapes as the SMSSync Android app (form-encoded inbound, JSON task bodies, secret in the query).
import { randomUUID } from 'node:crypto';
import { handleSmssyncRequest } from '../api/smssync';
import { serverEnv } from '../config/env';
import type { Db } from '../db/client';
import type { Logger } from '../log';
import { testApiDeps } from './api-deps';

export const TEST_ORIGIN = 'https://raspa.test';
export const ENDPOINT = `${TEST_ORIGIN}/api/sms/smssync`;

const silentLog = { info: () => {}, warn: () => {}, error: () => {} } as unknown as Logger;

export function smssyncDeps(db: Db, encryptionKey = serverEnv().RASPA_ENCRYPTION_KEY) {
  return testApiDeps({ db }, { encryptionKey, publicOrigin: TEST_ORIGIN, log: silentLog });
}

export interface SentSms {
  to: string;
  message: string;
  uuid: string;
}

export class FakeGatewayPhone {
  /** Every SMS this phone was asked to send, in order. */
  readonly outbox: SentSms[] = [];

  constructor(
    private readonly db: Db,
    readonly secret: string,
    readonly deviceId = `phone-${randomUUID().slice(0, 8)}`,
    readonly number = '+77010000001',
  ) {}

  call(request: Request): Promise<Response> {
    return handleSmssyncRequest(request, smssyncDeps(this.db));
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
}
