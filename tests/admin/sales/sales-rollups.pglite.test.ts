import { salesRollupsSuite } from "./sales-rollups-suite";

salesRollupsSuite("pglite");
