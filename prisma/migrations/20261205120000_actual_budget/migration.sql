-- Actual Budget (docs/actual-budget.md): per-user connection settings, password encrypted.
-- CreateTable
CREATE TABLE "ActualBudgetSettings" (
    "ownerKey" TEXT NOT NULL PRIMARY KEY,
    "serverUrl" TEXT NOT NULL,
    "passwordEncrypted" TEXT,
    "syncId" TEXT,
    "accountId" TEXT,
    "updatedAt" DATETIME NOT NULL
);
