-- CreateEnum
CREATE TYPE "StaffSessionEnd" AS ENUM ('SIGNED_OUT', 'ENDED_BY_SELF', 'ENDED_BY_ADMIN', 'DEACTIVATED', 'PASSWORD_CHANGED', 'PASSWORD_RESET', 'TWO_FACTOR_CHANGED');

-- CreateEnum
CREATE TYPE "StaffTokenPurpose" AS ENUM ('INVITE', 'PASSWORD_RESET');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PROXY';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ReportChannel" ADD VALUE 'PHONE';
ALTER TYPE "ReportChannel" ADD VALUE 'IN_PERSON';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deactivatedAt" TIMESTAMP(3),
ADD COLUMN     "nationalQueue" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "passwordChangedAt" TIMESTAMP(3),
ADD COLUMN     "passwordMustChange" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "recoveryCodeHashes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "totpEnabledAt" TIMESTAMP(3),
ADD COLUMN     "totpLastStep" INTEGER,
ADD COLUMN     "totpPendingCipher" TEXT,
ADD COLUMN     "totpSecretCipher" TEXT,
ALTER COLUMN "passwordHash" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "routedRegionCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "StaffSession" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "browser" TEXT,
    "os" TEXT,
    "deviceType" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" "StaffSessionEnd",

    CONSTRAINT "StaffSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffCredentialToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "purpose" "StaffTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffCredentialToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffSession_userId_revokedAt_idx" ON "StaffSession"("userId", "revokedAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffCredentialToken_tokenHash_key" ON "StaffCredentialToken"("tokenHash");

-- CreateIndex
CREATE INDEX "StaffCredentialToken_userId_idx" ON "StaffCredentialToken"("userId");

-- AddForeignKey
ALTER TABLE "StaffSession" ADD CONSTRAINT "StaffSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffCredentialToken" ADD CONSTRAINT "StaffCredentialToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
