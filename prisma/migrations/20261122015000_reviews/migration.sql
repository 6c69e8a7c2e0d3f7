-- CreateEnum
CREATE TYPE "ReviewCycleStatus" AS ENUM ('PLANNED', 'OPEN', 'IN_REVIEW', 'CLOSED');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('NOTED', 'CHALLENGED', 'ESCALATED', 'ACCEPTED_COMPLETE');

-- CreateEnum
CREATE TYPE "EscalationTarget" AS ENUM ('PSM', 'CHIEF_CONSTABLE');

-- CreateEnum
CREATE TYPE "ReviewEntryKind" AS ENUM ('DECISION', 'RESPONSE');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');

-- CreateTable
CREATE TABLE "ReviewCycle" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "status" "ReviewCycleStatus" NOT NULL DEFAULT 'PLANNED',
    "opensOn" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "meetingOn" DATE,
    "agendaOrder" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "closedAt" TIMESTAMPTZ(3),
    "closedByEmail" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReviewCycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewEntry" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "kind" "ReviewEntryKind" NOT NULL,
    "decision" "ReviewDecision",
    "escalatedTo" "EscalationTarget",
    "body" TEXT NOT NULL,
    "authorUserId" UUID,
    "authorName" TEXT NOT NULL,
    "authorEmail" TEXT NOT NULL,
    "authorPartnerId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "entryId" UUID,
    "description" TEXT NOT NULL,
    "ownerPartnerId" UUID NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuarterSnapshot" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "financialYear" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "takenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "takenByEmail" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "format" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "QuarterSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicQuestion" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "question" TEXT NOT NULL,
    "askedBy" TEXT,
    "receivedOn" DATE NOT NULL,
    "answer" TEXT,
    "answeredBy" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PublicQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicQuestionAction" (
    "questionId" UUID NOT NULL,
    "actionId" UUID NOT NULL,

    CONSTRAINT "PublicQuestionAction_pkey" PRIMARY KEY ("questionId","actionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewCycle_planId_financialYear_quarter_key" ON "ReviewCycle"("planId", "financialYear", "quarter");

-- CreateIndex
CREATE INDEX "ReviewEntry_cycleId_actionId_createdAt_idx" ON "ReviewEntry"("cycleId", "actionId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewEntry_actionId_idx" ON "ReviewEntry"("actionId");

-- CreateIndex
CREATE INDEX "FollowUp_cycleId_idx" ON "FollowUp"("cycleId");

-- CreateIndex
CREATE INDEX "FollowUp_ownerPartnerId_status_idx" ON "FollowUp"("ownerPartnerId", "status");

-- CreateIndex
CREATE INDEX "FollowUp_actionId_idx" ON "FollowUp"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuarterSnapshot_cycleId_key" ON "QuarterSnapshot"("cycleId");

-- CreateIndex
CREATE UNIQUE INDEX "QuarterSnapshot_planId_financialYear_quarter_key" ON "QuarterSnapshot"("planId", "financialYear", "quarter");

-- CreateIndex
CREATE INDEX "PublicQuestion_cycleId_idx" ON "PublicQuestion"("cycleId");

-- CreateIndex
CREATE INDEX "PublicQuestionAction_actionId_idx" ON "PublicQuestionAction"("actionId");

-- AddForeignKey
ALTER TABLE "ReviewCycle" ADD CONSTRAINT "ReviewCycle_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEntry" ADD CONSTRAINT "ReviewEntry_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "ReviewCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEntry" ADD CONSTRAINT "ReviewEntry_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "ReviewCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ReviewEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_ownerPartnerId_fkey" FOREIGN KEY ("ownerPartnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuarterSnapshot" ADD CONSTRAINT "QuarterSnapshot_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "ReviewCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicQuestion" ADD CONSTRAINT "PublicQuestion_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "ReviewCycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicQuestionAction" ADD CONSTRAINT "PublicQuestionAction_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "PublicQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicQuestionAction" ADD CONSTRAINT "PublicQuestionAction_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A review thread is history: a changed decision is a new entry.
CREATE FUNCTION "review_entry_is_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Review notes are append-only: % on "ReviewEntry" is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "ReviewEntry_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "ReviewEntry"
  FOR EACH ROW EXECUTE FUNCTION "review_entry_is_append_only"();

-- What was reported to the Panel stays as reported: a closed quarter's snapshot never changes.
CREATE FUNCTION "quarter_snapshot_is_immutable"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Quarter snapshots are frozen: % on "QuarterSnapshot" is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "QuarterSnapshot_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "QuarterSnapshot"
  FOR EACH ROW EXECUTE FUNCTION "quarter_snapshot_is_immutable"();

CREATE TRIGGER "QuarterSnapshot_no_truncate"
  BEFORE TRUNCATE ON "QuarterSnapshot"
  FOR EACH STATEMENT EXECUTE FUNCTION "quarter_snapshot_is_immutable"();

CREATE TRIGGER "ReviewEntry_no_truncate"
  BEFORE TRUNCATE ON "ReviewEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "review_entry_is_append_only"();
