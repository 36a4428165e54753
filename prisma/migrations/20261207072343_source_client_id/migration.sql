-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "clientId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Source_clientId_key" ON "Source"("clientId");
