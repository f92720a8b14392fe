import { checkoutFlowSuite } from "./checkout-flow-suite";

checkoutFlowSuite("pglite");
