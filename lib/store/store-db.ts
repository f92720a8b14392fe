import type { Prisma, PrismaClient } from "@/generated/prisma/client";

/** The accounts database, or a transaction on it: store functions that take one run inside the caller's. */
export type StoreDb = PrismaClient | Prisma.TransactionClient;
