// JSON bodies of the stand-ins' /__standin control routes: read, parse, validate, or a 400 that says why.
import type { IncomingMessage } from "node:http";

import { z } from "zod";

import { readBody } from "../igdb/server/http-utils";

export class ControlBadRequest extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  try {
    return text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new ControlBadRequest("body is not JSON");
  }
}

export function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ControlBadRequest(z.prettifyError(parsed.error));
  return parsed.data;
}
