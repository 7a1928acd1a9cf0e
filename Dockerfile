# Sukusho's app image: Next.js server + tesseract language data from Debian.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN PRISMA_SCHEMA_ENGINE_BINARY="$(command -v node)" npx prisma generate && npx next build

FROM node:20-bookworm-slim
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends tesseract-ocr-eng tesseract-ocr-jpn tesseract-ocr-kor tesseract-ocr-chi-tra \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 DATA_DIR=/data HOSTNAME=0.0.0.0 PORT=3000
COPY --from=build /app /app
VOLUME /data
EXPOSE 3000
# Migrations are applied offline at every start; they are idempotent.
CMD ["sh", "-c", "npx tsx scripts/migrate.ts && exec node node_modules/next/dist/bin/next start --hostname \"$HOSTNAME\""]
