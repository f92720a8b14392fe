// POST /api/admin/store/listings/import?dry_run=1 – a listings CSV (text/csv body, ≤ 1 MB), all or nothing;
// the dry run plans without writing. 400 invalid_csv / 409 price_locked_by_sale with line numbers in details.errors
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";

import { readBodyText } from "@/lib/api/read-json-body";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { importListingsCsv } from "@/lib/store/listings/import-listings-csv";
import { MAX_LISTINGS_CSV_BYTES } from "@/lib/store/listings/parse-listings-csv";

const importQuerySchema = z.object({ dry_run: z.enum(["0", "1", "true", "false"]).optional() });

export const POST = withAdmin(async (req: NextRequest, { admin }) => {
  const { dry_run } = importQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const dryRun = dry_run === "1" || dry_run === "true";
  const result = await importListingsCsv(await readBodyText(req, MAX_LISTINGS_CSV_BYTES), { dryRun });
  if (!dryRun) await recordAudit(admin, "listing.import", "listings:csv", { summary: result.summary });
  return NextResponse.json(result);
});
