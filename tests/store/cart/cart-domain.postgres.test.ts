// The cart domain on a fresh PostgreSQL database (tests/store/cart/support/cart-domain-suite.ts).
import { setUpCartDatabase } from "./support/cart-database";
import { cartDomainSuite } from "./support/cart-domain-suite";

setUpCartDatabase("postgres");
cartDomainSuite();
