import { Gauge, type Registry } from "prom-client";

/**
 * Makes gauges that read one figure each from a stats snapshot at scrape time (read is memoized by the
 * caller, so several gauges cost one read); without a snapshot (the component is not running) they are empty.
 */
export function statsGauges<S>(registry: Registry, read: () => Promise<S | null>) {
  return (name: string, help: string, value: (stats: S) => number): void => {
    const gauge: Gauge = new Gauge({
      name,
      help,
      registers: [registry],
      collect: async () => {
        const stats = await read();
        gauge.reset();
        if (stats) gauge.set(value(stats));
      },
    });
  };
}
