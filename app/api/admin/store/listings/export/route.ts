// GET /api/admin/store/listings/export – every listing as CSV (game_id,listed,USD,EUR,GBP,JPY), the import's format
import { withAdmin } from "@/lib/api/with-admin";
import { exportListingsCsv } from "@/lib/store/listings/export-listings-csv";

export const GET = withAdmin(async () => {
  const day = new Date().toISOString().slice(0, 10);
  return new Response(await exportListingsCsv(), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="questlog-listings-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
});
