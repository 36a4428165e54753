-- AlterTable
ALTER TABLE "Settlement" ADD COLUMN     "districtEn" TEXT,
ADD COLUMN     "districtKk" TEXT,
ADD COLUMN     "districtRu" TEXT;

-- A district is named in all three languages or not at all (the exports pick one language).
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_district_all_languages" CHECK (num_nonnulls("districtKk", "districtRu", "districtEn") IN (0, 3));
