-- CreateEnum
CREATE TYPE "AnnouncementKind" AS ENUM ('TRANSPARENCY_REPORT');

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "announcementId" UUID,
ALTER COLUMN "noticeVersionId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "TransparencyReport" (
    "id" UUID NOT NULL,
    "quarter" TEXT NOT NULL,
    "periodFrom" TEXT NOT NULL,
    "periodTo" TEXT NOT NULL,
    "draftFigures" JSONB NOT NULL,
    "draftComputedAt" TIMESTAMP(3) NOT NULL,
    "narrativeKk" TEXT NOT NULL DEFAULT '',
    "narrativeRu" TEXT NOT NULL DEFAULT '',
    "narrativeEn" TEXT NOT NULL DEFAULT '',
    "currentVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TransparencyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" UUID NOT NULL,
    "kind" "AnnouncementKind" NOT NULL,
    "texts" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fanoutRequestedAt" TIMESTAMP(3),
    "fanoutDoneAt" TIMESTAMP(3),
    "transparencyVersionId" UUID,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransparencyReportVersion" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "figures" JSONB NOT NULL,
    "narrativeKk" TEXT NOT NULL,
    "narrativeRu" TEXT NOT NULL,
    "narrativeEn" TEXT NOT NULL,
    "changeNote" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" UUID NOT NULL,

    CONSTRAINT "TransparencyReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TransparencyReport_quarter_key" ON "TransparencyReport"("quarter");

-- CreateIndex
CREATE UNIQUE INDEX "Announcement_transparencyVersionId_key" ON "Announcement"("transparencyVersionId");

-- CreateIndex
CREATE INDEX "Announcement_publishedAt_idx" ON "Announcement"("publishedAt");

-- CreateIndex
CREATE INDEX "TransparencyReportVersion_publishedAt_idx" ON "TransparencyReportVersion"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TransparencyReportVersion_reportId_version_key" ON "TransparencyReportVersion"("reportId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_announcementId_subscriptionId_key" ON "Delivery"("announcementId", "subscriptionId");

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_transparencyVersionId_fkey" FOREIGN KEY ("transparencyVersionId") REFERENCES "TransparencyReportVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransparencyReportVersion" ADD CONSTRAINT "TransparencyReportVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "TransparencyReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransparencyReportVersion" ADD CONSTRAINT "TransparencyReportVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A delivery carries exactly one thing: a notice version or an announcement.
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_one_message" CHECK (num_nonnulls("noticeVersionId", "announcementId") = 1);

-- Published transparency report versions are immutable: a correction is a new version.
CREATE FUNCTION "transparency_version_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published transparency report versions cannot be changed; publish a new version';
END;
$$;
CREATE TRIGGER "TransparencyReportVersion_immutable" BEFORE UPDATE ON "TransparencyReportVersion"
  FOR EACH ROW EXECUTE FUNCTION "transparency_version_immutable"();
