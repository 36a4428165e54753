-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "StaffNotificationKind" ADD VALUE 'RUMOR_OVERDUE';
ALTER TYPE "StaffNotificationKind" ADD VALUE 'TASK_OVERDUE';
ALTER TYPE "StaffNotificationKind" ADD VALUE 'TASK_UNANSWERED';

-- CreateTable
CREATE TABLE "DeadlineReminder" (
    "subjectId" UUID NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "stage" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineReminder_pkey" PRIMARY KEY ("subjectId","dueAt","stage")
);
