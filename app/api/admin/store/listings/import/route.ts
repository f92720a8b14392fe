// POST /api/admin/store/listings/import?dry_run=1 – a listings CSV (≤ 1 MB), all or nothing; the dry run plans
// without writing. The console sends JSON {csv} (the CSRF rule: a browser's mutation is JSON); a script with the
// admin token may send the file itself as text/csv. 400 invalid_csv / 409 price_locked_by_sale with line numbers
// in error.details.errors
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";

import { readBodyText } from "@/lib/api/read-json-body";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors/app-error";
import { importListingsCsv } from "@/lib/store/listings/import-listings-csv";
import { MAX_LISTINGS_CSV_BYTES } from "@/lib/store/listings/parse-listings-csv";

const importQuerySchema = z.object({ dry_run: z.enum(["0", "1", "true", "false"]).optional() });
const importBodySchema = z.object({ csv: z.string().max(MAX_LISTINGS_CSV_BYTES) });

async function readCsv(req: NextRequest): Promise<string> {
  const type = req.headers.get("content-type")?.split(";", 1)[0]?.trim().toLowerCase();
  // JSON escaping can double a file's size; the CSV inside is held to the limit by the schema.
  const text = await readBodyText(req, type === "application/json" ? 2 * MAX_LISTINGS_CSV_BYTES : MAX_LISTINGS_CSV_BYTES);
  if (type !== "application/json") return text;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The body must be a JSON object.");
  }
  return importBodySchema.parse(body).csv;
}

export const POST = withAdmin(async (req: NextRequest, { admin }) => {
  const { dry_run } = importQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const dryRun = dry_run === "1" || dry_run === "true";
  const result = await importListingsCsv(await readCsv(req), { dryRun });
  if (!dryRun) await recordAudit(admin, "listing.import", "listings:csv", { summary: result.summary });
  return NextResponse.json(result);
});
