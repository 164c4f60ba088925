#!/usr/bin/env bash
# Writes a new migration for both SQL databases from the current collections, against
# throw-away databases migrated to the latest committed state. Usage: scripts/migrate-create.sh NAME
set -euo pipefail
name=${1:?usage: scripts/migrate-create.sh NAME}
cd "$(dirname "$0")/.."
pg=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}
rm -f tmp/migrate.db*
export PAYLOAD_SECRET=migrate-create NODE_OPTIONS=--no-deprecation
DATABASE_URI=file:./tmp/migrate.db npx payload migrate >/dev/null
DATABASE_URI=file:./tmp/migrate.db npx payload migrate:create "$name"
psql "$pg/postgres" -qc 'DROP DATABASE IF EXISTS estate_migrate WITH (FORCE)' -c 'CREATE DATABASE estate_migrate'
DATABASE_URI="$pg/estate_migrate" npx payload migrate >/dev/null
DATABASE_URI="$pg/estate_migrate" npx payload migrate:create "$name"
npx payload generate:types >/dev/null
