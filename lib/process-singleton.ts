// One instance per server process, on globalThis: Next bundles a module into several chunks (instrumentation,
// each route), each with its own module-level variables, and dev reloads evaluate modules again. A value kept
// here is made once and shared by all of them.
const slots = globalThis as unknown as Record<string, unknown>;

/** The process's value under `key`, made by `make` on first use (and again after dropProcessSingleton). */
export function processSingleton<T>(key: string, make: () => T): T {
  if (slots[key] === undefined) slots[key] = make();
  return slots[key] as T;
}

/** The value if this process made one, without making it. */
export function peekProcessSingleton<T>(key: string): T | undefined {
  return slots[key] as T | undefined;
}

/** Forgets the value (to close it, or for tests); returns it. The next processSingleton() makes a new one. */
export function dropProcessSingleton<T>(key: string): T | undefined {
  const value = slots[key] as T | undefined;
  slots[key] = undefined;
  return value;
}
