// The SMPP account (one `Setting` row, password sealed with RASPA_ENCRYPTION_KEY or taken from
// SMPP_PASSWORD) and the live state of the bind (another row, written only by the worker that holds
// the bind). The web process reads both for the Channels page and to route outgoing SMS.
import { hostname } from 'node:os';
import type { Prisma } from '../../db/generated/client';
import { recordAuditEvent } from '../../audit/record-audit-event';
import { decryptText, encryptText } from '../../crypto/secret-box';
import type { Db, DbTx } from '../../db/client';
import { forbidden } from '../../errors';
import { assertAdmin, hasRole, MODERATION_ROLES, type Actor } from '../../policy';
import { auditedSmppSettings, SMPP_DEFAULTS, smppSettingsInput, storedSmppSettings, type SmppSettingsInput, type SmppSettingsValues, type StoredSmppSettings } from './schema';

export const SMPP_SETTINGS_KEY = 'sms.smpp.settings';
export const SMPP_STATUS_KEY = 'sms.smpp.status';
/** LISTEN/NOTIFY channel: 'settings' when an admin saved, 'outbox' when an SMS is waiting. */
export const SMPP_WAKE_CHANNEL = 'raspa_smpp';
/** The bind-holding worker refreshes the status this often; older means that worker is gone. */
export const SMPP_HEARTBEAT_MS = 10_000;
export const SMPP_STATUS_STALE_MS = 3 * SMPP_HEARTBEAT_MS;

/** Everything the worker needs to bind, password in clear (memory only). */
export interface SmppAccount extends Omit<SmppSettingsValues, 'password'> {
  password: string;
  /** Changes whenever an admin saves: the worker re-binds with the new values. */
  version: string;
}

export type SmppState = 'connecting' | 'bound' | 'error' | 'stopped';

export interface SmppStatusRow {
  state: SmppState;
  since: string;
  holder: string;
  heartbeatAt: string;
  boundAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** The settings version the holder runs with. */
  version: string | null;
}

async function readStored(db: DbTx): Promise<{ settings: StoredSmppSettings; updatedAt: Date } | null> {
  const row = await db.setting.findUnique({ where: { key: SMPP_SETTINGS_KEY } });
  if (!row) return null;
  const parsed = storedSmppSettings.safeParse(row.value);
  return parsed.success ? { settings: parsed.data, updatedAt: row.updatedAt } : null;
}

/** The account for the worker, or null when none is saved. SMPP_PASSWORD, when set, wins over the stored one. */
export async function loadSmppAccount(db: Db, options: { encryptionKey: string; passwordFromEnv?: string | undefined }): Promise<SmppAccount | null> {
  const stored = await readStored(db);
  if (!stored) return null;
  const { passwordCipher, ...settings } = stored.settings;
  let password = options.passwordFromEnv ?? '';
  if (!options.passwordFromEnv && passwordCipher) password = decryptText(passwordCipher, options.encryptionKey);
  return { ...settings, password, version: stored.updatedAt.toISOString() };
}

export interface SmppSettingsForm {
  values: SmppSettingsValues;
  /** A password is stored (the form leaves the field empty to keep it). */
  passwordSet: boolean;
  /** SMPP_PASSWORD is set: the stored one is not used. */
  passwordFromEnv: boolean;
  saved: boolean;
}

export async function getSmppSettingsForm(db: Db, actor: Actor, options: { passwordFromEnv: boolean }): Promise<SmppSettingsForm> {
  assertAdmin(actor, 'Only admins configure the SMPP account.');
  const stored = await readStored(db);
  if (!stored) return { values: SMPP_DEFAULTS, passwordSet: false, passwordFromEnv: options.passwordFromEnv, saved: false };
  const { passwordCipher, ...values } = stored.settings;
  return { values: { ...values, password: '' }, passwordSet: Boolean(passwordCipher), passwordFromEnv: options.passwordFromEnv, saved: true };
}

/** What the audit log keeps of the settings: everything but the password. */
function auditable(settings: StoredSmppSettings | SmppSettingsValues) {
  return auditedSmppSettings.parse(settings);
}

