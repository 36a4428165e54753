-- CreateEnum
CREATE TYPE "DeliveryKind" AS ENUM ('NOTICE', 'WITHDRAWAL');

-- AlterEnum
ALTER TYPE "DeliveryStatus" ADD VALUE 'CANCELLED';

-- DropIndex
DROP INDEX "Delivery_noticeVersionId_subscriptionId_key";

-- DropIndex
DROP INDEX "Delivery_noticeVersionId_reportId_key";

-- AlterTable
ALTER TABLE "Notice" ADD COLUMN     "lastChangedAt" TIMESTAMP(3),
ADD COLUMN     "withdrawalFanoutDoneAt" TIMESTAMP(3),
ADD COLUMN     "withdrawalFanoutRequestedAt" TIMESTAMP(3),
ADD COLUMN     "withdrawnReasonEn" TEXT,
ADD COLUMN     "withdrawnReasonKk" TEXT,
ADD COLUMN     "withdrawnReasonRu" TEXT;

-- Reasons were written in one field, in whatever language the moderator used; most were Russian.
-- The other languages fall back to it. Withdrawals made before this migration were never sent to
-- anyone, and are not sent now either (no withdrawal fan-out is requested for them).
UPDATE "Notice" SET "withdrawnReasonRu" = "withdrawnReason" WHERE "withdrawnReason" IS NOT NULL;
ALTER TABLE "Notice" DROP COLUMN "withdrawnReason";

-- lastChangedAt has one definition, here: the withdrawal for a withdrawn notice, else the latest
-- publication. Every writer (use cases, seed, tests, imports) gets it right without knowing.
CREATE FUNCTION raspa_notice_last_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."lastChangedAt" := CASE WHEN NEW.status = 'WITHDRAWN' THEN coalesce(NEW."withdrawnAt", NEW."lastPublishedAt") ELSE NEW."lastPublishedAt" END;
  RETURN NEW;
END $$;
CREATE TRIGGER "Notice_last_changed" BEFORE INSERT OR UPDATE OF status, "withdrawnAt", "lastPublishedAt", "lastChangedAt" ON "Notice"
  FOR EACH ROW EXECUTE FUNCTION raspa_notice_last_changed();
UPDATE "Notice" SET "lastChangedAt" = NULL;

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "externalId" TEXT,
ADD COLUMN     "kind" "DeliveryKind" NOT NULL DEFAULT 'NOTICE';

-- CreateIndex
CREATE INDEX "Notice_lastChangedAt_id_idx" ON "Notice"("lastChangedAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_noticeVersionId_kind_subscriptionId_key" ON "Delivery"("noticeVersionId", "kind", "subscriptionId");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_noticeVersionId_kind_reportId_key" ON "Delivery"("noticeVersionId", "kind", "reportId");
