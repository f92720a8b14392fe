// Prettier formats the code (npm run format; npm test checks it). Import order follows the layers the code is
// written in: Node built-ins, packages, the app's own modules (@/…), then siblings, each group apart.
// @ianvs/prettier-plugin-sort-imports keeps type imports and side-effect imports where they must stay, which
// a hand-written eslint rule would not; prettier-plugin-tailwindcss orders class names as Tailwind documents.
/** @type {import("prettier").Config} */
const config = {
  printWidth: 140,
  plugins: ["@ianvs/prettier-plugin-sort-imports", "prettier-plugin-tailwindcss"],
  importOrder: ["<BUILTIN_MODULES>", "", "<THIRD_PARTY_MODULES>", "", "^@/(.*)$", "", "^[.]"],
  importOrderTypeScriptVersion: "5.9.3",
  tailwindStylesheet: "./app/globals.css",
};

export default config;
