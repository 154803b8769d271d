# syntax=docker/dockerfile:1
# Open Proposals web app: built with Node, served by nginx (SPA fallback,
# /api/ and /live/ proxied to the api service; see docker/nginx.conf).
# Build context: the repository root.
#   docker build -f docker/web.Dockerfile -t open-proposals-web .

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps ------------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/package.json
COPY tools/package.json tools/package.json
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

# ---- build: libs/domain, then apps/web -> apps/web/dist ----------------------
FROM deps AS build
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true
COPY nx.json tsconfig.base.json ./
COPY libs libs
COPY apps/web apps/web
RUN npx nx run-many -t build -p domain web --skip-nx-cache

# ---- runtime: static files in nginx ------------------------------------------
FROM nginx:1.27-alpine AS runtime
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY docker/nginx-public-reads-cache.conf /etc/nginx/snippets/public-reads-cache.conf
COPY --from=build /app/apps/web/dist /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=3s --start-period=5s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1/ || exit 1
