-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "allowImage" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "customFields" TEXT,
ADD COLUMN     "kind" TEXT;
