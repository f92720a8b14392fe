// Used by this server's own catalog write drainer (lib/catalog-writes/revalidate-pages.ts): pages of
// games whose rows changed are regenerated on their next request, and the home page when an admin curated a
// game (its featured shelf). Refused without the per-process secret.
import { revalidatePath } from "next/cache";
import { z } from "zod";

import { readJsonBody } from "@/lib/api/read-json-body";
import { withErrors } from "@/lib/api/with-errors";
import { isRevalidateToken } from "@/lib/catalog-writes/revalidate-pages";
import { AppError } from "@/lib/errors/app-error";

const BodySchema = z.object({ paths: z.array(z.string().regex(/^\/(?:games\/[\w.~-]+)?$/)).max(200) });

export const POST = withErrors(async (request: Request) => {
  if (!isRevalidateToken(request.headers.get("x-questlog-internal"))) throw new AppError("forbidden", "Internal endpoint.");
  const { paths } = BodySchema.parse(await readJsonBody(request));
  for (const path of paths) revalidatePath(path);
  return Response.json({ revalidated: paths.length });
});
