-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "internalNotes" TEXT;

-- CreateTable
CREATE TABLE "UpdateLink" (
    "id" UUID NOT NULL,
    "partnerId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),

    CONSTRAINT "UpdateLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UpdateLink_tokenHash_key" ON "UpdateLink"("tokenHash");

-- CreateIndex
CREATE INDEX "UpdateLink_partnerId_idx" ON "UpdateLink"("partnerId");

-- CreateIndex
CREATE INDEX "UpdateLink_createdById_idx" ON "UpdateLink"("createdById");

-- AddForeignKey
ALTER TABLE "UpdateLink" ADD CONSTRAINT "UpdateLink_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UpdateLink" ADD CONSTRAINT "UpdateLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
