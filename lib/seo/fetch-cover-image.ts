import "server-only";

/** How long a share image waits for IGDB's cover before drawing the placeholder instead. */
export const COVER_FETCH_TIMEOUT_MS = 1_500;
// IGDB's cover_big JPEGs are 20–60 KB; anything far larger is not a cover, and would slow every render.
const MAX_COVER_BYTES = 1_000_000;

/**
 * A cover image as a data: URL for next/og, or null on any failure (timeout, network, status, type, size): the
 * share image then draws the placeholder art. Fetched here rather than by next/og itself so that it has a
 * deadline, and a slow upstream delays a share image by at most COVER_FETCH_TIMEOUT_MS.
 */
export async function fetchCoverImage(url: string, timeoutMs: number = COVER_FETCH_TIMEOUT_MS): Promise<string | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), cache: "no-store" });
    const type = response.headers.get("content-type")?.split(";")[0]?.trim() ?? "";
    if (!response.ok || (type !== "image/jpeg" && type !== "image/png")) {
      await response.body?.cancel();
      return null;
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length === 0 || bytes.length > MAX_COVER_BYTES) return null;
    return `data:${type};base64,${bytes.toString("base64")}`;
  } catch {
    return null;
  }
}
