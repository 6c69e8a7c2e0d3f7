-- The retention job's runs (see schema.prisma and server/src/retention).
-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" UUID NOT NULL,
    "runKey" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "deleted" JSONB,
    "error" TEXT,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RetentionRun_runKey_key" ON "RetentionRun"("runKey");

-- The audit trail stays append-only, except that the retention job may delete records of refused
-- or failed attempts once they are past their period. It says so with a setting local to its
-- transaction; records of changes (outcome SUCCESS) can never be deleted.
CREATE OR REPLACE FUNCTION "audit_event_is_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."outcome" <> 'SUCCESS' AND current_setting('app.retention', true) = 'on' THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'The audit trail is append-only: % on "AuditEvent" is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
