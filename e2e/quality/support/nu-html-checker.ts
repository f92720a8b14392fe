// The Nu HTML Checker (the W3C validator's engine, vnu-jar's vnu.jar on the machine's Java) over many saved
// pages in one run: the JVM takes seconds to start, so a spec saves every page first and checks them together.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";

// The jar vnu-jar installs (its main export is this path too, but the package ships no types).
const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

export interface NuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Messages the checker gets wrong for HTML that browsers and the HTML standard accept; each with the reason.
 * Only errors are filtered here: warnings never fail the check.
 */
const KNOWN_FALSE_POSITIVES: Array<{ pattern: RegExp; reason: string }> = [];

/** Checks the files and returns the checker's messages (errors and warnings), known false positives left out. */
export async function checkHtmlFiles(files: string[]): Promise<NuMessage[]> {
  const { stdout } = await promisify(execFile)(
    "java",
    ["-Xss8m", "-jar", VNU_JAR, "--format", "json", "--exit-zero-always", "--stdout", ...files],
    { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
  );
  const { messages } = JSON.parse(stdout) as { messages: NuMessage[] };
  return messages.filter((m) => m.type !== "error" || !KNOWN_FALSE_POSITIVES.some(({ pattern }) => pattern.test(m.message)));
}

/**
 * Errors (and the checker's own failures to read a file), each distinct error once ("message" and the markup it
 * points at) with the pages it was found on: a shared component's error would otherwise repeat on every page.
 */
export function formatNuErrors(messages: NuMessage[], nameOf: (url: string) => string): string[] {
  const pagesByError = new Map<string, string[]>();
  for (const m of messages.filter((message) => message.type !== "info")) {
    const key = `${m.message}${m.extract ? `\n    at: ${m.extract.replace(/\s+/g, " ").trim()}` : ""}`;
    pagesByError.set(key, [...(pagesByError.get(key) ?? []), `${nameOf(m.url ?? "?")}:${m.lastLine ?? "?"}`]);
  }
  return [...pagesByError].map(([error, pages]) => `${error}\n    on: ${pages.join(", ")}`);
}
