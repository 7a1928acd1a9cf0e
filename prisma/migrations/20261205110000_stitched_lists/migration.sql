-- Stitched lists (docs/stitching.md): screenshots of one scrolled list.
-- AlterTable
ALTER TABLE "Job" ADD COLUMN "listId" TEXT;
ALTER TABLE "Job" ADD COLUMN "listPage" INTEGER;

-- CreateIndex
CREATE INDEX "Job_listId_idx" ON "Job"("listId");
