export * from "./amount";
export * from "./currencies";
export * from "./format-money";
export * from "./stripe-minor-units";
export * from "./money-schemas";
