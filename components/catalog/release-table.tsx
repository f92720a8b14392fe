import type { Release } from "@/lib/catalog/schemas";
import { formatReleaseDate } from "@/lib/utils";

/** Every release of a game: platform, region, date, title as released, publisher, serial. */
export function ReleaseTable({ releases }: { releases: Release[] }) {
  return (
    // Focusable, so keyboard users can scroll the table sideways on narrow screens (it has no links to tab to).
    <div
      tabIndex={0}
      role="region"
      aria-label="Releases"
      className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
    >
      <table className="w-full min-w-[640px] text-left text-sm">
        <thead className="bg-zinc-100 text-xs tracking-wide text-zinc-600 uppercase dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-3 py-2">
              Platform
            </th>
            <th scope="col" className="px-3 py-2">
              Region
            </th>
            <th scope="col" className="px-3 py-2">
              Date
            </th>
            <th scope="col" className="px-3 py-2">
              Title as released
            </th>
            <th scope="col" className="px-3 py-2">
              Publisher
            </th>
            <th scope="col" className="px-3 py-2">
              Serial
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {releases.map((r, i) => (
            <tr key={i}>
              <td className="px-3 py-2">{r.platform.name}</td>
              <td className="px-3 py-2">{r.regions.join(", ") || "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{r.release_date ? formatReleaseDate(r.release_date) : "—"}</td>
              <td className="px-3 py-2">
                {r.title}
                {r.revision ? <span className="ml-1 text-xs text-zinc-500">{r.revision}</span> : null}
                {r.status ? (
                  <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                    {r.status}
                  </span>
                ) : null}
              </td>
              <td className="px-3 py-2">{r.publisher ?? "—"}</td>
              <td className="px-3 py-2 font-mono text-xs">{r.serial ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
