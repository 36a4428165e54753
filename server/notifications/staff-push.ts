// Web Push for a staff member's notifications (issue 16): the notifications page subscribes this
// browser's PushManager with Raspa's VAPID key (the same key and service worker as citizens' push)
// and registers the subscription here. Its endpoint is checked like a citizen's — public https
// only — and checked again when sending (server/delivery/web-push-sender.ts). One row per
// browser: a shared computer's push follows whoever turned it on last.
import { recordAuditEvent } from '../audit/record-audit-event';
import { serverEnv } from '../config/env';
import { encryptText, keyedHash } from '../crypto/secret-box';
import type { Db } from '../db/client';
import { checkDestinationUrl, privateDestinationsAllowed } from '../delivery/public-destination';
import { DomainError } from '../errors';
import type { Actor } from '../policy';
import { disableStaffPushInput, enableStaffPushInput, type DisableStaffPushInput, type EnableStaffPushInput } from './schema';

const key = () => serverEnv().RASPA_ENCRYPTION_KEY;

export async function enableStaffPush(db: Db, actor: Actor, rawInput: EnableStaffPushInput) {
  const input = enableStaffPushInput.parse(rawInput);
  if (!(await checkDestinationUrl(input.endpoint, { allowHttp: false, allowPrivate: privateDestinationsAllowed() })).ok) throw new DomainError('BAD_REQUEST', 'pushEndpointRefused');
  const endpointHash = keyedHash(input.endpoint, key());
  const addressCipher = encryptText(JSON.stringify({ endpoint: input.endpoint, keys: input.keys }), key());
  return db.$transaction(async (tx) => {
    await tx.staffPushSubscription.upsert({ where: { endpointHash }, create: { userId: actor.id, endpointHash, addressCipher }, update: { userId: actor.id, addressCipher } });
    const devices = await tx.staffPushSubscription.count({ where: { userId: actor.id } });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'account.push_enabled', entityId: actor.id, after: { devices } });
    return { devices };
  });
}

export async function disableStaffPush(db: Db, actor: Actor, rawInput: DisableStaffPushInput) {
  const input = disableStaffPushInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const { count } = await tx.staffPushSubscription.deleteMany({ where: { userId: actor.id, endpointHash: keyedHash(input.endpoint, key()) } });
    const devices = await tx.staffPushSubscription.count({ where: { userId: actor.id } });
    if (count > 0) await recordAuditEvent(tx, { actorId: actor.id, action: 'account.push_disabled', entityId: actor.id, after: { devices } });
    return { devices };
  });
}
