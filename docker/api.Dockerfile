# syntax=docker/dockerfile:1
# Open Proposals API image. One image, three entry points:
#   node --max-old-space-size=256 apps/api/dist/main.js   HTTP API + socket.io (default CMD)
#   node apps/api/dist/worker.js   queue processors, outbox relay, schedulers
#   node apps/api/dist/migrate.js  TypeORM migrations, then exit (one-shot)
# Build context: the repository root (see docker/README.md for .dockerignore).
#   docker build -f docker/api.Dockerfile -t open-proposals-api .

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: full install (dev deps included) for building -------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# Only the manifests, so this layer is cached until dependencies change.
# Every workspace package (libs/*) needs its package.json here.
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/package.json
COPY tools/package.json tools/package.json
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

# ---- build: libs/domain -> libs/domain/dist, apps/api -> apps/api/dist -----
FROM deps AS build
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true
COPY nx.json tsconfig.base.json ./
COPY libs libs
COPY apps/api apps/api
RUN npx nx run-many -t build -p domain api --skip-nx-cache

# ---- runtime: production dependencies + built output only ------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# npm ci links node_modules/@open-proposals/domain -> ../../libs/domain,
# so the workspace package.json must exist before the install and its dist after.
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/package.json
COPY tools/package.json tools/package.json
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/libs/domain/dist libs/domain/dist
COPY --from=build /app/apps/api/dist apps/api/dist

# Files stay root-owned (read-only for the app); the process runs as "node" (uid 1000).
USER node
EXPOSE 3000

# Only meaningful for main.js; compose disables it for worker and migrate. /api/health/ready
# (PostgreSQL answers), not /api/health, which also fails while the worker or Redis is away.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/ready',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# The heap limit keeps the API's memory near its live heap under load (tools/platform/platform-processes.ts).
CMD ["node", "--max-old-space-size=256", "apps/api/dist/main.js"]
