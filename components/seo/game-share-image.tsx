// The share (OpenGraph) image of a game, drawn by next/og (satori): flexbox and inline styles only, no classes
// (satori ignores them), and every element with several children is `display: flex`.
import { placeholderArt, wrapTitle } from "@/components/ui/cover-placeholder";

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

// The cover box keeps IGDB's cover_big ratio (264×374), as on the game page.
const COVER = { width: 330, height: 467 };
const SCALE = COVER.width / 264;

export interface GameShareImageProps {
  name: string;
  /** The year, or null when unknown. */
  year: number | null;
  platforms: readonly string[];
  /** The cover as a data: URL, or null for the placeholder art. */
  cover: string | null;
}

function PlaceholderCover({ name }: { name: string }) {
  const art = placeholderArt(name);
  const lines = wrapTitle(name, 14, 5);
  return (
    <div
      style={{
        display: "flex",
        position: "relative",
        width: COVER.width,
        height: COVER.height,
        borderRadius: 12,
        overflow: "hidden",
        backgroundImage: `linear-gradient(135deg, ${art.from}, ${art.to})`,
      }}
    >
      <div
        style={{
          position: "absolute",
          left: (art.circle.cx - art.circle.r) * SCALE,
          top: (art.circle.cy - art.circle.r) * SCALE,
          width: art.circle.r * 2 * SCALE,
          height: art.circle.r * 2 * SCALE,
          borderRadius: "50%",
          backgroundColor: "rgba(255,255,255,0.07)",
        }}
      />
      <div
        style={{
          position: "absolute",
          left: 25,
          bottom: 36,
          display: "flex",
          flexDirection: "column",
          color: "white",
          fontSize: 32,
          lineHeight: 1.15,
        }}
      >
        {lines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </div>
    </div>
  );
}

/** 1200×630: the cover (or the placeholder art) on the left; title, year and platforms on the right. */
export function GameShareImage({ name, year, platforms, cover }: GameShareImageProps) {
  const art = placeholderArt(name);
  const shownPlatforms = platforms.length > 4 ? [...platforms.slice(0, 4), `+${platforms.length - 4} more`] : platforms;
  const titleLines = wrapTitle(name, 26, 3);
  return (
    <div
      style={{
        display: "flex",
        width: "100%",
        height: "100%",
        alignItems: "center",
        padding: "0 64px",
        gap: 56,
        color: "white",
        backgroundImage: `linear-gradient(135deg, #09090b 40%, ${art.to})`,
      }}
    >
      {cover ? (
        // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, next/image is not for next/og
        <img src={cover} alt="" width={COVER.width} height={COVER.height} style={{ borderRadius: 12, objectFit: "cover" }} />
      ) : (
        <PlaceholderCover name={name} />
      )}
      <div style={{ display: "flex", flexDirection: "column", flex: 1, height: COVER.height, justifyContent: "space-between" }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", flexDirection: "column", fontSize: 64, lineHeight: 1.1 }}>
            {titleLines.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </div>
          <div style={{ marginTop: 24, fontSize: 34, color: "#d4d4d8" }}>{year === null ? "Year unknown" : String(year)}</div>
          <div style={{ display: "flex", flexWrap: "wrap", gap: 12, marginTop: 24 }}>
            {shownPlatforms.map((platform) => (
              <div key={platform} style={{ fontSize: 26, padding: "6px 16px", borderRadius: 8, backgroundColor: "rgba(255,255,255,0.12)" }}>
                {platform}
              </div>
            ))}
          </div>
        </div>
        <div style={{ fontSize: 34, color: "#c7c4f5" }}>Questlog</div>
      </div>
    </div>
  );
}
