/**
 * The closing line of `npm test` (test/summarize.mjs) on recorded runs: each fixture under
 * test/fixtures/summary/runs is the steps file test/run-all.sh writes, pointing at real reports
 * that vitest 3.2.4 and Playwright wrote for tiny cases (test/fixtures/summary/generate.sh).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const runs = path.resolve('test/fixtures/summary/runs')

function summarize(run: string) {
  const result = spawnSync(process.execPath, ['test/summarize.mjs', path.join(runs, `${run}.jsonl`)], {
    encoding: 'utf8',
  })
  const lines = result.stdout.trimEnd().split('\n')
  return { line: lines.at(-1), notes: lines.slice(0, -1).join('\n'), exitCode: result.status }
}

describe('the closing line', () => {
  it('is alone on the last line, in the form "N passed, N failed, N skipped"', () => {
    const { line } = summarize('all-green')
    expect(line).toMatch(/^\d+ passed, \d+ failed, \d+ skipped$/)
  })

  it('adds up every step of a green run (flaky counts as passed, skip and todo as skipped)', () => {
    expect(summarize('all-green')).toMatchObject({ line: '5 passed, 0 failed, 4 skipped', exitCode: 0 })
  })
})

describe('counted as failed', () => {
  it.each([
    ['failing-test', '1 passed, 1 failed, 0 skipped', ''],
    ['import-failure', '2 passed, 1 failed, 0 skipped', 'broken-module cannot be loaded'],
    ['beforeall-failure', '0 passed, 1 failed, 2 skipped', 'database unreachable'],
    ['beforeeach-failure', '0 passed, 1 failed, 0 skipped', ''],
    ['afterall-failure', '1 passed, 1 failed, 0 skipped', 'teardown broke'],
    ['unhandled-error', '2 passed, 1 failed, 0 skipped', 'exited 1 though no test failed'],
    ['globalsetup-crash', '2 passed, 1 failed, 0 skipped', 'failed before any test'],
    ['missing-report', '2 passed, 1 failed, 0 skipped', 'int-sqlite: wrote no results file'],
    ['unreadable-report', '2 passed, 1 failed, 0 skipped', 'unreadable results file'],
    ['typecheck-failure', '2 passed, 1 failed, 0 skipped', 'typecheck: failed (exit code 2)'],
    ['build-failure', '2 passed, 1 failed, 0 skipped', 'build: failed (exit code 1)'],
    ['e2e-mixed', '1 passed, 1 failed, 2 skipped', ''],
    ['e2e-import-failure', '2 passed, 1 failed, 0 skipped', 'e2e: Error: broken-module cannot be loaded'],
    ['e2e-webserver-failure', '2 passed, 1 failed, 0 skipped', 'webServer was not able to start'],
    ['e2e-beforeall-failure', '0 passed, 1 failed, 1 skipped', ''],
    ['nothing-ran', '0 passed, 1 failed, 0 skipped', 'nothing was proven'],
  ])('%s: %s, exit code 1', (run, line, note) => {
    const result = summarize(run)
    expect(result.line).toBe(line)
    expect(result.notes).toContain(note)
    expect(result.exitCode).toBe(1)
  })

  it('a missing steps file', () => {
    expect(summarize('absent')).toMatchObject({ line: '0 passed, 1 failed, 0 skipped', exitCode: 1 })
  })

  it('a PostgreSQL run that CI requires but could not happen: its tests (as many as SQLite ran) fail', () => {
    const result = summarize('postgres-required')
    expect(result.line).toBe('3 passed, 3 failed, 2 skipped')
    expect(result.notes).toContain('int-postgres: failed, 3 tests, as in int-sqlite')
    expect(result.exitCode).toBe(1)
  })
})

describe('counted as skipped', () => {
  it('a PostgreSQL run that could not happen locally: the SQLite run’s tests, said so', () => {
    const result = summarize('postgres-unreachable')
    expect(result.line).toBe('3 passed, 0 failed, 5 skipped')
    expect(result.notes).toContain('int-postgres: skipped, 3 tests, as in int-sqlite: PostgreSQL is not reachable')
    expect(result.exitCode).toBe(0)
  })
})
