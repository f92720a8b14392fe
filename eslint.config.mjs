import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "data/**", ".test-data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      // lib/env.ts is the single reader of process.env: configuration is typed and validated in one place.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through getEnv() from @/lib/env." },
      ],
    },
  },
  {
    files: ["lib/env.ts", "playwright.config.ts", "vitest.config.ts", "tests/support/**", "e2e/**", "scripts/bench/**"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
