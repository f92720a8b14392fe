// GET /api/users/me/deal-alerts – the signed-in user's deal-alert preferences {mode, all_time_low, currency}
// PUT /api/users/me/deal-alerts {mode: instant|daily|off, all_time_low, currency?} – change them (currency
//   defaults to the visitor's: what all-time-low alerts follow for wishlist entries without a threshold)
import { NextResponse, type NextRequest } from "next/server";

import { assertSameOrigin } from "@/lib/api/assert-same-origin";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { requireUser } from "@/lib/auth/require-user";
import { currencyOfRequest } from "@/lib/store/currency/currency-of-request";
import { putDealAlertPreferencesBodySchema } from "@/lib/store/deal-alerts/deal-alert-schemas";
import { getDealAlertPreferences } from "@/lib/store/deal-alerts/get-deal-alert-preferences";
import { setDealAlertPreferences } from "@/lib/store/deal-alerts/set-deal-alert-preferences";

const PRIVATE = { "Cache-Control": "private, no-store" };

export const GET = withErrors(async (req: NextRequest) => {
  const user = await requireUser(req);
  return NextResponse.json(await getDealAlertPreferences(user.id), { headers: PRIVATE });
});

export const PUT = withErrors(async (req: NextRequest) => {
  assertSameOrigin(req);
  const user = await requireUser(req);
  const body = putDealAlertPreferencesBodySchema.parse(await readJsonBody(req));
  const saved = await setDealAlertPreferences(user.id, {
    mode: body.mode,
    allTimeLow: body.all_time_low,
    currency: body.currency ?? currencyOfRequest(req),
  });
  return NextResponse.json(saved, { headers: PRIVATE });
});
