#!/usr/bin/env bash
# The production server on a fresh SQLite database, for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -f tmp/e2e.db tmp/e2e.db-wal tmp/e2e.db-shm
export DATABASE_URI=file:./tmp/e2e.db PAYLOAD_SECRET=e2e-test-secret JOBS_AUTORUN=off
exec npm start
