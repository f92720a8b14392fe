import { AppError } from "@/lib/errors/app-error";

import { JobIdParamSchema } from "./job-id-param";

/** The public job id ("email:12") of a route's `[id]` segment; a malformed or badly escaped one is a 400. */
export async function jobIdFromParams(params: Promise<{ id: string }>): Promise<string> {
  const raw = (await params).id;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw new AppError("invalid_parameters", "id: not a valid URL-encoded job id");
  }
  return JobIdParamSchema.parse({ id: decoded }).id;
}
