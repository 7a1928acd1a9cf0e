# Sukusho's app image: Next.js server + tesseract language data from Debian.
# The base image's Node is the release package.json pins as "node" (docs/runtime.md); a unit test
# (scripts/runtime-pins.test.ts) keeps the two equal, so bump them together.
FROM node:24.21.0-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# better-sqlite3 ships N-API binaries: no compiler needed. The npm package "node" fetched the
# same Node the image has: node_modules/.bin/node becomes a link to the image's, not a second copy.
RUN npm ci --no-audit --no-fund \
  && rm -rf node_modules/node/node_modules/node-linux-* \
  && ln -sf "$(command -v node)" node_modules/node/bin/node \
  && node_modules/.bin/node --version
COPY . .
RUN PRISMA_SCHEMA_ENGINE_BINARY="$(command -v node)" npx prisma generate && npx next build

FROM node:24.21.0-bookworm-slim
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends tesseract-ocr-eng tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-jpn tesseract-ocr-kor tesseract-ocr-chi-tra \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 DATA_DIR=/data HOSTNAME=0.0.0.0 PORT=3000
COPY --from=build /app /app
VOLUME /data
EXPOSE 3000
# Migrations are applied offline at every start; they are idempotent.
CMD ["sh", "-c", "npx tsx scripts/migrate.ts && exec node node_modules/next/dist/bin/next start --hostname \"$HOSTNAME\""]
