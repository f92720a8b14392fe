// The Grafana dashboard and the Prometheus scrape config against what the app exports: every series a panel
// queries must be one /api/metrics serves (read from the registry the route serves, not from a list), and
// Prometheus must scrape every app instance on the path, with the token, that the app expects.
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { getMetricsRegistry } from "@/lib/metrics/get-metrics-registry";

import { readYaml, type Doc } from "./support/read-deploy-files";

const dashboard = JSON.parse(readFileSync(path.resolve("deploy/grafana/questlog.json"), "utf8")) as Doc;

// Series Prometheus makes itself for each scrape target; no exporter serves them.
const PROMETHEUS_SERIES = new Set(["up"]);

const PROMQL_WORDS = new Set([
  "and",
  "or",
  "unless",
  "bool",
  "offset",
  "by",
  "without",
  "on",
  "ignoring",
  "group_left",
  "group_right",
  "inf",
  "nan",
]);

/** The metric names a PromQL expression selects (functions, keywords, labels and Grafana variables left out). */
function metricNamesIn(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, " ")
    .replace(/\$\{?\w+\}?/g, " ");
  const names: string[] = [];
  for (const match of bare.matchAll(/(?<![\w.])([A-Za-z_:][\w:]*)(\s*\()?/g)) {
    if (match[2] || PROMQL_WORDS.has(match[1]!.toLowerCase())) continue;
    names.push(match[1]!);
  }
  return names;
}

interface Panel {
  title: string;
  type: string;
  datasource?: { uid: string };
  targets?: { expr: string; datasource?: { uid: string } }[];
}

const panels = (dashboard.panels as Panel[]).filter((p) => p.type !== "row");
const queries = panels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, expr: t.expr })));
const variableQueries = ((dashboard.templating as Doc).list as { query: { query: string } | string }[]).map((v) =>
  typeof v.query === "string" ? v.query : v.query.query,
);

/** Every series name the registry serves: summaries and histograms add their _sum, _count and _bucket. */
function exportedSeries(): Set<string> {
  const names = new Set<string>();
  for (const metric of getMetricsRegistry().registry.getMetricsAsArray() as unknown as { name: string; type: string }[]) {
    names.add(metric.name);
    if (metric.type === "summary" || metric.type === "histogram") for (const suffix of ["_sum", "_count"]) names.add(metric.name + suffix);
    if (metric.type === "histogram") names.add(`${metric.name}_bucket`);
  }
  return names;
}

describe("metricNamesIn", () => {
  it("finds the selected metrics and nothing else", () => {
    expect(
      metricNamesIn(
        'sum by (route) (rate(questlog_http_requests_total{instance=~"$instance",status_class="5xx"}[$__rate_interval])) / on (x) group_left up',
      ),
    ).toEqual(["questlog_http_requests_total", "up"]);
    expect(metricNamesIn('max(questlog_jobs{state=~"waiting|active"}) > 1e3 and bool nodejs_x offset 5m')).toEqual([
      "questlog_jobs",
      "nodejs_x",
    ]);
  });
});

describe("deploy/grafana/questlog.json", () => {
  it("queries only series /api/metrics exports", () => {
    const exported = exportedSeries();
    expect(queries.length).toBeGreaterThan(20);
    const missing = queries.flatMap(({ panel, expr }) =>
      metricNamesIn(expr)
        .filter((n) => !exported.has(n) && !PROMETHEUS_SERIES.has(n))
        .map((n) => `${panel}: ${n}`),
    );
    expect(missing).toEqual([]);
    for (const query of variableQueries) {
      const metric = query.match(/label_values\(\s*([A-Za-z_:][\w:]*)/)?.[1];
      expect(metric && exported.has(metric), query).toBe(true);
    }
  });

  it("has a panel for every Questlog metric the app exports", () => {
    const queried = new Set(queries.flatMap(({ expr }) => metricNamesIn(expr)));
    const ours = [...exportedSeries()].filter((n) => n.startsWith("questlog_") && !/_(sum|count|bucket)$/.test(n));
    expect(ours.length).toBeGreaterThan(20);
    const withoutPanel = ours.filter((n) => ![...queried].some((q) => q === n || q === `${n}_sum` || q === `${n}_count`));
    expect(withoutPanel).toEqual([]);
  });

  it("reads from the datasource Grafana is provisioned with", () => {
    const provisioned = (readYaml("grafana/provisioning/datasources/prometheus.yaml").datasources as Doc[])[0]!;
    for (const panel of panels) {
      expect(panel.datasource?.uid, panel.title).toBe(provisioned.uid);
      for (const target of panel.targets ?? []) expect(target.datasource?.uid, panel.title).toBe(provisioned.uid);
    }
  });
});

describe("deploy/prometheus/prometheus.yml", () => {
  const compose = readYaml("compose.yaml");
  const services = compose.services as Record<string, Doc>;
  const job = (readYaml("prometheus/prometheus.yml").scrape_configs as Doc[]).find((j) => j.job_name === "questlog")!;

  it("scrapes each app instance directly on /api/metrics", () => {
    const apps = Object.keys(services).filter((name) => services[name]!.build !== undefined);
    const targets = ((job.static_configs as Doc[])[0]!.targets as string[]).map((t) => t.split(":")[0]);
    expect(job.metrics_path).toBe("/api/metrics");
    expect(targets.sort()).toEqual(apps.sort());
  });

  it("sends METRICS_TOKEN as a bearer token from the secret compose mounts", () => {
    const authorization = job.authorization as Doc;
    expect(authorization.type).toBe("Bearer");
    const secret = path.basename(authorization.credentials_file as string);
    expect(authorization.credentials_file).toBe(`/run/secrets/${secret}`);
    expect(services.prometheus!.secrets).toContain(secret);
    expect(((compose.secrets as Doc)[secret] as Doc).environment).toBe("METRICS_TOKEN");
    expect((services["app-1"]!.environment as Doc).METRICS_TOKEN).toMatch(/^\$\{METRICS_TOKEN\b/);
  });
});
