#!/usr/bin/env bash
# npm test: every check and test suite, on a fresh machine. Installs what the tests need when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=node_modules/.bin
step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  step "Installing Debian's chromium and fonts-liberation for the Playwright tests (apt-get, as root)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium fonts-liberation >/dev/null
fi

# The HTML checks (e2e/quality) run the Nu HTML Checker (vnu-jar's vnu.jar), which needs a Java runtime (11 or later).
if ! command -v java >/dev/null; then
  step "Installing Debian's default-jre-headless for the Nu HTML Checker (apt-get, as root)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq default-jre-headless >/dev/null
fi

# The cache, dedupe and rate-limit tests talk to a real Redis on 127.0.0.1:6379 (TEST_REDIS_URL elsewhere).
if [ -z "${TEST_REDIS_URL:-}" ] && ! (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
  if ! command -v redis-server >/dev/null; then
    step "Installing Debian's redis-server for the cache tests (apt-get, as root)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq redis-server >/dev/null
  fi
  step "Starting a throwaway Redis on 127.0.0.1:6379 (no persistence) for the cache tests"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no --dir /tmp \
    --logfile /tmp/questlog-test-redis.log
  for _ in $(seq 1 50); do (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null && break; sleep 0.1; done
fi

# The accounts database tests (tests/accounts-db) need a real PostgreSQL on 127.0.0.1:5432 that lets `postgres` in without a
# password (TEST_DATABASE_URL elsewhere); each test file creates and drops a database of its own there.
if [ -z "${TEST_DATABASE_URL:-}" ] && ! (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  pg_version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pg_version" ] || [ ! -d "/etc/postgresql/$pg_version/main" ]; then
    step "Installing Debian's postgresql for the accounts database tests (apt-get, as root)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
    pg_version=$(ls /etc/postgresql | sort -V | tail -n 1)
    # A cluster installed just for the tests: let loopback connections in without a password, as CI machines do.
    step "Letting 127.0.0.1 connect to PostgreSQL $pg_version without a password (trust; this test machine only)"
    as_root sed -i -E 's/^(host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1\/32[[:space:]]+).*/\1trust/' \
      "/etc/postgresql/$pg_version/main/pg_hba.conf"
  fi
  step "Starting PostgreSQL $pg_version (cluster main) on 127.0.0.1:5432 for the accounts database tests"
  # restart, not start: Debian's package may have started the fresh cluster already, before the trust edit.
  as_root pg_ctlcluster "$pg_version" main restart || as_root pg_ctlcluster "$pg_version" main start
  for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null && break; sleep 0.1; done
fi

# The store event tests (tests/events) publish to a real RabbitMQ on 127.0.0.1:5672 as guest/guest (TEST_AMQP_URL
# elsewhere); each run declares exchanges and queues under a name of its own and deletes them.
if [ -z "${TEST_AMQP_URL:-}" ] && ! (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null; then
  if ! command -v rabbitmq-server >/dev/null && [ ! -x /usr/sbin/rabbitmq-server ]; then
    step "Installing Debian's rabbitmq-server for the store event tests (apt-get, as root)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq rabbitmq-server >/dev/null
  fi
  step "Starting RabbitMQ on 127.0.0.1:5672 for the store event tests (guest/guest, loopback only)"
  # Debian's package may have started it already; -detached returns at once, await_startup waits for the node.
  (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null || as_root rabbitmq-server -detached
  as_root rabbitmqctl --timeout 60 await_startup >/dev/null
  for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null && break; sleep 0.1; done
fi

step "Lint (eslint) and formatting (prettier --check)"
"$bin/eslint" --max-warnings 0 .
"$bin/prettier" --check --log-level warn .

step "Types (tsc --noEmit, strict)"
"$bin/tsc" --noEmit -p .

step "Import cycles (madge)"
"$bin/madge" --circular --warning --extensions ts,tsx --ts-config tsconfig.json app components lib scripts standins instrumentation.ts
"$bin/tsx" scripts/check-folder-cycles.ts

step "Unit and integration tests (vitest, real SQLite files, real Redis, real PostgreSQL and PGlite, real RabbitMQ)"
"$bin/vitest" run

step "End-to-end tests (Playwright in Chromium against next start)"
rm -rf .test-data/e2e
"$bin/playwright" test
