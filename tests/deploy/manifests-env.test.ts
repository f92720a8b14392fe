// Every variable the deployment files set on the app is one lib/env.ts reads: a misspelt or removed name in
// deploy/compose.yaml, the Kubernetes manifests or the Dockerfile would otherwise be ignored without a word.
import { readFileSync } from "node:fs";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { getEnv, serverSchema } from "@/lib/env";

import { setTestEnv } from "../support/with-env";
import { dockerfileRuntimeEnv, readKubernetesObjects, readYaml, type Doc } from "./support/read-deploy-files";

const APP_VARIABLES = new Set(Object.keys(serverSchema.shape));

// Read by Next's standalone server.js itself, before the app runs; they are not lib/env.ts's to declare.
const NEXT_SERVER_VARIABLES = new Set(["HOSTNAME", "NEXT_MANUAL_SIG_HANDLE", "NEXT_TELEMETRY_DISABLED"]);

function unknownNames(names: Iterable<string>): string[] {
  return [...names].filter((n) => !APP_VARIABLES.has(n) && !NEXT_SERVER_VARIABLES.has(n));
}

/** `environment:` as a map or as a list of KEY=VALUE strings (both are valid Compose). */
function environmentNames(environment: unknown): string[] {
  if (!environment) return [];
  if (Array.isArray(environment)) return environment.map((entry) => String(entry).split("=")[0]!);
  return Object.keys(environment as Doc);
}

function composeAppServices(): [string, Doc][] {
  const services = readYaml("compose.yaml").services as Record<string, Doc>;
  // The app is whatever runs the image the Dockerfile builds.
  return Object.entries(services).filter(([, service]) => service.build !== undefined || String(service.image).startsWith("questlog"));
}

const k8s = readKubernetesObjects();
const ofKind = (kind: string) => k8s.filter((o) => o.kind === kind);
const nameOf = (o: Doc) => (o.metadata as Doc).name as string;
const appContainers = () =>
  [...ofKind("StatefulSet"), ...ofKind("Deployment")].flatMap((w) => (((w.spec as Doc).template as Doc).spec as Doc).containers as Doc[]);

let restore = () => {};
afterEach(() => restore());

describe("deploy/compose.yaml", () => {
  const apps = composeAppServices();

  it("runs two app instances, each with its own replica volume and consumer-group name", () => {
    expect(apps.map(([name]) => name)).toEqual(["app-1", "app-2"]);
    const ids = apps.map(([, s]) => (s.environment as Doc).INSTANCE_ID);
    expect(new Set(ids).size).toBe(apps.length);
    const volumes = apps.map(([, s]) => (s.volumes as string[]).find((v) => v.endsWith(":/data")));
    expect(volumes.every(Boolean)).toBe(true);
    expect(new Set(volumes).size).toBe(apps.length);
  });

  it("sets only variables lib/env.ts reads on the app", () => {
    for (const [name, service] of apps) {
      const names = environmentNames(service.environment);
      expect(names.length, name).toBeGreaterThan(5);
      expect(unknownNames(names), `${name} sets variables lib/env.ts does not know`).toEqual([]);
    }
  });

  it("trusts exactly the one proxy in front of the app", () => {
    for (const [, service] of apps) expect((service.environment as Doc).TRUSTED_PROXY_HOPS).toBe("1");
  });
});

describe("deploy/kubernetes", () => {
  it("has the ConfigMap, Secret, Service, workload and HorizontalPodAutoscaler", () => {
    for (const kind of ["ConfigMap", "Secret", "Service", "StatefulSet", "HorizontalPodAutoscaler"])
      expect(ofKind(kind).length, kind).toBeGreaterThan(0);
    const hpa = ofKind("HorizontalPodAutoscaler")[0]!;
    const target = (hpa.spec as Doc).scaleTargetRef as Doc;
    expect([target.kind, target.name]).toEqual(["StatefulSet", nameOf(ofKind("StatefulSet")[0]!)]);
  });

  it("puts only variables lib/env.ts reads in the ConfigMap, the Secret and the containers' env", () => {
    for (const map of ofKind("ConfigMap")) expect(unknownNames(Object.keys(map.data as Doc)), nameOf(map)).toEqual([]);
    for (const secret of ofKind("Secret")) {
      const keys = [...Object.keys((secret.stringData as Doc) ?? {}), ...Object.keys((secret.data as Doc) ?? {})];
      expect(keys.length).toBeGreaterThan(0);
      expect(unknownNames(keys), nameOf(secret)).toEqual([]);
    }
    for (const container of appContainers()) {
      const names = ((container.env as Doc[]) ?? []).map((e) => e.name as string);
      expect(names).toContain("INSTANCE_ID");
      expect(unknownNames(names), String(container.name)).toEqual([]);
    }
  });

  it("feeds the containers from the ConfigMap and Secret that exist", () => {
    const maps = new Set(ofKind("ConfigMap").map(nameOf));
    const secrets = new Set(ofKind("Secret").map(nameOf));
    const sources = appContainers().flatMap((c) => (c.envFrom as Doc[]) ?? []);
    expect(sources.length).toBe(2);
    for (const source of sources) {
      if (source.configMapRef) expect(maps.has((source.configMapRef as Doc).name as string)).toBe(true);
      if (source.secretRef) expect(secrets.has((source.secretRef as Doc).name as string)).toBe(true);
    }
  });

  it("has values lib/env.ts accepts, as a production pod would see them", () => {
    const values: Record<string, string> = { NODE_ENV: "production" };
    for (const map of ofKind("ConfigMap")) Object.assign(values, map.data);
    for (const secret of ofKind("Secret")) Object.assign(values, secret.stringData);
    values.INSTANCE_ID = "questlog-0"; // the downward API's pod name
    restore = setTestEnv(values);
    const env = getEnv();
    expect(env.REDIS_URL).toBe(values.REDIS_URL);
    expect(env.DATABASE_URL).toBe(values.DATABASE_URL);
    expect(env.SITE_URL).toBe(values.SITE_URL);
  });

  it("probes /api/health on the container's port", () => {
    for (const container of appContainers()) {
      for (const probe of ["startupProbe", "readinessProbe", "livenessProbe"]) {
        const get = (container[probe] as Doc | undefined)?.httpGet as Doc | undefined;
        expect(get?.path, probe).toBe("/api/health");
        expect(get?.port, probe).toBe((container.ports as Doc[])[0]!.name);
      }
    }
  });
});

describe("Dockerfile", () => {
  it("sets only variables lib/env.ts or Next's server.js reads, with DATA_DIR on the volume", () => {
    const env = dockerfileRuntimeEnv();
    expect(Object.keys(env)).toContain("DATA_DIR");
    expect(unknownNames(Object.keys(env))).toEqual([]);
    expect(env.HOSTNAME).toBe("0.0.0.0");
    const dockerfile = readFileSync(path.resolve("Dockerfile"), "utf8");
    expect(dockerfile).toContain(`VOLUME ["${env.DATA_DIR}"]`);
    expect(dockerfile).toMatch(/^CMD \["node", "server\.js"\]$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/api\/health/m);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
