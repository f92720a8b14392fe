import { ordersConsoleSuite } from "./orders-console-suite";

ordersConsoleSuite("postgres");
