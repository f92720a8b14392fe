// Points DATA_DIR at the catalog imported by global-setup, so server modules (getCatalogDb) read a real file.
import { inject } from "vitest";

process.env.DATA_DIR = inject("catalogDir");
// Route-handler tests call the API hundreds of times as one client; the limiter has its own tests
// (tests/rate-limit), which switch it back on.
process.env.API_RATE_LIMITS = "off";
