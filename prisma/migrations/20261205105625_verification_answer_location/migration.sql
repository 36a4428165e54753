-- AlterTable
ALTER TABLE "VerificationRequest" ADD COLUMN     "answerLat" DOUBLE PRECISION,
ADD COLUMN     "answerLng" DOUBLE PRECISION;
