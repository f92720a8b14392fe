// One measurement of one URL: latency at one connection, then requests/s and server CPU per request at N.
import { runLoad, type LoadResult } from "./load";
import { measureSequential, type SequentialResult } from "./measure-sequential";

export interface Target {
  name: string;
  url: string;
  /** The serving process (root of the tree whose CPU is read). */
  pid: number;
  otherProcesses?: RegExp;
  readQueryTime?: boolean;
}

export type Measurement = SequentialResult & LoadResult;

export interface MeasureSettings {
  connections: number;
  seconds: number;
  sequentialRequests: number;
}

export async function measureTarget(target: Target, settings: MeasureSettings): Promise<Measurement> {
  const c1 = await measureSequential(target.url, { requests: settings.sequentialRequests, warmup: 50 });
  const load = await runLoad({ ...target, connections: settings.connections, seconds: settings.seconds });
  return { ...c1, ...load, errors: c1.errors + load.errors };
}
