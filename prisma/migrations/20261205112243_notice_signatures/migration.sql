-- CreateEnum
CREATE TYPE "NoticeSignedState" AS ENUM ('PUBLISHED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "SigningKey" (
    "id" TEXT NOT NULL,
    "publicKey" TEXT NOT NULL,
    "privateKeyCipher" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),

    CONSTRAINT "SigningKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeSignature" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "noticeId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "state" "NoticeSignedState" NOT NULL,
    "payload" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NoticeSignature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NoticeSignature_code_key" ON "NoticeSignature"("code");

-- CreateIndex
CREATE INDEX "NoticeSignature_noticeId_signedAt_idx" ON "NoticeSignature"("noticeId", "signedAt" DESC);

-- AddForeignKey
ALTER TABLE "NoticeSignature" ADD CONSTRAINT "NoticeSignature_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeSignature" ADD CONSTRAINT "NoticeSignature_keyId_fkey" FOREIGN KEY ("keyId") REFERENCES "SigningKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
