// Internal discussion on a rumour. "@Name" mentions resolve to colleagues who work on the
// rumour's regions, so a mention never points someone at a rumour they cannot open.
import type { Db } from '../db/client';
import { recordAuditEvent } from '../audit/record-audit-event';
import { notFound } from '../errors';
import { notifyStaff } from '../notifications/notify-staff';
import { assertCoversRegions, coversRegions, STAFF_ROLES, type Actor } from '../policy';
import { sanitizeUserText } from '../text';
import { addCommentInput } from './schema';

/** Ids of the staff named after an "@" in the text; longer names win ("@Aida Nur" over "@Aida"). */
export function resolveMentions(body: string, staff: { id: string; name: string }[]): string[] {
  const text = body.toLocaleLowerCase();
  const found = new Set<string>();
  const taken: [number, number][] = [];
  for (const person of [...staff].sort((a, b) => b.name.length - a.name.length)) {
    const needle = `@${person.name.toLocaleLowerCase()}`;
    let at = text.indexOf(needle);
    while (at !== -1) {
      const end = at + needle.length;
      const boundary = end === text.length || !/[\p{L}\p{N}_]/u.test(text[end]!);
      const overlaps = taken.some(([s, e]) => at < e && end > s);
      if (boundary && !overlaps) {
        found.add(person.id);
        taken.push([at, end]);
      }
      at = text.indexOf(needle, at + 1);
    }
  }
  return [...found];
}

export async function addComment(db: Db, actor: Actor, rawInput: { rumorId: string; body: string }) {
  const input = addCommentInput.parse(rawInput);
  const body = sanitizeUserText(input.body);
  return db.$transaction(async (tx) => {
    const rumor = await tx.rumor.findUnique({ where: { id: input.rumorId }, select: { id: true, regionCodes: true } });
    if (!rumor) throw notFound('Rumour');
    assertCoversRegions(actor, rumor.regionCodes);
    const staff = await tx.user.findMany({ where: { active: true, role: { in: [...STAFF_ROLES] } }, select: { id: true, name: true, role: true, regionCodes: true, nationalQueue: true } });
    const mentions = resolveMentions(body, staff.filter((s) => coversRegions(s, rumor.regionCodes)));
    const comment = await tx.comment.create({
      data: { rumorId: rumor.id, authorId: actor.id, body, mentions },
      select: { id: true, body: true, mentions: true, createdAt: true },
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: 'rumor.comment_added', entityId: rumor.id, after: { commentId: comment.id, mentions } });
    await notifyStaff(tx, { kind: 'MENTIONED', rumorId: rumor.id, recipientIds: mentions, actorId: actor.id });
    return comment;
  });
}
