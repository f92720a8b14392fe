// GET /api/admin/store/listings/{gameId} – one listing: listed, prices per currency, the sale locking them
// PUT /api/admin/store/listings/{gameId} – {listed?, prices?: {USD?: "19.99", …}} → the listing; 409 price_locked_by_sale
import { NextResponse } from "next/server";

import { readJsonBody } from "@/lib/api/read-json-body";
import { withAdmin } from "@/lib/api/with-admin";
import { recordAudit } from "@/lib/audit/record-audit";
import { getAdminListing } from "@/lib/store/listings/get-admin-listing";
import { listingGameIdParamSchema, updateListingBodySchema } from "@/lib/store/listings/listing-schemas";
import { updateListing } from "@/lib/store/listings/update-listing";

type Context = { params: Promise<{ gameId: string }> };

export const GET = withAdmin<Context>(async (_req, { params }) => {
  const { gameId } = listingGameIdParamSchema.parse(await params);
  return NextResponse.json(await getAdminListing(gameId));
});

export const PUT = withAdmin<Context>(async (req, { params, admin }) => {
  const { gameId } = listingGameIdParamSchema.parse(await params);
  const body = updateListingBodySchema.parse(await readJsonBody(req));
  const changes = await updateListing(gameId, body);
  if (changes.created || changes.listed || Object.keys(changes.prices).length > 0) {
    const action = changes.created
      ? "listing.create"
      : Object.keys(changes.prices).length > 0
        ? "listing.price.update"
        : changes.listed?.to
          ? "listing.list"
          : "listing.unlist";
    await recordAudit(admin, action, `game:${gameId}`, { ...changes });
  }
  return NextResponse.json(await getAdminListing(gameId));
});