export async function saveSmppSettings(db: Db, actor: Actor, rawInput: SmppSettingsInput, options: { encryptionKey: string; passwordFromEnv?: boolean }): Promise<SmppSettingsForm> {
  assertAdmin(actor, 'Only admins configure the SMPP account.');
  const input = smppSettingsInput.parse(rawInput);
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${SMPP_SETTINGS_KEY}))`;
    const before = await readStored(tx);
    const passwordChanged = input.password !== '';
    const passwordCipher = passwordChanged ? encryptText(input.password, options.encryptionKey) : (before?.settings.passwordCipher ?? null);
    const { password: _password, ...values } = input;
    const value = { ...values, passwordCipher } as unknown as Prisma.InputJsonValue;
    await tx.setting.upsert({ where: { key: SMPP_SETTINGS_KEY }, create: { key: SMPP_SETTINGS_KEY, value }, update: { value } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'smpp_settings.updated',
      entityId: SMPP_SETTINGS_KEY,
      before: before ? auditable(before.settings) : undefined,
      after: { ...auditable(input), passwordChanged },
    });
    // The worker holding the bind re-reads the settings at once (it also polls).
    await tx.$executeRawUnsafe(`SELECT pg_notify('${SMPP_WAKE_CHANNEL}', 'settings')`);
  });
  return getSmppSettingsForm(db, actor, { passwordFromEnv: Boolean(options.passwordFromEnv) });
}

/** Tells the SMPP bind holder (in whichever worker) that SMS were queued: one NOTIFY per batch, not per SMS. */
export async function wakeSmppOutbox(db: Pick<Db, '$executeRawUnsafe'>): Promise<void> {
  await db.$executeRawUnsafe(`SELECT pg_notify('${SMPP_WAKE_CHANNEL}', 'outbox')`);
}

/** Written by the bind holder on every state change and heartbeat. */
export async function writeSmppStatus(db: Db, status: SmppStatusRow): Promise<void> {
  const value = status as unknown as Prisma.InputJsonValue;
  await db.setting.upsert({ where: { key: SMPP_STATUS_KEY }, create: { key: SMPP_STATUS_KEY, value }, update: { value } });
}

export function smppHolderName(): string {
  return `${hostname()}:${process.pid}`;
}

async function readStatusRow(db: Db): Promise<SmppStatusRow | null> {
  const row = await db.setting.findUnique({ where: { key: SMPP_STATUS_KEY } });
  return row ? (row.value as unknown as SmppStatusRow) : null;
}

export type SmppDisplayState = 'off' | 'notConfigured' | 'noWorker' | SmppState;

export interface SmppStatusView {
  state: SmppDisplayState;
  since: Date | null;
  holder: string | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  /** Outbound SMS waiting for any gateway. */
  waiting: number;
  /** Outbound SMS through SMPP in the last 24 hours, by outcome. */
  lastDay: { inFlight: number; sent: number; delivered: number; failed: number };
}

function displayState(enabled: boolean, configured: boolean, status: SmppStatusRow | null, now: Date): SmppDisplayState {
  if (!configured) return 'notConfigured';
  if (!enabled) return 'off';
  if (!status || now.getTime() - Date.parse(status.heartbeatAt) > SMPP_STATUS_STALE_MS) return 'noWorker';
  return status.state;
}

/** True when outgoing SMS go through SMPP: enabled and bound by a live worker. Phones then get none. */
export async function isSmppRouteLive(db: Db, now = new Date()): Promise<boolean> {
  const [stored, status] = await Promise.all([readStored(db), readStatusRow(db)]);
  return displayState(Boolean(stored?.settings.enabled), Boolean(stored), status, now) === 'bound';
}

export async function getSmppStatus(db: Db, actor: Actor, now = new Date()): Promise<SmppStatusView> {
  if (!hasRole(actor, MODERATION_ROLES)) throw forbidden('Only moderators and admins watch the SMS gateways.');
  const [stored, status, waiting, counts] = await Promise.all([
    readStored(db),
    readStatusRow(db),
    db.smsMessage.count({ where: { direction: 'OUTBOUND', status: 'PENDING' } }),
    db.smsMessage.groupBy({ by: ['status'], where: { direction: 'OUTBOUND', route: 'SMPP', createdAt: { gte: new Date(now.getTime() - 24 * 3600_000) } }, _count: { _all: true } }),
  ]);
  const count = (s: string) => counts.find((c) => c.status === s)?._count._all ?? 0;
  const state = displayState(Boolean(stored?.settings.enabled), Boolean(stored), status, now);
  const live = state !== 'off' && state !== 'notConfigured';
  return {
    state,
    since: live && status ? new Date(status.since) : null,
    holder: live ? (status?.holder ?? null) : null,
    lastError: status?.lastError ?? null,
    lastErrorAt: status?.lastErrorAt ? new Date(status.lastErrorAt) : null,
    waiting,
    lastDay: { inFlight: count('HANDED_OUT'), sent: count('SENT'), delivered: count('DELIVERED'), failed: count('FAILED') },
  };
}
