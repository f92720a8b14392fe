import { igdbImageUrl, type IgdbImageSize } from "@/lib/igdb/images";

/** The cover's IGDB URL at a size (cover_big: 264×374 by default); null for games without one. */
export function coverUrl(imageId: string | null, size: IgdbImageSize = "cover_big"): string | null {
  return imageId ? igdbImageUrl(imageId, size) : null;
}
