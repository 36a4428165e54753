-- CreateEnum
CREATE TYPE "SmsRoute" AS ENUM ('SMSSYNC', 'SMPP');

-- CreateEnum
CREATE TYPE "SmppPartStatus" AS ENUM ('SUBMITTING', 'ACCEPTED', 'DELIVERED', 'FAILED');

-- AlterTable
ALTER TABLE "SmsMessage" ADD COLUMN     "route" "SmsRoute";

-- CreateTable
CREATE TABLE "SmppPart" (
    "id" UUID NOT NULL,
    "smsMessageId" UUID NOT NULL,
    "partNumber" INTEGER NOT NULL,
    "partsTotal" INTEGER NOT NULL,
    "concatRef" INTEGER NOT NULL,
    "status" "SmppPartStatus" NOT NULL DEFAULT 'SUBMITTING',
    "smscMessageId" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "errorCode" TEXT,

    CONSTRAINT "SmppPart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmppInboundPart" (
    "id" UUID NOT NULL,
    "groupKey" TEXT NOT NULL,
    "partNumber" INTEGER NOT NULL,
    "partsTotal" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "phoneCipher" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmppInboundPart_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SmppPart_smscMessageId_idx" ON "SmppPart"("smscMessageId");

-- CreateIndex
CREATE UNIQUE INDEX "SmppPart_smsMessageId_partNumber_key" ON "SmppPart"("smsMessageId", "partNumber");

-- CreateIndex
CREATE INDEX "SmppInboundPart_receivedAt_idx" ON "SmppInboundPart"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SmppInboundPart_groupKey_partNumber_key" ON "SmppInboundPart"("groupKey", "partNumber");

-- AddForeignKey
ALTER TABLE "SmppPart" ADD CONSTRAINT "SmppPart_smsMessageId_fkey" FOREIGN KEY ("smsMessageId") REFERENCES "SmsMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
