// GET /api/admin/store/listings?q=&listed=all|listed|unlisted&limit=&offset= – the store's listings, with prices and price locks
import { NextResponse, type NextRequest } from "next/server";

import { withAdmin } from "@/lib/api/with-admin";
import { listAdminListings } from "@/lib/store/listings/list-admin-listings";
import { listAdminListingsQuerySchema } from "@/lib/store/listings/listing-schemas";

export const GET = withAdmin(async (req: NextRequest) => {
  const query = listAdminListingsQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  return NextResponse.json(await listAdminListings(query));
});
