-- Actual Budget (docs/actual-budget.md): per-user connection settings, password encrypted.
-- CreateTable
CREATE TABLE "ActualBudgetSettings" (
    "ownerKey" TEXT NOT NULL,
    "serverUrl" TEXT NOT NULL,
    "passwordEncrypted" TEXT,
    "syncId" TEXT,
    "accountId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActualBudgetSettings_pkey" PRIMARY KEY ("ownerKey")
);
