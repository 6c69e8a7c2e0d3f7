-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('COUNT', 'PERCENT', 'RATE_PER_1000', 'DURATION_SECONDS', 'CURRENCY_GBP', 'RATIO');

-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "ReportingFrequency" AS ENUM ('MONTH', 'QUARTER', 'FINANCIAL_YEAR');

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "dataSource" TEXT NOT NULL,
    "caveat" TEXT,
    "unit" "IndicatorUnit" NOT NULL,
    "direction" "IndicatorDirection" NOT NULL,
    "baselineLabel" TEXT NOT NULL,
    "baselineValue" DOUBLE PRECISION NOT NULL,
    "targetValue" DOUBLE PRECISION,
    "targetDate" DATE,
    "tolerancePercent" DOUBLE PRECISION NOT NULL DEFAULT 5,
    "frequency" "ReportingFrequency" NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "exampleData" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorPriority" (
    "indicatorId" UUID NOT NULL,
    "priorityId" UUID NOT NULL,

    CONSTRAINT "IndicatorPriority_pkey" PRIMARY KEY ("indicatorId","priorityId")
);

-- CreateTable
CREATE TABLE "IndicatorMeasurement" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "periodStart" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "recordedByEmail" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IndicatorMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorRevision" (
    "id" UUID NOT NULL,
    "measurementId" UUID NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "recordedByEmail" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,
    "replacedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replacedByEmail" TEXT NOT NULL,

    CONSTRAINT "IndicatorRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorDefinitionChange" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "changedOn" DATE NOT NULL,
    "previousDefinition" TEXT NOT NULL,
    "newDefinition" TEXT NOT NULL,
    "recordedByEmail" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorDefinitionChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndicatorPriority_priorityId_idx" ON "IndicatorPriority"("priorityId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorMeasurement_indicatorId_periodStart_key" ON "IndicatorMeasurement"("indicatorId", "periodStart");

-- CreateIndex
CREATE INDEX "IndicatorRevision_measurementId_replacedAt_idx" ON "IndicatorRevision"("measurementId", "replacedAt");

-- CreateIndex
CREATE INDEX "IndicatorDefinitionChange_indicatorId_changedOn_idx" ON "IndicatorDefinitionChange"("indicatorId", "changedOn");

-- AddForeignKey
ALTER TABLE "IndicatorPriority" ADD CONSTRAINT "IndicatorPriority_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorPriority" ADD CONSTRAINT "IndicatorPriority_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "Priority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorMeasurement" ADD CONSTRAINT "IndicatorMeasurement_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorRevision" ADD CONSTRAINT "IndicatorRevision_measurementId_fkey" FOREIGN KEY ("measurementId") REFERENCES "IndicatorMeasurement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorDefinitionChange" ADD CONSTRAINT "IndicatorDefinitionChange_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A corrected value is history: it is never edited or removed.
CREATE FUNCTION "indicator_revision_is_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Indicator history is append-only: % on "IndicatorRevision" is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "IndicatorRevision_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "IndicatorRevision"
  FOR EACH ROW EXECUTE FUNCTION "indicator_revision_is_append_only"();
