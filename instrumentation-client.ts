// Runs in the browser before the app's modules (Next's instrumentation-client convention).
//
// zod 4 probes for eval (`new Function("")`) to compile object parsers; under the site's CSP (no 'unsafe-eval',
// proxy.ts) the probe fails harmlessly but Chromium still reports a CSP violation for it. zod reads its settings
// from this global when its module first loads (zod/v4/core/core.js), so `jitless` is set here without importing
// zod: an import would put zod (about 30 KB gzipped) on every page, and only the admin console parses with it.
type ZodGlobalConfig = { jitless?: boolean };
const zodHolder = globalThis as typeof globalThis & { __zod_globalConfig?: ZodGlobalConfig };
// Mutated, not replaced: a zod already loaded keeps a reference to the object it found.
(zodHolder.__zod_globalConfig ??= {}).jitless = true;

export {};
