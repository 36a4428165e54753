// The SMS log holds citizens' messages and phone numbers: who may read which.
import { Prisma } from '../db/generated/client';
import { forbidden } from '../errors';
import { hasRole, isAdmin, MODERATION_ROLES, type Actor } from './actor';

/** Admins and moderators watch the gateway; verifiers have no business with citizens' SMS. */
export function canViewSmsLog(actor: Actor): boolean {
  return hasRole(actor, MODERATION_ROLES);
}

export function assertCanViewSmsLog(actor: Actor): void {
  if (!canViewSmsLog(actor)) throw forbidden('Only moderators and admins see the SMS log.');
}

/**
 * Full phone numbers, and finding a sender's messages by number, are for staff with the contact
 * permission only; everyone else sees "+7 ••• •• 67".
 */
export function canSeeSmsPhoneNumbers(actor: Pick<Actor, 'canViewContacts'>): boolean {
  return actor.canViewContacts;
}

/**
 * The regions an SMS message belongs to, as SQL over the message row `m`: those of the report it
 * brought in or answers (chosen, else routed by its text), or of the notice it carries (the
 * reporter's report for a verdict sent back to them). Empty — the national queue — for what no
 * region claims: commands (SUB, STOP, HELP), unreadable messages, nationwide notices.
 */
const reportRegions = (report: string) =>
  Prisma.raw(`CASE WHEN ${report}."regionCode" IS NOT NULL THEN ARRAY[${report}."regionCode"] ELSE ${report}."routedRegionCodes" END`);

export const smsMessageRegionsSql = Prisma.sql`(CASE
  WHEN m."reportId" IS NOT NULL THEN (SELECT ${reportRegions('r')} FROM "Report" r WHERE r.id = m."reportId")
  WHEN m."deliveryId" IS NOT NULL THEN (
    SELECT CASE WHEN dr.id IS NOT NULL THEN ${reportRegions('dr')} ELSE v."regionCodes" END
    FROM "Delivery" d JOIN "NoticeVersion" v ON v.id = d."noticeVersionId" LEFT JOIN "Report" dr ON dr.id = d."reportId"
    WHERE d.id = m."deliveryId")
  ELSE ARRAY[]::text[]
END)`;

/** The same region rule as rumours and reports, over SMS messages (`m`): the actor's regions, the national queue for "national" members, everything for admins. */
export function smsScopeSql(actor: Actor): Prisma.Sql {
  if (isAdmin(actor)) return Prisma.sql`TRUE`;
  const regions = Prisma.sql`coalesce(${smsMessageRegionsSql}, ARRAY[]::text[])`;
  const national = actor.nationalQueue ? Prisma.sql` OR cardinality(${regions}) = 0` : Prisma.empty;
  return Prisma.sql`(${regions} && ${actor.regionCodes}::text[]${national})`;
}
