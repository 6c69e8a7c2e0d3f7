-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "publicChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "publicChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Records written before: their last change is the nearest known moment of their last public one.
UPDATE "Action" SET "publicChangedAt" = "updatedAt";
UPDATE "Milestone" SET "publicChangedAt" = "updatedAt";
