-- AlterTable
ALTER TABLE "NoticeVersion" ADD COLUMN     "regionCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "urgency" "NoticeUrgency" NOT NULL DEFAULT 'NORMAL';

-- Every existing version targets what its notice targets today (the only targeting there was).
UPDATE "NoticeVersion" v SET "regionCodes" = coalesce(n."regionCodes", '{}'), "urgency" = n."urgency"
FROM "Notice" n WHERE n.id = v."noticeId";
