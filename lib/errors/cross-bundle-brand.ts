// `instanceof` that holds across Next's server bundles. The instrumentation hook, route handlers and server
// components are bundled apart, each with its own copy of a class, while the singletons they share through
// globalThis (the IGDB connection, the job system, the cache) are built by whichever bundle asks first. An
// IgdbError thrown by the connection the job worker built was then not an `IgdbError` to the search route,
// which answered a 500 where it should have served the catalog or a 503. A brand registered with Symbol.for
// is one symbol in every bundle, so a class that checks it in Symbol.hasInstance knows its own instances.

const symbolOf = (name: string) => Symbol.for(`questlog.class.${name}`);

/** Marks `instance` as made by the class called `name`; call it in that class's constructor. */
export function brand(instance: object, name: string): void {
  Object.defineProperty(instance, symbolOf(name), { value: true });
}

/**
 * True when `value` was made by the class called `name` (or a subclass), by any bundle's copy of it.
 *
 * @example
 * class IgdbError extends Error {
 *   static [Symbol.hasInstance](value: unknown) { return hasBrand(value, "IgdbError"); }
 *   constructor(message: string) { super(message); brand(this, "IgdbError"); }
 * }
 */
export function hasBrand(value: unknown, name: string): boolean {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[symbolOf(name)] === true;
}
