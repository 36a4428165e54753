-- Trigram indexes (gin_trgm_ops) need pg_trgm.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('kk', 'ru', 'en');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'MODERATOR', 'VERIFIER');

-- CreateEnum
CREATE TYPE "ReportChannel" AS ENUM ('WEB', 'API', 'SMS', 'TELEGRAM', 'FIELD');

-- CreateEnum
CREATE TYPE "HeardVia" AS ENUM ('WHATSAPP', 'TELEGRAM', 'INSTAGRAM', 'TIKTOK', 'FACEBOOK', 'VK', 'YOUTUBE', 'SMS', 'PHONE_CALL', 'WORD_OF_MOUTH', 'TV_RADIO', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('PHONE', 'EMAIL', 'TELEGRAM');

-- CreateEnum
CREATE TYPE "RumorStatus" AS ENUM ('NEW', 'INVESTIGATING', 'AWAITING_APPROVAL', 'PUBLISHED', 'DISMISSED', 'MERGED');

-- CreateEnum
CREATE TYPE "DismissReason" AS ENUM ('SPAM', 'OUT_OF_SCOPE', 'DUPLICATE', 'ABUSIVE');

-- CreateEnum
CREATE TYPE "PriorityLevel" AS ENUM ('CRITICAL', 'HIGH', 'NORMAL', 'LOW');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('FALSE', 'MISLEADING', 'TRUE', 'UNVERIFIED', 'CHECKING');

-- CreateEnum
CREATE TYPE "VerdictDraftStatus" AS ENUM ('DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "SourceType" AS ENUM ('AKIMAT', 'AKIMAT_INTERNAL_POLICY', 'POLICE', 'PROSECUTOR', 'NATIONAL_SECURITY', 'EMERGENCY_SERVICES', 'PUBLIC_ACCORD_COUNCIL', 'COMMUNITY_ASSOCIATION', 'MEDIA_OUTLET', 'JOURNALIST', 'NGO', 'FIELD_VERIFIER', 'OTHER');

-- CreateEnum
CREATE TYPE "EvidenceStance" AS ENUM ('SUPPORTS', 'REFUTES', 'CONTEXT');

-- CreateEnum
CREATE TYPE "VerificationRequestStatus" AS ENUM ('OPEN', 'ANSWERED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VerificationAnswer" AS ENUM ('CONFIRMS', 'DENIES', 'CANNOT_TELL');

-- CreateEnum
CREATE TYPE "NoticeStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "NoticeUrgency" AS ENUM ('NORMAL', 'URGENT');

-- CreateEnum
CREATE TYPE "SubscriptionChannel" AS ENUM ('WEB_PUSH', 'EMAIL', 'SMS', 'TELEGRAM', 'WEBHOOK');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "centerKk" TEXT NOT NULL,
    "centerRu" TEXT NOT NULL,
    "centerEn" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "formerNames" TEXT[],
    "neighbourCodes" TEXT[],
    "riskLevel" INTEGER NOT NULL DEFAULT 0,
    "requiresApproval" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Settlement" (
    "id" UUID NOT NULL,
    "regionCode" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Settlement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SettlementAlias" (
    "id" UUID NOT NULL,
    "settlementId" UUID NOT NULL,
    "alias" TEXT NOT NULL,
    "matchKey" TEXT NOT NULL,

    CONSTRAINT "SettlementAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "regionCodes" TEXT[],
    "canViewContacts" BOOLEAN NOT NULL DEFAULT false,
    "locale" "Language" NOT NULL DEFAULT 'ru',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedSignIns" INTEGER NOT NULL DEFAULT 0,
    "lastFailedSignInAt" TIMESTAMP(3),
    "lockedUntil" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "channel" "ReportChannel" NOT NULL,
    "rumorId" UUID,
    "text" TEXT NOT NULL,
    "normalizedText" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "script" TEXT NOT NULL DEFAULT 'cyrl',
    "regionCode" TEXT,
    "settlementId" UUID,
    "settlementText" TEXT,
    "approxLat" DOUBLE PRECISION,
    "approxLng" DOUBLE PRECISION,
    "heardVia" "HeardVia",
    "heardAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "forwardedFrom" TEXT,
    "externalId" TEXT,
    "wantsFeedback" BOOLEAN NOT NULL DEFAULT false,
    "contactKind" "ContactKind",
    "contactCipher" TEXT,
    "confirmedMatch" BOOLEAN NOT NULL DEFAULT false,
    "clusterScore" DOUBLE PRECISION,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rumor" (
    "id" UUID NOT NULL,
    "claim" TEXT NOT NULL,
    "normalizedClaim" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "status" "RumorStatus" NOT NULL DEFAULT 'NEW',
    "priorityScore" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "priorityLevel" "PriorityLevel" NOT NULL DEFAULT 'NORMAL',
    "dueAt" TIMESTAMP(3),
    "riskFlags" TEXT[],
    "highRisk" BOOLEAN NOT NULL DEFAULT false,
    "sightingCount" INTEGER NOT NULL DEFAULT 0,
    "settlementCount" INTEGER NOT NULL DEFAULT 0,
    "regionCodes" TEXT[],
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "assigneeId" UUID,
    "lockedById" UUID,
    "lockedUntil" TIMESTAMP(3),
    "dismissReason" "DismissReason",
    "dismissNote" TEXT,
    "mergedIntoId" UUID,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rumor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" UUID NOT NULL,
    "rumorId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "mentions" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "SourceType" NOT NULL,
    "regionCodes" TEXT[],
    "contact" TEXT,
    "reliability" INTEGER NOT NULL DEFAULT 3,
    "reliabilityNote" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "rumorId" UUID NOT NULL,
    "sourceId" UUID,
    "adHocSourceName" TEXT,
    "excerpt" TEXT NOT NULL,
    "url" TEXT,
    "stance" "EvidenceStance" NOT NULL,
    "obtainedAt" TIMESTAMP(3) NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "verificationRequestId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationRequest" (
    "id" UUID NOT NULL,
    "rumorId" UUID NOT NULL,
    "question" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "assigneeId" UUID,
    "sourceId" UUID,
    "settlementId" UUID,
    "status" "VerificationRequestStatus" NOT NULL DEFAULT 'OPEN',
    "answer" "VerificationAnswer",
    "answerNote" TEXT,
    "answeredAt" TIMESTAMP(3),
    "requestedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerificationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerdictDraft" (
    "id" UUID NOT NULL,
    "rumorId" UUID NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "rationale" TEXT NOT NULL,
    "status" "VerdictDraftStatus" NOT NULL DEFAULT 'DRAFT',
    "draftedById" UUID NOT NULL,
    "reviewedById" UUID,
    "reviewComment" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerdictDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" UUID NOT NULL,
    "rumorId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "status" "NoticeStatus" NOT NULL DEFAULT 'DRAFT',
    "urgency" "NoticeUrgency" NOT NULL DEFAULT 'NORMAL',
    "regionCodes" TEXT[],
    "currentVersion" INTEGER NOT NULL DEFAULT 0,
    "firstPublishedAt" TIMESTAMP(3),
    "lastPublishedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnReason" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeVersion" (
    "id" UUID NOT NULL,
    "noticeId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "changeNote" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeTranslation" (
    "id" UUID NOT NULL,
    "noticeVersionId" UUID NOT NULL,
    "language" "Language" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "whatToDo" TEXT,
    "smsText" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,

    CONSTRAINT "NoticeTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeViewDay" (
    "noticeId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NoticeViewDay_pkey" PRIMARY KEY ("noticeId","day")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "reportId" UUID,
    "evidenceId" UUID,
    "verificationRequestId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" UUID NOT NULL,
    "channel" "SubscriptionChannel" NOT NULL,
    "regionCodes" TEXT[],
    "language" "Language" NOT NULL,
    "confirmed" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "addressCipher" TEXT NOT NULL,
    "addressHash" TEXT NOT NULL,
    "webhookSecret" TEXT,
    "label" TEXT,
    "confirmToken" TEXT,
    "unsubscribeToken" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" UUID NOT NULL,
    "noticeVersionId" UUID NOT NULL,
    "channel" "SubscriptionChannel" NOT NULL,
    "subscriptionId" UUID,
    "reportId" UUID,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3),
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "actorId" UUID,
    "actorLabel" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskTerm" (
    "id" UUID NOT NULL,
    "term" TEXT NOT NULL,
    "matchKey" TEXT NOT NULL,
    "language" "Language" NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SavedFilter" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "query" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedFilter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Settlement_regionCode_nameEn_key" ON "Settlement"("regionCode", "nameEn");

-- CreateIndex
CREATE INDEX "SettlementAlias_matchKey_idx" ON "SettlementAlias" USING GIN ("matchKey" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "SettlementAlias_settlementId_alias_key" ON "SettlementAlias"("settlementId", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Report_clientId_key" ON "Report"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_trackingCode_key" ON "Report"("trackingCode");

-- CreateIndex
CREATE INDEX "Report_rumorId_receivedAt_idx" ON "Report"("rumorId", "receivedAt");

-- CreateIndex
CREATE INDEX "Report_receivedAt_idx" ON "Report"("receivedAt");

-- CreateIndex
CREATE INDEX "Report_normalizedText_idx" ON "Report" USING GIN ("normalizedText" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Report_channel_externalId_key" ON "Report"("channel", "externalId");

-- CreateIndex
CREATE INDEX "Rumor_status_priorityScore_idx" ON "Rumor"("status", "priorityScore" DESC);

-- CreateIndex
CREATE INDEX "Rumor_lastSeenAt_idx" ON "Rumor"("lastSeenAt");

-- CreateIndex
CREATE INDEX "Rumor_regionCodes_idx" ON "Rumor" USING GIN ("regionCodes");

-- CreateIndex
CREATE INDEX "Rumor_normalizedClaim_idx" ON "Rumor" USING GIN ("normalizedClaim" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Comment_rumorId_createdAt_idx" ON "Comment"("rumorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_verificationRequestId_key" ON "Evidence"("verificationRequestId");

-- CreateIndex
CREATE INDEX "Evidence_rumorId_idx" ON "Evidence"("rumorId");

-- CreateIndex
CREATE INDEX "VerificationRequest_assigneeId_status_idx" ON "VerificationRequest"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "VerdictDraft_rumorId_createdAt_idx" ON "VerdictDraft"("rumorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notice_slug_key" ON "Notice"("slug");

-- CreateIndex
CREATE INDEX "Notice_status_lastPublishedAt_idx" ON "Notice"("status", "lastPublishedAt" DESC);

-- CreateIndex
CREATE INDEX "Notice_regionCodes_idx" ON "Notice" USING GIN ("regionCodes");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeVersion_noticeId_version_key" ON "NoticeVersion"("noticeId", "version");

-- CreateIndex
CREATE INDEX "NoticeTranslation_searchText_idx" ON "NoticeTranslation" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "NoticeTranslation_noticeVersionId_language_key" ON "NoticeTranslation"("noticeVersionId", "language");

-- CreateIndex
CREATE INDEX "StoredFile_reportId_idx" ON "StoredFile"("reportId");

-- CreateIndex
CREATE INDEX "StoredFile_evidenceId_idx" ON "StoredFile"("evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_confirmToken_key" ON "Subscription"("confirmToken");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_unsubscribeToken_key" ON "Subscription"("unsubscribeToken");

-- CreateIndex
CREATE INDEX "Subscription_channel_active_idx" ON "Subscription"("channel", "active");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_channel_addressHash_key" ON "Subscription"("channel", "addressHash");

-- CreateIndex
CREATE INDEX "Delivery_status_nextAttemptAt_idx" ON "Delivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_noticeVersionId_subscriptionId_key" ON "Delivery"("noticeVersionId", "subscriptionId");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_noticeVersionId_reportId_key" ON "Delivery"("noticeVersionId", "reportId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RiskTerm_language_term_key" ON "RiskTerm"("language", "term");

-- CreateIndex
CREATE UNIQUE INDEX "SavedFilter_userId_name_key" ON "SavedFilter"("userId", "name");

-- AddForeignKey
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SettlementAlias" ADD CONSTRAINT "SettlementAlias_settlementId_fkey" FOREIGN KEY ("settlementId") REFERENCES "Settlement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_settlementId_fkey" FOREIGN KEY ("settlementId") REFERENCES "Settlement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rumor" ADD CONSTRAINT "Rumor_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rumor" ADD CONSTRAINT "Rumor_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rumor" ADD CONSTRAINT "Rumor_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Rumor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_verificationRequestId_fkey" FOREIGN KEY ("verificationRequestId") REFERENCES "VerificationRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationRequest" ADD CONSTRAINT "VerificationRequest_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationRequest" ADD CONSTRAINT "VerificationRequest_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationRequest" ADD CONSTRAINT "VerificationRequest_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationRequest" ADD CONSTRAINT "VerificationRequest_settlementId_fkey" FOREIGN KEY ("settlementId") REFERENCES "Settlement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerificationRequest" ADD CONSTRAINT "VerificationRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictDraft" ADD CONSTRAINT "VerdictDraft_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictDraft" ADD CONSTRAINT "VerdictDraft_draftedById_fkey" FOREIGN KEY ("draftedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictDraft" ADD CONSTRAINT "VerdictDraft_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_rumorId_fkey" FOREIGN KEY ("rumorId") REFERENCES "Rumor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeVersion" ADD CONSTRAINT "NoticeVersion_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeVersion" ADD CONSTRAINT "NoticeVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeTranslation" ADD CONSTRAINT "NoticeTranslation_noticeVersionId_fkey" FOREIGN KEY ("noticeVersionId") REFERENCES "NoticeVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeViewDay" ADD CONSTRAINT "NoticeViewDay_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_verificationRequestId_fkey" FOREIGN KEY ("verificationRequestId") REFERENCES "VerificationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_noticeVersionId_fkey" FOREIGN KEY ("noticeVersionId") REFERENCES "NoticeVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedFilter" ADD CONSTRAINT "SavedFilter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
