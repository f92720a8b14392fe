#!/bin/sh
# `next start` with the process settings `npm start` runs the site with (bench:memory starts the server through
# this file too, so it measures the same thing). Arguments are passed on: sh scripts/start-server.sh -p 3000.
# Measured by `npm run bench:memory`, each setting explained in docs/memory.md:
# - MALLOC_ARENA_MAX=2: glibc gives each thread (libuv's pool, V8's workers) an arena of its own, and memory
#   freed in one stays with it; two arenas are plenty on a small box (-53 MB RSS after warm-up).
# - MALLOC_MMAP_THRESHOLD_ / MALLOC_TRIM_THRESHOLD_: fixed, so large blocks (SQLite, zlib, Buffers) come from
#   mmap and go back to the OS when freed, and the main heap is trimmed, instead of the thresholds growing
#   after the first large free and the memory staying mapped (-45 MB).
# - --max-semi-space-size=2 (MB): V8's young generation stays small; the default lets it grow to 16 MB per
#   semi-space, which a server with a long-lived heap does not need (-34 MB). The stand-ins inherit it.
export NEXT_MANUAL_SIG_HANDLE=true
export MALLOC_ARENA_MAX=2
export MALLOC_MMAP_THRESHOLD_=131072
export MALLOC_TRIM_THRESHOLD_=262144
export NODE_OPTIONS="--max-semi-space-size=2 ${NODE_OPTIONS:-}"
exec node_modules/.bin/next start "$@"
