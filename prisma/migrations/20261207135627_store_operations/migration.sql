-- CreateEnum
CREATE TYPE "DealAlertMode" AS ENUM ('instant', 'daily', 'off');

-- AlterTable
ALTER TABLE "Sale" ADD COLUMN     "createdBy" TEXT,
ADD COLUMN     "endedAt" TIMESTAMPTZ(3),
ADD COLUMN     "startedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "DailyGameSales" (
    "day" DATE NOT NULL,
    "gameId" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "units" INTEGER NOT NULL DEFAULT 0,
    "revenue" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "refundedUnits" INTEGER NOT NULL DEFAULT 0,
    "refunds" DECIMAL(12,2) NOT NULL DEFAULT 0,

    CONSTRAINT "DailyGameSales_pkey" PRIMARY KEY ("day","gameId","currency")
);

-- CreateTable
CREATE TABLE "DailyCheckouts" (
    "day" DATE NOT NULL,
    "placed" INTEGER NOT NULL DEFAULT 0,
    "paid" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "expired" INTEGER NOT NULL DEFAULT 0,
    "refunded" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyCheckouts_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "DealAlertPreference" (
    "userId" TEXT NOT NULL,
    "mode" "DealAlertMode" NOT NULL DEFAULT 'instant',
    "allTimeLow" BOOLEAN NOT NULL DEFAULT false,
    "currency" CHAR(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DealAlertPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "DealAlert" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "gameId" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "price" DECIMAL(10,2) NOT NULL,
    "regularPrice" DECIMAL(10,2) NOT NULL,
    "discountPercent" SMALLINT NOT NULL,
    "kind" TEXT NOT NULL,
    "priceChangeId" TEXT NOT NULL,
    "mode" "DealAlertMode" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "DealAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DailyGameSales_gameId_day_idx" ON "DailyGameSales"("gameId", "day");

-- CreateIndex
CREATE INDEX "DealAlert_userId_createdAt_idx" ON "DealAlert"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DealAlert_userId_priceChangeId_key" ON "DealAlert"("userId", "priceChangeId");

-- AddForeignKey
ALTER TABLE "DealAlertPreference" ADD CONSTRAINT "DealAlertPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealAlert" ADD CONSTRAINT "DealAlert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CHECK constraints and partial indexes, added by hand (the engine diff ignores them, so they survive later
-- generated migrations).
ALTER TABLE "DealAlert" ADD CONSTRAINT "DealAlert_amounts_check" CHECK ("price" > 0 AND "regularPrice" > 0 AND "price" <= "regularPrice");
ALTER TABLE "DealAlert" ADD CONSTRAINT "DealAlert_kind_check" CHECK ("kind" IN ('threshold', 'all_time_low'));
ALTER TABLE "DealAlertPreference" ADD CONSTRAINT "DealAlertPreference_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "DailyGameSales" ADD CONSTRAINT "DailyGameSales_counts_check" CHECK ("units" >= 0 AND "refundedUnits" >= 0);
ALTER TABLE "Sale" ADD CONSTRAINT "Sale_name_check" CHECK (length("name") BETWEEN 1 AND 120);

-- Alerts not yet mailed, oldest first, per mode (the instant sender and the daily digest drain these).
CREATE INDEX "DealAlert_unsent_idx" ON "DealAlert"("mode", "createdAt") WHERE "sentAt" IS NULL;
-- Sales whose scheduled start or end has not run yet (the scheduler's catch-up sweep).
CREATE INDEX "Sale_unstarted_idx" ON "Sale"("startsAt") WHERE "startedAt" IS NULL;
CREATE INDEX "Sale_unended_idx" ON "Sale"("endsAt") WHERE "endedAt" IS NULL;
