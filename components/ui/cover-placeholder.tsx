import { cn } from "@/lib/utils";

/** FNV-1a: a stable hash so the same title always gets the same colours. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Splits a title into at most maxLines lines of about maxChars, the last one cut with an ellipsis. */
export function wrapTitle(title: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of title.split(/\s+/)) {
    if (line && (line + " " + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, maxChars - 1)}…`;
    return kept;
  }
  return lines;
}

/** The placeholder's colours and circle for a title, in the 264×374 frame; the share image draws the same art. */
export function placeholderArt(title: string) {
  const h = hash(title);
  const hue = h % 360;
  const hue2 = (hue + 40 + ((h >> 9) % 80)) % 360;
  return {
    id: h.toString(36),
    from: `hsl(${hue} 55% 38%)`,
    to: `hsl(${hue2} 60% 22%)`,
    circle: { cx: 40 + (h % 180), cy: 60 + ((h >> 5) % 120), r: 60 + ((h >> 3) % 50) },
  };
}

/**
 * A deterministic box-art placeholder drawn from the title (264×374, IGDB's cover_big ratio), so a game
 * without cover art never shows a broken image.
 */
export function CoverPlaceholder({ title, className }: { title: string; className?: string }) {
  const art = placeholderArt(title);
  const lines = wrapTitle(title, 14, 5);
  const gradientId = `g${art.id}`;
  return (
    <svg viewBox="0 0 264 374" role="img" aria-label={`${title} cover placeholder`} className={cn("block h-auto w-full", className)}>
      <defs>
        <linearGradient id={gradientId} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor={art.from} />
          <stop offset="1" stopColor={art.to} />
        </linearGradient>
      </defs>
      <rect width="264" height="374" fill={`url(#${gradientId})`} />
      <circle cx={art.circle.cx} cy={art.circle.cy} r={art.circle.r} fill="white" opacity="0.07" />
      <text x="20" y={340 - lines.length * 30} fill="white" fontFamily="inherit" fontWeight="700" fontSize="26">
        {lines.map((line, i) => (
          <tspan key={i} x="20" dy="30">
            {line}
          </tspan>
        ))}
      </text>
    </svg>
  );
}
