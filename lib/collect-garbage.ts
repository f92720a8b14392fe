// A full garbage collection on demand, without starting Node with --expose-gc: the flag is switched on at run
// time and the gc function taken from a fresh context (V8 installs it on contexts made after the flag is set).
// For the rare moment when a lot of memory just became garbage that V8 does not know is worth collecting soon
// (a WebAssembly instance's memory is not counted as heap growth), and for bench:memory's measurements.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}
