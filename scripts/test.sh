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

step "Lint (eslint)"
"$bin/eslint" --max-warnings 0 .

step "Types (tsc --noEmit, strict)"
"$bin/tsc" --noEmit -p .

step "Import cycles (madge)"
"$bin/madge" --circular --warning --extensions ts,tsx --ts-config tsconfig.json app components lib scripts instrumentation.ts

step "Unit and integration tests (vitest, real SQLite files)"
"$bin/vitest" run

step "End-to-end tests (Playwright in Chromium against next start)"
rm -rf .test-data/e2e
"$bin/playwright" test
