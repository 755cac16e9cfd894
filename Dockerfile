# syntax=docker/dockerfile:1
# Not built on the development machines (they have no container engine); written to be built with
#   docker build -t negotiations-api . && docker run -p 3000:3000 -v negotiations-data:/data negotiations-api
# Node 24 at run time, the LTS line CI also runs the service on (.ci/node-lts.sh).
# /data: a named volume (as above) starts with the image's /data, owned by `node` (uid 1000), and
# needs nothing. A bind mount keeps the host directory's owner: make it writable by uid 1000
# (`mkdir -p data && sudo chown 1000:1000 data`), or run as its owner: `docker run --user "$(id -u):$(id -g)" -v "$PWD/data:/data" …`.

# --- build: compilers for better-sqlite3, the TypeScript build ---
# better-sqlite3 12 is compiled here, from source, against Node 24.18.1: compiled against the headers
# of 24.19 or later it aborts the process when a statement is garbage-collected ("Assertion failed:
# (env) != nullptr", nodejs/node#65446). The result runs on any Node 24 (one ABI, 137); .ci/node-lts.sh
# tests the same combination. Drop the pin when better-sqlite3 13 (Node-API) replaces 12.
FROM node:24.18.1-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --build-from-source
COPY tsconfig.json tsconfig.build.json tsconfig.web.json ./
COPY src ./src
COPY web ./web
COPY scripts ./scripts
RUN npm run build && npm run build:web && npm prune --omit=dev

# --- runtime: slim image, no compilers, non-root ---
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_PATH=/data/negotiations.db \
    LOG_LEVEL=info
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/public ./public
COPY migrations ./migrations
COPY seed ./seed
COPY openapi ./openapi
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The database is created, migrated and seeded on first start.
CMD ["node", "dist/server.js"]
