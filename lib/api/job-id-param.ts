import { z } from "zod";

/** A public job id: "<queue>:<id within the queue>" (lib/jobs/types.ts). */
export const JobIdParamSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+:[\w:.-]{1,200}$/, "a job id looks like <queue>:<id>"),
});
