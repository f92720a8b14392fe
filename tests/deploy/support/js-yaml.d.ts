// js-yaml 4 is in node_modules through eslint (@eslint/eslintrc) and ships no types; tests/deploy reads the
// deployment manifests with it rather than adding a dependency. Only what those tests call.
declare module "js-yaml" {
  export function load(text: string): unknown;
  export function loadAll(text: string): unknown[];
}
