-- CreateEnum
CREATE TYPE "StaffNotificationKind" AS ENUM ('ASSIGNED', 'MENTIONED', 'APPROVAL_REQUESTED', 'VERDICT_APPROVED', 'VERDICT_RETURNED', 'VERIFICATION_REQUESTED', 'VERIFICATION_ANSWERED', 'REPORT_JOINED');

-- CreateTable
CREATE TABLE "StaffNotification" (
    "id" UUID NOT NULL,
    "recipientId" UUID NOT NULL,
    "kind" "StaffNotificationKind" NOT NULL,
    "rumorId" UUID NOT NULL,
    "verificationRequestId" UUID,
    "actorId" UUID,
    "count" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "StaffNotification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffNotification_recipientId_createdAt_idx" ON "StaffNotification"("recipientId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "StaffNotification_recipientId_readAt_idx" ON "StaffNotification"("recipientId", "readAt");

-- CreateIndex
CREATE INDEX "StaffNotification_rumorId_idx" ON "StaffNotification"("rumorId");

-- AddForeignKey
ALTER TABLE "StaffNotification" ADD CONSTRAINT "StaffNotification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffNotification" ADD CONSTRAINT "StaffNotification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffNotification" ADD CONSTRAINT "StaffNotification_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
