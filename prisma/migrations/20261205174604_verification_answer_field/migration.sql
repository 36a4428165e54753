-- AlterTable
ALTER TABLE "VerificationRequest" ADD COLUMN     "answerClientId" UUID,
ADD COLUMN     "answerCorrectedAt" TIMESTAMP(3),
ADD COLUMN     "answerLat" DOUBLE PRECISION,
ADD COLUMN     "answerLng" DOUBLE PRECISION;

-- CreateIndex
CREATE UNIQUE INDEX "VerificationRequest_answerClientId_key" ON "VerificationRequest"("answerClientId");
