import type { AnyJobDefinition, QueueOptions } from "./types";

/**
 * Adds startWorkers' definitions to a runner's registry (names must be unique: a name picks the handler of
 * a stored job) and returns the queues to work: those configured and those the definitions use.
 */
export function registerDefinitions(
  registry: Map<string, AnyJobDefinition>,
  definitions: readonly AnyJobDefinition[],
  queues: Record<string, QueueOptions>,
): string[] {
  for (const definition of definitions) {
    if (registry.has(definition.name)) throw new Error(`Two job definitions are named ${definition.name}`);
    registry.set(definition.name, definition);
  }
  return [...new Set([...Object.keys(queues), ...definitions.map((d) => d.queue)])];
}
