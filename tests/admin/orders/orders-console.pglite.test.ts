import { ordersConsoleSuite } from "./orders-console-suite";

ordersConsoleSuite("pglite");
