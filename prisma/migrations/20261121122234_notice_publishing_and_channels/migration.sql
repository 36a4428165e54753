-- CreateEnum
CREATE TYPE "SmsDirection" AS ENUM ('INBOUND', 'OUTBOUND');

-- CreateEnum
CREATE TYPE "SmsStatus" AS ENUM ('RECEIVED', 'PENDING', 'HANDED_OUT', 'QUEUED_ON_PHONE', 'SENT', 'DELIVERED', 'FAILED');

-- AlterTable
ALTER TABLE "Notice" ADD COLUMN     "supersededById" UUID;

-- AlterTable
ALTER TABLE "NoticeVersion" ADD COLUMN     "fanoutDoneAt" TIMESTAMP(3),
ADD COLUMN     "fanoutRequestedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "deactivatedReason" TEXT,
ADD COLUMN     "reportId" UUID;

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "lockedUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ChannelContact" (
    "id" UUID NOT NULL,
    "channel" "SubscriptionChannel" NOT NULL,
    "addressHash" TEXT NOT NULL,
    "addressCipher" TEXT NOT NULL,
    "language" "Language",
    "state" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsMessage" (
    "id" UUID NOT NULL,
    "uuid" TEXT NOT NULL,
    "direction" "SmsDirection" NOT NULL,
    "status" "SmsStatus" NOT NULL,
    "phoneCipher" TEXT NOT NULL,
    "phoneHash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "deviceId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "handedOutAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "resultCode" TEXT,
    "resultMessage" TEXT,
    "deliveryId" UUID,
    "reportId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SmsMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsGateway" (
    "deviceId" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmsGateway_pkey" PRIMARY KEY ("deviceId")
);

-- CreateTable
CREATE TABLE "TelegramUpdate" (
    "updateId" BIGINT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TelegramUpdate_pkey" PRIMARY KEY ("updateId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChannelContact_channel_addressHash_key" ON "ChannelContact"("channel", "addressHash");

-- CreateIndex
CREATE UNIQUE INDEX "SmsMessage_uuid_key" ON "SmsMessage"("uuid");

-- CreateIndex
CREATE UNIQUE INDEX "SmsMessage_deliveryId_key" ON "SmsMessage"("deliveryId");

-- CreateIndex
CREATE INDEX "SmsMessage_direction_status_createdAt_idx" ON "SmsMessage"("direction", "status", "createdAt");

-- CreateIndex
CREATE INDEX "SmsMessage_phoneHash_idx" ON "SmsMessage"("phoneHash");

-- CreateIndex
CREATE INDEX "SmsMessage_createdAt_idx" ON "SmsMessage"("createdAt");
