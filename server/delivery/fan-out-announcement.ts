// Fan-out of an announcement: one Delivery per active subscription of the public Telegram channel
// (the channel's followers are the public; personal subscribers asked for verdicts about their
// regions, not for news about Raspa). Idempotent like notice fan-outs: ON CONFLICT DO NOTHING
// against (announcement, subscription), fanoutDoneAt set last, the sweeper retries the rest.
import { PUBLIC_CHANNEL_LABEL } from '../channels/telegram/subscriptions';
import type { Db } from '../db/client';
import { logger } from '../log';
import { SQL_UUID_V7 } from './fan-out';
import { wakeDeliveryLoop } from './wake';

export async function fanOutAnnouncement(db: Db, announcementId: string): Promise<{ deliveries: number; skipped?: 'not-found' }> {
  const announcement = await db.announcement.findUnique({ where: { id: announcementId }, select: { id: true } });
  if (!announcement) return { deliveries: 0, skipped: 'not-found' };
  const deliveries = await db.$executeRawUnsafe(
    `INSERT INTO "Delivery" (id, "announcementId", channel, "subscriptionId", "nextAttemptAt")
     SELECT ${SQL_UUID_V7}, $1::uuid, s.channel, s.id, now() FROM "Subscription" s
     WHERE s.active AND s.channel = 'TELEGRAM' AND s.label = $2
     ON CONFLICT DO NOTHING`,
    announcementId,
    PUBLIC_CHANNEL_LABEL,
  );
  await db.announcement.update({ where: { id: announcementId }, data: { fanoutDoneAt: new Date() } });
  if (deliveries > 0) await wakeDeliveryLoop(db);
  logger.info({ announcementId, deliveries }, 'announcement fan-out done');
  return { deliveries };
}
