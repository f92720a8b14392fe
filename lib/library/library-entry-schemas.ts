// What crosses between the app and LibraryEntry rows: the input bodies (create, update) and the DTO sent out.
// One schema serves the form, the route and the hook (taxonomy's shared-schema pattern).
import { z } from "zod";

import type { LibraryEntry as LibraryEntryRow } from "@/generated/prisma/client";
import { LibraryStatus } from "@/generated/prisma/enums";
import { gameIdSchema } from "@/lib/catalog/game-id-schema";

export const libraryStatusSchema = z.enum(LibraryStatus);

/** Free text a player writes; blank means none. */
export const notesSchema = z
  .string()
  .trim()
  .max(2000)
  .transform((s) => (s === "" ? null : s));

/** A calendar day, "YYYY-MM-DD", as the date-only columns store it (no time, no zone). */
export const calendarDaySchema = z.iso.date();

const libraryEntryFields = {
  status: libraryStatusSchema,
  rating: z.number().int().min(1).max(10).nullable(),
  notes: notesSchema.nullable(),
  /** A catalog platform slug (e.g. "snes"). */
  platform: z
    .string()
    .trim()
    .toLowerCase()
    .max(64)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a platform slug")
    .nullable(),
  startedAt: calendarDaySchema.nullable(),
  finishedAt: calendarDaySchema.nullable(),
};

// ISO days compare correctly as strings. The database checks the same rule (LibraryEntry_dates_check), also
// against a stored date when an update sends only one of the two.
const datesInOrder = (entry: { startedAt?: string | null; finishedAt?: string | null }) =>
  !entry.startedAt || !entry.finishedAt || entry.finishedAt >= entry.startedAt;
const datesInOrderIssue = { message: "finishedAt is before startedAt", path: ["finishedAt"] };

/** POST body: add a game to the library. Optional fields left out are stored empty. */
export const createLibraryEntryBodySchema = z
  .object({ gameId: gameIdSchema, ...libraryEntryFields, status: libraryStatusSchema.default("WANT") })
  .partial({ rating: true, notes: true, platform: true, startedAt: true, finishedAt: true })
  .refine(datesInOrder, datesInOrderIssue);
export type CreateLibraryEntryBody = z.infer<typeof createLibraryEntryBodySchema>;

/** PATCH body: fields left out stay as they are; null clears one. */
export const updateLibraryEntryBodySchema = z.object(libraryEntryFields).partial().refine(datesInOrder, datesInOrderIssue);
export type UpdateLibraryEntryBody = z.infer<typeof updateLibraryEntryBodySchema>;

export const LibraryEntrySchema = z.object({
  id: z.string(),
  gameId: gameIdSchema,
  ...libraryEntryFields,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;

type WithDays = { startedAt?: string | null; finishedAt?: string | null };

/**
 * A parsed body as Prisma data: calendar days become the Dates Prisma writes to DATE columns as those same days;
 * fields left out stay out (an update leaves them alone).
 *
 * @example
 * await db.libraryEntry.create({ data: { userId, ...toLibraryEntryData(createLibraryEntryBodySchema.parse(body)) } });
 */
export function toLibraryEntryData<T extends WithDays>(
  body: T,
): Omit<T, keyof WithDays> & { startedAt?: Date | null; finishedAt?: Date | null } {
  return { ...body, startedAt: fromCalendarDay(body.startedAt), finishedAt: fromCalendarDay(body.finishedAt) };
}

const fromCalendarDay = (day: string | null | undefined) => (day === null || day === undefined ? day : new Date(`${day}T00:00:00.000Z`));

// Prisma reads a DATE as midnight UTC of that day, so the UTC date is the day the player entered.
const toCalendarDay = (date: Date | null) => (date === null ? null : date.toISOString().slice(0, 10));

/** The DTO of a row (what leaves the server). */
export function toLibraryEntry(row: LibraryEntryRow): LibraryEntry {
  return LibraryEntrySchema.parse({
    id: row.id,
    gameId: row.gameId,
    status: row.status,
    rating: row.rating,
    notes: row.notes,
    platform: row.platform,
    startedAt: toCalendarDay(row.startedAt),
    finishedAt: toCalendarDay(row.finishedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  });
}
