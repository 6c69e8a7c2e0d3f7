-- DropForeignKey
ALTER TABLE "UpdateLink" DROP CONSTRAINT "UpdateLink_createdById_fkey";

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "reminderDaysBefore" INTEGER NOT NULL DEFAULT 14;

-- AlterTable
ALTER TABLE "UpdateLink" ALTER COLUMN "createdById" DROP NOT NULL;

-- CreateTable
CREATE TABLE "ReminderSent" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,
    "quarter" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actionIds" JSONB NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSent_planId_partnerId_quarter_kind_key" ON "ReminderSent"("planId", "partnerId", "quarter", "kind");

-- AddForeignKey
ALTER TABLE "UpdateLink" ADD CONSTRAINT "UpdateLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
