// `instanceof` that holds across Next's server bundles. The instrumentation hook, route handlers and server
// components are bundled apart, each with its own copy of a class, while the singletons they share through
// globalThis (the IGDB connection, the job system, the cache) are built by whichever bundle asks first. An
// IgdbError thrown by the connection the job worker built was then not an `IgdbError` to the search route,
// which answered a 500 where it should have served the catalog or a 503. A brand registered with Symbol.for
// is one symbol in every bundle, so a class that checks it in Symbol.hasInstance knows its own instances.

const symbolOf = (name: string) => Symbol.for(`questlog.class.${name}`);

function hasBrand(value: unknown, name: string): boolean {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[symbolOf(name)] === true;
}

/**
 * An Error whose `instanceof` holds across bundles: each subclass names itself in a static `brand`, and an
 * instance carries the brand of every branded class it was made by. A subclass without a brand of its own
 * falls back to the ordinary prototype check, so it never answers for its parent's instances.
 *
 * @example
 * class IgdbError extends BrandedError {
 *   static override readonly brand: string = "IgdbError";
 * }
 */
export class BrandedError extends Error {
  static readonly brand: string | undefined = undefined;

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (!Object.hasOwn(this, "brand") || !this.brand) return Function.prototype[Symbol.hasInstance].call(this, value);
    return hasBrand(value, this.brand);
  }

  constructor(message?: string, options?: ErrorOptions) {
    super(message, options);
    for (let type: unknown = new.target; type !== BrandedError && typeof type === "function"; type = Object.getPrototypeOf(type)) {
      const { brand } = type as typeof BrandedError;
      if (Object.hasOwn(type, "brand") && brand) Object.defineProperty(this, symbolOf(brand), { value: true });
    }
  }
}
