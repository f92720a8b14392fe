// Checks records posted to /__standin/records/{endpoint} against the served schema and maps served names to
// stored ones (so legacy-mode `category` lands in `game_type`). Catching a typo here beats a silent no-op.
import { z } from "zod";

import type { StandinDrift } from "../types";
import { schemaFor, type Endpoint, type FieldSpec } from "./schema";
import type { StoredValue } from "./stored-record";

const scalar = z.union([z.number(), z.string(), z.boolean()]);
const recordsBodySchema = z.array(
  z.record(z.string(), z.union([scalar, z.array(scalar), z.null()])).and(z.object({ id: z.number().int().min(0) })),
);

export type RecordChanges = Record<string, StoredValue | null> & { id: number };

export class InvalidRecordsError extends Error {}

export function validateRecords(endpoint: Endpoint, drift: StandinDrift, body: unknown): RecordChanges[] {
  const parsed = recordsBodySchema.safeParse(body);
  if (!parsed.success) throw new InvalidRecordsError(z.prettifyError(parsed.error));
  const schema = schemaFor(endpoint, drift);
  return parsed.data.map((record, index) => {
    const changes: RecordChanges = { id: record.id };
    for (const [name, value] of Object.entries(record)) {
      // checksum and updated_at are the stand-in's to set; id is the key.
      if (name === "id" || name === "checksum" || name === "updated_at") continue;
      const spec = schema.get(name);
      if (!spec) throw new InvalidRecordsError(`record ${index}: '${name}' is not a field of ${endpoint} (${drift})`);
      if (value !== null && !fits(spec, value)) {
        throw new InvalidRecordsError(`record ${index}: '${name}' must be ${describe(spec)}`);
      }
      changes[spec.source ?? name] = value;
    }
    return changes;
  });
}

function fits(spec: FieldSpec, value: StoredValue): boolean {
  if (Array.isArray(value) !== spec.array) return false;
  const values = Array.isArray(value) ? value : [value];
  return values.every((v) => {
    switch (spec.kind) {
      case "int":
        return Number.isInteger(v);
      case "float":
        return typeof v === "number";
      case "string":
        return typeof v === "string";
      case "bool":
        return typeof v === "boolean";
    }
  });
}

function describe(spec: FieldSpec): string {
  return spec.array ? `an array of ${spec.kind}` : `a ${spec.kind}`;
}
