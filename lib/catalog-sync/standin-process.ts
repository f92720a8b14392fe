// Zero-config mode runs the stand-in as a child process (scripts/igdb-standin.ts under tsx), not inside
// the Next server: its ~2 s synchronous load and ~180 MB heap stay out of the app's process, and, like the
// real IGDB, it sees request arrivals on its own event loop, so its rate counters are honest under load.
import { spawnReadyChild } from "@/lib/child-process/spawn-ready-child";

export interface StandinProcess {
  url: string;
  apiUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

interface ReadyMessage {
  url: string;
  apiUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
}

const START_TIMEOUT_MS = 180_000; // a first run imports the CC0 data before listening

export async function spawnStandinProcess(port: number): Promise<StandinProcess> {
  const child = await spawnReadyChild<ReadyMessage>({
    label: "the IGDB stand-in",
    script: "igdb-standin",
    args: ["--port", String(port)],
    startTimeoutMs: START_TIMEOUT_MS,
  });
  return { ...child.ready, close: child.close };
}
