-- Issue 18: alignment between plans, amendments against a baseline, and evidence files.

-- CreateEnum
CREATE TYPE "ContributionStatus" AS ENUM ('PROPOSED', 'AGREED', 'DECLINED');

-- CreateEnum
CREATE TYPE "AmendmentStatus" AS ENUM ('PROPOSED', 'APPROVED', 'APPLIED', 'REJECTED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "baselineDueDate" DATE,
ADD COLUMN     "dueDateMoves" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "retiredByAmendmentId" UUID;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "amendmentId" UUID;

-- CreateTable
CREATE TABLE "ActionContribution" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "priorityId" UUID NOT NULL,
    "outcome" TEXT,
    "how" TEXT,
    "status" "ContributionStatus" NOT NULL DEFAULT 'AGREED',
    "proposedById" UUID,
    "proposedByEmail" TEXT NOT NULL,
    "decidedById" UUID,
    "decidedByEmail" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "archivedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ActionContribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanVersion" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "amendmentId" UUID,
    "takenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "takenByEmail" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "format" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlanVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Amendment" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "AmendmentStatus" NOT NULL DEFAULT 'PROPOSED',
    "cycleId" UUID,
    "changes" JSONB NOT NULL,
    "proposedById" UUID,
    "proposedByEmail" TEXT NOT NULL,
    "proposedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedById" UUID,
    "approvedByEmail" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "appliedById" UUID,
    "appliedByEmail" TEXT,
    "appliedAt" TIMESTAMPTZ(3),
    "closedReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Amendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "milestoneId" UUID,
    "updateId" UUID,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage" TEXT NOT NULL DEFAULT 'POSTGRES',
    "storageKey" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMPTZ(3),
    "publishedByEmail" TEXT,
    "addedById" UUID,
    "addedByEmail" TEXT NOT NULL,
    "addedByPartnerId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attachedAt" TIMESTAMPTZ(3),
    "archivedAt" TIMESTAMPTZ(3),
    "archivedByEmail" TEXT,
    "archiveReason" TEXT,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceChunk" (
    "fileId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "EvidenceChunk_pkey" PRIMARY KEY ("fileId","seq")
);

-- CreateIndex
CREATE INDEX "ActionContribution_priorityId_idx" ON "ActionContribution"("priorityId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionContribution_actionId_priorityId_key" ON "ActionContribution"("actionId", "priorityId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_amendmentId_key" ON "PlanVersion"("amendmentId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanVersion_planId_number_key" ON "PlanVersion"("planId", "number");

-- CreateIndex
CREATE INDEX "Amendment_planId_status_idx" ON "Amendment"("planId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Amendment_planId_number_key" ON "Amendment"("planId", "number");

-- CreateIndex
CREATE INDEX "EvidenceFile_actionId_createdAt_idx" ON "EvidenceFile"("actionId", "createdAt");

-- CreateIndex
CREATE INDEX "EvidenceFile_milestoneId_idx" ON "EvidenceFile"("milestoneId");

-- CreateIndex
CREATE INDEX "EvidenceFile_updateId_idx" ON "EvidenceFile"("updateId");

-- CreateIndex
CREATE INDEX "AuditEvent_amendmentId_idx" ON "AuditEvent"("amendmentId");

-- AddForeignKey
ALTER TABLE "ActionContribution" ADD CONSTRAINT "ActionContribution_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionContribution" ADD CONSTRAINT "ActionContribution_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "Priority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanVersion" ADD CONSTRAINT "PlanVersion_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "Amendment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "ReviewCycle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ActionUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceChunk" ADD CONSTRAINT "EvidenceChunk_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "EvidenceFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A plan version, like a quarter's snapshot, is what was agreed: it never changes.
CREATE FUNCTION "plan_version_is_immutable"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Plan versions are frozen: % on "PlanVersion" is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "PlanVersion_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "PlanVersion"
  FOR EACH ROW EXECUTE FUNCTION "plan_version_is_immutable"();

-- Plans already running when this ships: what they say now is the best record of what was agreed.
UPDATE "Action" a SET "baselineDueDate" = a."dueDate"
  FROM "Priority" p JOIN "Plan" pl ON pl."id" = p."planId"
  WHERE a."priorityId" = p."id" AND pl."status" <> 'DRAFT';
