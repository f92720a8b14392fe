// Points DATA_DIR at the catalog imported by global-setup, so server modules (getCatalogDb) read a real file.
import { inject } from "vitest";

process.env.DATA_DIR = inject("catalogDir");
