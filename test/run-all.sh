#!/usr/bin/env bash
# `npm test`: type check, unit tests, the production build, the int suite on SQLite and on
# PostgreSQL (against the real server), then the browser tests in Debian's Chromium.
# Ends with one line: "N passed, N failed, N skipped".
#
# Every step records its exit code (and the report it should have written) in tmp/steps.jsonl;
# test/summarize.mjs counts from that, so a crash, a missing report or a failed type check or
# build cannot vanish from the closing line.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p tmp
steps=tmp/steps.jsonl
rm -f tmp/results-*.json "$steps"
status=0

json_string() { printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"; }
record() { echo "$1" >> "$steps"; }

# step NAME REPORT COMMAND...: runs COMMAND; REPORT is the file it must write under tmp/, or -.
step() {
  local name=$1 report=$2
  shift 2
  echo; echo "== $*"
  "$@"
  local code=$?
  [ "$code" = 0 ] || status=1
  if [ "$report" = - ]; then
    record "{\"step\":\"$name\",\"exit\":$code}"
  else
    record "{\"step\":\"$name\",\"exit\":$code,\"report\":\"$report\"}"
  fi
  return "$code"
}

summarize() { node test/summarize.mjs "$steps" || status=1; }

vitest_json() { echo "--reporter=default --reporter=json --outputFile.json=tmp/$1"; }

step typecheck - npm run --silent typecheck
# shellcheck disable=SC2046
step unit results-unit.json npx vitest run --project unit $(vitest_json results-unit.json)

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  if ! step build - bash -c 'npm run --silent build > tmp/build.log 2>&1'; then
    tail -40 tmp/build.log; echo "build failed: the int and browser tests need it and are not run"
    summarize; exit 1
  fi
fi

export TEST_DB=sqlite
# shellcheck disable=SC2046
step int-sqlite results-int-sqlite.json npx vitest run --project int $(vitest_json results-int-sqlite.json)

pg_url=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}
if node -e "const c=new (require('pg').Client)({connectionString:process.argv[1]+'/postgres'});c.connect().then(()=>c.end()).catch(()=>process.exit(1))" "$pg_url" 2>/dev/null; then
  export TEST_DB=postgres
  # shellcheck disable=SC2046
  step int-postgres results-int-postgres.json npx vitest run --project int $(vitest_json results-int-postgres.json)
elif [ -n "${CI:-}" ] || [ -n "${REQUIRE_POSTGRES:-}" ]; then
  why="PostgreSQL is not reachable at $pg_url, and CI needs it"
  echo "$why"; status=1
  record "{\"step\":\"int-postgres\",\"exit\":1,\"error\":$(json_string "$why"),\"sameTestsAs\":\"int-sqlite\"}"
else
  why="PostgreSQL is not reachable at $pg_url"
  echo "$why: the PostgreSQL int run is skipped on this machine"
  record "{\"step\":\"int-postgres\",\"skipped\":$(json_string "$why"),\"sameTestsAs\":\"int-sqlite\"}"
fi
unset TEST_DB

# playwright.config.ts writes tmp/results-e2e.json.
step e2e results-e2e.json npx playwright test

summarize
exit $status
