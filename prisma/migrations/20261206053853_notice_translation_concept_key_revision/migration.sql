-- AlterTable
ALTER TABLE "NoticeTranslation" ADD COLUMN     "conceptKeyRevision" INTEGER NOT NULL DEFAULT 0;
