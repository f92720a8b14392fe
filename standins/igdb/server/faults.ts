// Injected failures, consumed in list order before normal handling (POST /__standin/faults replaces them).
import type { StandinFault, StandinFaultKind } from "../types";

interface ActiveFault {
  kind: StandinFaultKind;
  remaining: number;
  probability?: number;
  endpoint?: string;
}

export const TOKEN_FAULT_ENDPOINT = "oauth2/token";

export class FaultQueue {
  private faults: ActiveFault[] = [];

  replace(faults: StandinFault[]): void {
    this.faults = faults.map((f) => ({
      kind: f.kind,
      // A probabilistic fault keeps firing until replaced, unless it was given a count.
      remaining: f.count ?? (f.probability === undefined ? 1 : Number.POSITIVE_INFINITY),
      ...(f.probability !== undefined ? { probability: f.probability } : {}),
      ...(f.endpoint !== undefined ? { endpoint: f.endpoint } : {}),
    }));
  }

  list(): StandinFault[] {
    return this.faults.map((f) => ({
      kind: f.kind,
      ...(Number.isFinite(f.remaining) ? { count: f.remaining } : {}),
      ...(f.probability !== undefined ? { probability: f.probability } : {}),
      ...(f.endpoint !== undefined ? { endpoint: f.endpoint } : {}),
    }));
  }

  /**
   * The fault for this request, if any. The first fault whose endpoint matches decides; a probabilistic
   * one that does not fire lets the request through. The token endpoint only sees faults aimed at it.
   */
  take(endpoint: string, random: () => number = Math.random): StandinFaultKind | undefined {
    const index = this.faults.findIndex((f) => matches(f.endpoint, endpoint));
    const fault = index >= 0 ? this.faults[index] : undefined;
    if (!fault) return undefined;
    if (fault.probability !== undefined && random() >= fault.probability) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault.kind;
  }
}

function matches(target: string | undefined, endpoint: string): boolean {
  if (target === undefined) return endpoint !== TOKEN_FAULT_ENDPOINT;
  return endpoint === target || endpoint.startsWith(`${target}/`);
}
