// The web app manifest, its icons, the favicon and the tags that point at them, as a browser fetches them; and
// the page's Content-Security-Policy lets it load them (manifest and images from 'self').
import { expect, test } from "@playwright/test";

import { pngSize } from "../support/seo-fetch";

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

test("the manifest is valid JSON whose icons all exist with their declared type and size", async ({ request }) => {
  const res = await request.get("/manifest.webmanifest");
  expect(res.status()).toBe(200);
  const manifest = JSON.parse(await res.text()) as Record<string, unknown> & { icons: ManifestIcon[] };
  expect(manifest).toMatchObject({
    name: expect.stringContaining("Questlog"),
    short_name: "Questlog",
    start_url: "/",
    display: "standalone",
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
  });
  for (const icon of manifest.icons) {
    const image = await request.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()["content-type"], icon.src).toContain(icon.type);
    if (icon.type === "image/png") {
      const [width, height] = icon.sizes.split("x").map(Number);
      expect(pngSize(await image.body()), icon.src).toEqual({ width, height });
    }
  }
  const png = (size: string, purpose: string) =>
    manifest.icons.some((i) => i.sizes === size && i.type === "image/png" && i.purpose === purpose);
  for (const size of ["192x192", "512x512"]) {
    expect(png(size, "any"), `${size} any`).toBe(true);
    expect(png(size, "maskable"), `${size} maskable`).toBe(true);
  }
});

test("the favicon and the Apple touch icon are served", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  const ico = await favicon.body();
  expect(ico.readUInt16LE(2), "ICO type").toBe(1);
  expect(ico.readUInt16LE(4), "images in the ICO").toBeGreaterThanOrEqual(2);
  const apple = await request.get("/apple-touch-icon.png");
  expect(apple.status()).toBe(200);
  expect(pngSize(await apple.body())).toEqual({ width: 180, height: 180 });
});

for (const page of ["/", "/search?q=zelda"]) {
  test(`${page} links the manifest and icons, has light and dark theme colours, and its CSP allows them`, async ({ request }) => {
    const res = await request.get(page);
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<link rel="manifest" href="\/manifest.webmanifest"/);
    expect(html).toMatch(/<link rel="icon" href="\/icon.svg" type="image\/svg\+xml"/);
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-touch-icon.png"/);
    const themeColors = [...html.matchAll(/<meta name="theme-color"[^>]*>/g)].map((m) => m[0]);
    for (const scheme of ["light", "dark"]) {
      const tag = themeColors.find((t) => t.includes(`media="(prefers-color-scheme: ${scheme})"`));
      expect(tag, `theme-color for ${scheme}`).toMatch(/content="#[0-9a-f]{6}"/);
    }
    const csp = new Map(
      (res.headers()["content-security-policy"] ?? "").split(";").map((d) => {
        const [name, ...sources] = d.trim().split(/\s+/);
        return [name!, sources];
      }),
    );
    expect(csp.get("manifest-src") ?? csp.get("default-src")).toContain("'self'");
    expect(csp.get("img-src")).toContain("'self'");
  });
}
