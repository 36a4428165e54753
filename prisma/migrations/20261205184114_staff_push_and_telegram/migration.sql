-- AlterTable
ALTER TABLE "User" ADD COLUMN     "telegramChatCipher" TEXT,
ADD COLUMN     "telegramChatHash" TEXT,
ADD COLUMN     "telegramLinkCodeExpiresAt" TIMESTAMP(3),
ADD COLUMN     "telegramLinkCodeHash" TEXT,
ADD COLUMN     "telegramLinkedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "StaffPushSubscription" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "addressCipher" TEXT NOT NULL,
    "endpointHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffPushSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StaffPushSubscription_endpointHash_key" ON "StaffPushSubscription"("endpointHash");

-- CreateIndex
CREATE INDEX "StaffPushSubscription_userId_idx" ON "StaffPushSubscription"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "User_telegramChatHash_key" ON "User"("telegramChatHash");

-- CreateIndex
CREATE UNIQUE INDEX "User_telegramLinkCodeHash_key" ON "User"("telegramLinkCodeHash");

-- AddForeignKey
ALTER TABLE "StaffPushSubscription" ADD CONSTRAINT "StaffPushSubscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
