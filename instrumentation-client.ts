// Runs in the browser before the app's modules (Next's instrumentation-client convention).
import { z } from "zod";

// zod 4 probes for eval (`new Function("")`) to compile object parsers; under the site's CSP (no 'unsafe-eval',
// proxy.ts) the probe fails harmlessly but Chromium still reports a CSP violation for it on every page.
// Parsers built after this line take the interpreted path and never probe.
z.config({ jitless: true });
