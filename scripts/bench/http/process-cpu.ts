// Server CPU time from /proc (Linux): utime + stime of a process and its descendants, in µs. Steadier than
// requests/s on a shared machine, since it counts only what the server itself spent.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

// Clock ticks per second for /proc/<pid>/stat's utime and stime (100 on Linux almost everywhere).
const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

interface ProcStat {
  pid: number;
  ppid: number;
  ticks: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: fields are counted after its ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { pid, ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null; // exited between the listing and the read
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/** Every live process whose ancestry reaches `rootPid`, the root included. */
function processTree(rootPid: number): ProcStat[] {
  const all = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((s): s is ProcStat => s !== null);
  const children = new Map<number, ProcStat[]>();
  for (const s of all) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const root = all.find((s) => s.pid === rootPid);
  const tree: ProcStat[] = [];
  for (const queue = root ? [root] : []; queue.length;) {
    const s = queue.shift()!;
    tree.push(s);
    queue.push(...(children.get(s.pid) ?? []));
  }
  return tree;
}

export interface TreeCpu {
  /** The server: the root process and every descendant not matched by `other`. */
  server_us: number;
  /** Descendants matched by `other` (stand-ins for outside systems, whose CPU a real deployment spends elsewhere). */
  other_us: number;
}

/**
 * CPU time used so far by the process tree under `rootPid`, split into the server and `other` descendants
 * (matched on their command line). Subtract two readings to get a window's cost.
 * @example
 * const before = treeCpu(pid, /standin/); await load(); const after = treeCpu(pid, /standin/);
 * const serverUs = after.server_us - before.server_us;
 */
export function treeCpu(rootPid: number, other?: RegExp): TreeCpu {
  let server = 0;
  let rest = 0;
  for (const s of processTree(rootPid)) {
    if (other && s.pid !== rootPid && other.test(cmdline(s.pid))) rest += s.ticks;
    else server += s.ticks;
  }
  const us = (ticks: number) => (ticks / TICKS_PER_SECOND) * 1e6;
  return { server_us: us(server), other_us: us(rest) };
}
