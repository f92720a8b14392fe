# Questlog as one container: the standalone Next server (next.config.ts `output: "standalone"`), completed by
# scripts/assemble-standalone.ts. docs/deployment.md explains the stages, the volume and the environment.
#
#   docker build -t questlog .
#   docker run -p 3000:3000 -v questlog-data:/data questlog        # zero-config: a complete site
#
# The `standalone` e2e project (e2e/standalone/) starts the same assembled directory with this file's CMD, ENV
# and HEALTHCHECK (it reads them from here), so what this image runs is tested where no Docker engine is available.

ARG NODE_VERSION=20

# ---- deps: every package, with the tools to compile native addons -----------------------------------------
# better-sqlite3 downloads a prebuilt binary when it can and compiles from source when it cannot (python3,
# make, g++); @node-rs/argon2 comes prebuilt per platform. Same Debian release as the runtime stage, so the
# compiled addon links against the same glibc.
FROM node:${NODE_VERSION}-bookworm-slim AS deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The postinstall script runs `prisma generate`, which reads the schema and prisma.config.ts (and lib/env.ts).
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY lib/env.ts ./lib/env.ts
# `npm install`, not `npm ci`: the committed lockfile was made where the registry serves no other platform's
# optional packages (@next/swc-*, @tailwindcss/oxide-*), so `npm ci` refuses it; `npm install` keeps its versions.
RUN npm install --no-audit --no-fund

# ---- build: next build, then assemble the standalone directory ---------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/generated ./generated
COPY . .
# `npm run build` as in a checkout: it imports the embedded catalog into a build-time DATA_DIR (the most popular
# game pages are prerendered from it), then runs `next build`. That DATA_DIR stays in this stage.
# The assembled directory is then split in two for the runtime stage's ownership: .next apart from the rest.
RUN DATA_DIR=/tmp/build-data npm run build \
 && node_modules/.bin/tsx scripts/assemble-standalone.ts \
 && mv .next/standalone /standalone \
 && mv /standalone/.next /standalone-next

# ---- runtime: only the assembled standalone directory, as a non-root user ----------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
WORKDIR /app
# HOSTNAME: Docker sets it to the container id, and server.js listens on $HOSTNAME; 0.0.0.0 listens on all.
# NEXT_MANUAL_SIG_HANDLE: on SIGTERM the app drains its queues before exiting (lib/boot/handle-shutdown-signals.ts)
# instead of Next exiting at once; `docker stop` waits 10 s by default, SHUTDOWN_TIMEOUT_MS is 10 s: give it
# `--stop-timeout 15` (compose: stop_grace_period) if you raise either.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NEXT_MANUAL_SIG_HANDLE=true \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
# The official image's `node` user (uid 1000) runs the app. The code stays root's, read-only to it; it owns
# .next, where Next writes regenerated pages (ISR) at run time, and /data.
COPY --from=build /standalone ./
COPY --from=build --chown=node:node /standalone-next ./.next
RUN mkdir -p /data && chown node:node /data
# The catalog replica (catalog.sqlite), the stand-in's catalog, the PGlite database when DATABASE_URL is unset,
# the generated AUTH_SECRET and the dev outbox: one volume per instance, never shared between instances.
VOLUME ["/data"]
USER node
EXPOSE 3000
# Status code only: 200 when this instance can serve, 503 when a required check fails. The body's details
# need ADMIN_API_TOKEN, and a probe should not need a secret. A first start imports the catalog (about a
# minute on a small machine), hence the long start period. No curl in the slim image: Node's fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
