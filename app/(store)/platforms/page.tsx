import type { Metadata } from "next";

import { IntentLink } from "@/components/ui/intent-link";
import { listPlatforms } from "@/lib/catalog/list-platforms";
import { formatCount } from "@/lib/utils";

export const revalidate = 3600;
export const metadata: Metadata = { title: "Platforms", alternates: { canonical: "/platforms" } };

export default function PlatformsPage() {
  const platforms = listPlatforms();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Platforms</h1>
      <ul className="columns-1 gap-6 sm:columns-2 lg:columns-3">
        {platforms.map((p) => (
          <li key={p.slug} className="break-inside-avoid py-0.5">
            <IntentLink href={`/platforms/${p.slug}`} className="hover:underline">
              {p.name}
            </IntentLink>{" "}
            <span className="text-xs text-zinc-500">{formatCount(p.game_count)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
