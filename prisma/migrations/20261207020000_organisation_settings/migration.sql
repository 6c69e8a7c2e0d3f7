-- The organisation running this installation: one row (id 1), see schema.prisma.
-- CreateEnum
CREATE TYPE "AccessibilityCompliance" AS ENUM ('FULLY', 'PARTIALLY', 'NOT');

-- CreateTable
CREATE TABLE "OrganisationSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "serviceName" TEXT,
    "organisationName" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "postalAddress" TEXT,
    "dataControllerName" TEXT,
    "dpoName" TEXT,
    "dpoEmail" TEXT,
    "publicUrl" TEXT,
    "mailFromName" TEXT,
    "mailFromAddress" TEXT,
    "logo" BYTEA,
    "logoContentType" TEXT,
    "accessibilityCompliance" "AccessibilityCompliance",
    "accessibilityNonAccessible" TEXT,
    "accessibilityTesting" TEXT,
    "accessibilityTestedOn" DATE,
    "accessibilityPreparedOn" DATE,
    "accessibilityReviewedOn" DATE,
    "privacyPurposes" TEXT,
    "privacyLawfulBasis" TEXT,
    "privacyRecipients" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OrganisationSettings_pkey" PRIMARY KEY ("id")
);

-- One organisation per installation.
ALTER TABLE "OrganisationSettings" ADD CONSTRAINT "OrganisationSettings_one_row" CHECK ("id" = 1);
