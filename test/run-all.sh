#!/usr/bin/env bash
# `npm test`: type check, unit tests, the production build, the int suite on SQLite and on
# PostgreSQL (against the real server), then the browser tests in Debian's Chromium.
# Ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p tmp
rm -f tmp/results-*.json
status=0
step() { echo; echo "== $*"; "$@" || status=1; }

step npm run --silent typecheck
step npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=tmp/results-unit.json

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo; echo "== next build"
  if ! npm run --silent build > tmp/build.log 2>&1; then
    tail -40 tmp/build.log; echo "build failed"; echo "0 passed, 1 failed"; exit 1
  fi
fi

export TEST_DB=sqlite
step npx vitest run --project int --reporter=default --reporter=json --outputFile.json=tmp/results-int-sqlite.json

pg_url=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}
if node -e "const c=new (require('pg').Client)({connectionString:process.argv[1]+'/postgres'});c.connect().then(()=>c.end()).catch(()=>process.exit(1))" "$pg_url" 2>/dev/null; then
  export TEST_DB=postgres
  step npx vitest run --project int --reporter=default --reporter=json --outputFile.json=tmp/results-int-postgres.json
elif [ -n "${CI:-}" ] || [ -n "${REQUIRE_POSTGRES:-}" ]; then
  echo "PostgreSQL is not reachable at $pg_url, and CI needs it"; status=1
else
  echo "PostgreSQL is not reachable at $pg_url: the PostgreSQL int run is skipped on this machine"
fi
unset TEST_DB

step npx playwright test

node test/summarize.mjs tmp/results-*.json || status=1
exit $status
