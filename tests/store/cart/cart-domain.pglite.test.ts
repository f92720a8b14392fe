// The cart domain on a fresh embedded PGlite (tests/store/cart/support/cart-domain-suite.ts).
import { setUpCartDatabase } from "./support/cart-database";
import { cartDomainSuite } from "./support/cart-domain-suite";

setUpCartDatabase("pglite");
cartDomainSuite();
