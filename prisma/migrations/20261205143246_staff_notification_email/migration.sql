-- AlterTable
ALTER TABLE "User" ADD COLUMN     "quietHoursEnd" INTEGER,
ADD COLUMN     "quietHoursStart" INTEGER;

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "staffNotificationId" UUID;

-- CreateTable
CREATE TABLE "StaffNotificationPreference" (
    "userId" UUID NOT NULL,
    "kind" "StaffNotificationKind" NOT NULL,
    "channel" "SubscriptionChannel" NOT NULL,

    CONSTRAINT "StaffNotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_staffNotificationId_channel_key" ON "Delivery"("staffNotificationId", "channel");

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_staffNotificationId_fkey" FOREIGN KEY ("staffNotificationId") REFERENCES "StaffNotification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffNotificationPreference" ADD CONSTRAINT "StaffNotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A delivery carries exactly one message: a notice version, an announcement, or a staff notification.
ALTER TABLE "Delivery" DROP CONSTRAINT "Delivery_one_message";
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_one_message" CHECK (num_nonnulls("noticeVersionId", "announcementId", "staffNotificationId") = 1);
