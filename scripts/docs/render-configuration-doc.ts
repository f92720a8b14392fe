// docs/configuration.md is generated from lib/env.ts's zod schema, so the reference cannot drift from the
// code that reads the variables: each field's `.describe()` (or `.meta({description, docDefault})`) is its
// row. tests/docs/configuration-doc.test.ts fails when the committed file is not what this renders.
import { z } from "zod";

import { serverSchema } from "@/lib/env";

type Meta = { description?: string; docDefault?: string };

/** The zod default a field falls back to, looking through pipes (`.default().transform()`); undefined if none. */
function zodDefaultOf(schema: z.core.$ZodType): unknown {
  const def = schema._zod.def as { type: string; defaultValue?: unknown; in?: z.core.$ZodType };
  if (def.type === "default") return def.defaultValue;
  if (def.type === "pipe" && def.in) return zodDefaultOf(def.in);
  return undefined;
}

function defaultCell(schema: z.core.$ZodType, meta: Meta): string {
  if (meta.docDefault) return meta.docDefault;
  const value = zodDefaultOf(schema);
  return value === undefined ? "unset" : `\`${String(value)}\``;
}

// A "|" would end the table cell early; a line break would end the row.
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

export function renderConfigurationDoc(): string {
  const rows = Object.entries(serverSchema.shape).map(([name, schema]) => {
    const meta = (z.globalRegistry.get(schema) ?? {}) as Meta;
    if (!meta.description) throw new Error(`lib/env.ts: ${name} has no .describe() text for docs/configuration.md`);
    return `| \`${name}\` | ${cell(defaultCell(schema, meta))} | ${cell(meta.description)} |`;
  });
  return [
    "# Configuration",
    "",
    "<!-- Generated from lib/env.ts by `npm run docs:config`; edit the descriptions there, not here. -->",
    "",
    "Every variable is optional: with none set, `npm start` runs the whole site on this machine (the local IGDB",
    "stand-in, SQLite, embedded PGlite, the dev mail outbox, in-process jobs and cache). `lib/env.ts` is the only",
    "reader of `process.env` and validates every variable with zod at first use; an invalid value stops the start",
    "with the variable's name and what is wrong.",
    "",
    "| variable | default | meaning |",
    "|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
