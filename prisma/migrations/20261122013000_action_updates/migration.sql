-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "ragReason" TEXT;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "ragAmberBehindPoints" INTEGER NOT NULL DEFAULT 20,
ADD COLUMN     "ragRedLateDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "staleAfterDays" INTEGER NOT NULL DEFAULT 90;

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "ActionStatus" NOT NULL,
    "rag" "Rag" NOT NULL,
    "suggestedRag" "Rag" NOT NULL,
    "ragReason" TEXT,
    "progress" INTEGER NOT NULL,
    "commentary" TEXT NOT NULL,
    "outcome" TEXT,
    "milestoneCompletions" JSONB,
    "authorUserId" UUID,
    "authorEmail" TEXT NOT NULL,
    "authorPartnerId" UUID,
    "via" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActionUpdate_actionId_createdAt_idx" ON "ActionUpdate"("actionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ActionUpdate_actionId_version_key" ON "ActionUpdate"("actionId", "version");

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Updates are history: append-only, like the audit trail. A correction is a new update.
CREATE FUNCTION "action_update_is_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Updates are append-only: % on "ActionUpdate" is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "ActionUpdate_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "ActionUpdate"
  FOR EACH ROW EXECUTE FUNCTION "action_update_is_append_only"();
