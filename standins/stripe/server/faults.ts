// Injected API failures, consumed in list order (POST /__standin/faults replaces the list), as the IGDB
// stand-in's faults are.
import type { StripeFault, StripeFaultKind } from "../types";

interface ActiveFault extends StripeFault {
  remaining: number;
}

export class FaultQueue {
  private faults: ActiveFault[] = [];

  replace(faults: StripeFault[]): void {
    // A probabilistic fault keeps firing until replaced, unless it was given a count.
    this.faults = faults.map((f) => ({ ...f, remaining: f.count ?? (f.probability === undefined ? 1 : Number.POSITIVE_INFINITY) }));
  }

  list(): StripeFault[] {
    return this.faults.map(({ remaining, ...f }) => ({ ...f, ...(Number.isFinite(remaining) ? { count: remaining } : {}) }));
  }

  /** The fault for a request to `path`, if any: the first whose prefix matches decides. */
  take(path: string, random: () => number = Math.random): { kind: StripeFaultKind; ms: number } | undefined {
    const index = this.faults.findIndex((f) => f.pathPrefix === undefined || path.startsWith(f.pathPrefix));
    const fault = this.faults[index];
    if (!fault) return undefined;
    if (fault.probability !== undefined && random() >= fault.probability) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return { kind: fault.kind, ms: fault.ms ?? 0 };
  }
}
