-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "intakeMatches" JSONB;
