-- CreateEnum
CREATE TYPE "ReportFormat" AS ENUM ('PDF', 'DOCX', 'XLSX', 'CSV');

-- CreateEnum
CREATE TYPE "ReportRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "ImportRunStatus" AS ENUM ('VALIDATING', 'INVALID', 'READY', 'IMPORTING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "publicSummary" TEXT,
ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactUrl" TEXT;

-- CreateTable
CREATE TABLE "ReportRun" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "cycleId" UUID,
    "draft" BOOLEAN NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ReportRunStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "stage" TEXT,
    "model" JSONB,
    "modelHash" TEXT,
    "error" TEXT,
    "requestedById" UUID,
    "requestedByName" TEXT NOT NULL,
    "requestedByEmail" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ReportRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportFile" (
    "id" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "format" "ReportFormat" NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "renderMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "status" "ImportRunStatus" NOT NULL DEFAULT 'VALIDATING',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "stage" TEXT,
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB,
    "changes" JSONB,
    "unknownPartners" JSONB,
    "error" TEXT,
    "requestedById" UUID,
    "requestedByEmail" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportRun_planId_createdAt_idx" ON "ReportRun"("planId", "createdAt");

-- CreateIndex
CREATE INDEX "ReportRun_status_idx" ON "ReportRun"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ReportFile_runId_format_key" ON "ReportFile"("runId", "format");

-- CreateIndex
CREATE INDEX "ImportRun_planId_createdAt_idx" ON "ImportRun"("planId", "createdAt");

-- AddForeignKey
ALTER TABLE "ReportRun" ADD CONSTRAINT "ReportRun_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportFile" ADD CONSTRAINT "ReportFile_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ReportRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
