# syntax=docker/dockerfile:1
# Raspa's production image: one image for the web server, the background worker and the one-shot
# database migrator (compose.yaml runs each with its own command). Dependencies and the Next.js
# build happen in `build`; the runtime stage keeps the production dependencies, the build output
# and the sources the worker and database scripts run from (with tsx), and runs unprivileged.
ARG NODE_VERSION=20.19

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# npm 11 honours package.json's allowScripts: no install script runs except the embedded
# PostgreSQL binaries' (prisma's would try to download engines Raspa does not use).
RUN npm install --global npm@11 --no-audit --no-fund
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma/schema.prisma prisma/
RUN npm ci --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf .next/cache e2e bench

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
# Noto covers Kazakh (Cyrillic and Latin) in server-drawn images and documents; tini forwards
# signals to Node and reaps zombies; curl is for the health check.
RUN apt-get update \
 && apt-get install --yes --no-install-recommends fonts-noto-core fontconfig tini curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000
COPY --from=build --chown=root:root /app /app
# The `node` user (uid 1000) may read the application but not change it.
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=3 \
  CMD curl --fail --silent --max-time 4 "http://127.0.0.1:${PORT}/api/health" > /dev/null || exit 1
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "node_modules/next/dist/bin/next", "start"]
