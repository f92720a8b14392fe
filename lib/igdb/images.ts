// IGDB image URLs: https://images.igdb.com/igdb/image/upload/t_{size}/{image_id}.jpg, with `_2x` for retina.

export const IGDB_IMAGE_SIZES = [
  "cover_small",
  "cover_big",
  "screenshot_med",
  "screenshot_big",
  "screenshot_huge",
  "logo_med",
  "thumb",
  "micro",
  "720p",
  "1080p",
] as const;
export type IgdbImageSize = (typeof IGDB_IMAGE_SIZES)[number];

/** @example igdbImageUrl("co1r7f", "cover_big", { retina: true }) → ".../t_cover_big_2x/co1r7f.jpg" */
export function igdbImageUrl(imageId: string, size: IgdbImageSize = "cover_big", options: { retina?: boolean } = {}): string {
  const suffix = options.retina ? "_2x" : "";
  return `https://images.igdb.com/igdb/image/upload/t_${size}${suffix}/${encodeURIComponent(imageId)}.jpg`;
}
