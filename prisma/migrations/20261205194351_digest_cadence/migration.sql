-- CreateEnum
CREATE TYPE "DeliveryCadence" AS ENUM ('IMMEDIATE', 'DAILY', 'WEEKLY');

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "cadence" "DeliveryCadence" NOT NULL DEFAULT 'IMMEDIATE';

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "digestId" UUID;

-- CreateTable
CREATE TABLE "Digest" (
    "id" UUID NOT NULL,
    "subscriptionId" UUID NOT NULL,
    "cadence" "DeliveryCadence" NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Digest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestItem" (
    "digestId" UUID NOT NULL,
    "noticeVersionId" UUID NOT NULL,

    CONSTRAINT "DigestItem_pkey" PRIMARY KEY ("digestId","noticeVersionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Digest_subscriptionId_periodEnd_key" ON "Digest"("subscriptionId", "periodEnd");

-- CreateIndex
CREATE INDEX "DigestItem_noticeVersionId_idx" ON "DigestItem"("noticeVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_digestId_key" ON "Delivery"("digestId");

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "Digest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Digest" ADD CONSTRAINT "Digest_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestItem" ADD CONSTRAINT "DigestItem_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "Digest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestItem" ADD CONSTRAINT "DigestItem_noticeVersionId_fkey" FOREIGN KEY ("noticeVersionId") REFERENCES "NoticeVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A delivery carries exactly one message: a notice version, an announcement, a staff notification or a digest.
ALTER TABLE "Delivery" DROP CONSTRAINT "Delivery_one_message";
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_one_message" CHECK (num_nonnulls("noticeVersionId", "announcementId", "staffNotificationId", "digestId") = 1);

-- Digests are for people (e-mail, Telegram, Web Push); SMS and partner webhooks get every notice at once.
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_digest_channels" CHECK ("cadence" = 'IMMEDIATE' OR "channel" IN ('EMAIL', 'TELEGRAM', 'WEB_PUSH'));
