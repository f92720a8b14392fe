// GET /api/admin/catalog/prerendered – the game pages `next build` prerendered → {available, reason?, builtAt?, count, games: [{slug, name, id}]}
import { NextResponse } from "next/server";

import { listPrerenderedGames } from "@/lib/admin/catalog/list-prerendered-games";
import { withAdmin } from "@/lib/api/with-admin";

export const GET = withAdmin(async () => NextResponse.json(listPrerenderedGames()));
