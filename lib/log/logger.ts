// Structured JSON logs through pino: the fastest maintained Node logger, with the level names and
// serialisers (err → {type, message, stack}) that log shippers expect. No transport, so no worker thread:
// lines go to stdout, and `npm start | npx pino-pretty` makes them readable.
import pino from "pino";

import { getEnv } from "@/lib/env";

export const logger = pino({
  level: getEnv().LOG_LEVEL,
  base: { service: "questlog" },
  serializers: { err: pino.stdSerializers.err },
});
