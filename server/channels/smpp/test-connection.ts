// "Test connection" on the Channels page: a short bind with the values in the form (the stored
// password when the field is left empty), an enquire_link, and an unbind — from the web process,
// as a separate short session beside the worker's. Nothing is saved or changed; a refusal is a
// result to show, not an error.
import type { Db } from '../../db/client';
import { forbidden } from '../../errors';
import { isAdmin, type Actor } from '../../policy';
import { SmppLink } from './link';
import { smppSettingsInput, type SmppSettingsInput } from './schema';
import { loadSmppAccount } from './settings';

export type SmppTestResult = { ok: true; ms: number } | { ok: false; error: string };

const TEST_TIMEOUT_MS = 8_000;

export async function testSmppConnection(db: Db, actor: Actor, rawInput: SmppSettingsInput, options: { encryptionKey: string; passwordFromEnv?: string }): Promise<SmppTestResult> {
  if (!isAdmin(actor)) throw forbidden('Only admins configure the SMPP account.');
  const input = smppSettingsInput.parse(rawInput);
  const stored = input.password ? null : await loadSmppAccount(db, options);
  const password = input.password || stored?.password || '';
  const started = Date.now();
  try {
    const link = await SmppLink.open({ ...input, password, version: 'test' }, { onDeliver: async () => undefined, onClose: () => undefined }, { connectTimeoutMs: TEST_TIMEOUT_MS, responseTimeoutMs: TEST_TIMEOUT_MS });
    try {
      await link.enquireLink();
    } finally {
      await link.unbind();
    }
    return { ok: true, ms: Date.now() - started };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
