// Adds up what `npm test` ran into one closing line: "N passed, N failed, N skipped".
//
// Reads the steps file that test/run-all.sh writes (one JSON object a line):
//   {"step":"unit","exit":0,"report":"results-unit.json"}   a step with a vitest/Playwright report
//   {"step":"typecheck","exit":2}                            a step with no report
//   {"step":"int-postgres","skipped":"why","sameTestsAs":"int-sqlite"}   a run that could not happen
//   {"step":"int-postgres","exit":1,"error":"why","sameTestsAs":"int-sqlite"}   ... and had to
// Report paths are relative to the steps file. The reporters' JSON alone is not enough: vitest
// writes `success: true` beside an unhandled error, and a crashed run writes no file at all, so a
// step's exit code and a missing or unreadable report count as failures too.
import fs from 'node:fs'
import path from 'node:path'

const stepsFile = process.argv[2] ?? 'tmp/steps.jsonl'
const totals = { passed: 0, failed: 0, skipped: 0 }
const notes = []
const firstLine = (text) => String(text ?? '').split('\n')[0]

/** The counts of one vitest or Playwright JSON report, file-level failures included. */
function countReport(report, step) {
  if (report.stats && 'expected' in report.stats) {
    // Playwright: top-level errors are failures outside any test (a file that does not load,
    // a web server that does not start, a failing global setup).
    const errors = report.errors?.length ?? 0
    for (const error of report.errors ?? []) notes.push(`${step}: ${firstLine(error.message)}`)
    return {
      passed: report.stats.expected + (report.stats.flaky ?? 0),
      failed: report.stats.unexpected + errors,
      skipped: report.stats.skipped,
      total: report.stats.expected + (report.stats.flaky ?? 0) + report.stats.unexpected + report.stats.skipped,
    }
  }
  if (!Array.isArray(report.testResults)) throw new Error('neither a vitest nor a Playwright report')
  // vitest: a file that fails to import, or whose beforeAll/afterAll throws, is a failed file with
  // no failed test in it; count it once.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
  )
  for (const file of brokenFiles) {
    notes.push(`${step}: ${path.basename(file.name)} failed outside its tests: ${firstLine(file.message)}`)
  }
  let failed = (report.numFailedTests ?? 0) + brokenFiles.length
  // A run that fails with nothing to show for it (e.g. its global setup threw) is one failure.
  if (report.success === false && failed === 0) {
    notes.push(`${step}: the run failed before any test (see its output)`)
    failed = 1
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    total: report.numTotalTests ?? 0,
  }
}

function readSteps() {
  try {
    return fs
      .readFileSync(stepsFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line))
  } catch (error) {
    notes.push(`no readable steps file ${stepsFile}: ${error.message}`)
    return []
  }
}

const steps = readSteps()
const counted = new Map()

for (const step of steps) {
  if (!step.report) continue
  const file = path.resolve(path.dirname(stepsFile), step.report)
  let counts
  try {
    counts = countReport(JSON.parse(fs.readFileSync(file, 'utf8')), step.step)
  } catch (error) {
    const why = error.code === 'ENOENT' ? 'wrote no results file' : `has an unreadable results file (${error.message})`
    notes.push(`${step.step}: ${why}; exit code ${step.exit}`)
    totals.failed += 1
    continue
  }
  counted.set(step.step, counts)
  totals.passed += counts.passed
  totals.failed += counts.failed
  totals.skipped += counts.skipped
  if (step.exit !== 0 && counts.failed === 0) {
    notes.push(`${step.step}: exited ${step.exit} though no test failed (an unhandled error or a crash: see its output)`)
    totals.failed += 1
  }
}

for (const step of steps) {
  if (step.report) continue
  if (step.sameTestsAs) {
    // A whole database run that did not happen: its tests are the ones the other run had.
    const tests = counted.get(step.sameTestsAs)?.total
    const what = tests === undefined ? `the ${step.sameTestsAs} tests (number unknown)` : `${tests} tests, as in ${step.sameTestsAs}`
    if (step.skipped) {
      totals.skipped += tests ?? 0
      notes.push(`${step.step}: skipped, ${what}: ${step.skipped}`)
    } else {
      totals.failed += Math.max(tests ?? 1, 1)
      notes.push(`${step.step}: failed, ${what}: ${step.error ?? `exit code ${step.exit}`}`)
    }
  } else if (step.exit !== 0) {
    notes.push(`${step.step}: failed (exit code ${step.exit})`)
    totals.failed += 1
  }
}

// A run that proved nothing is not a green run.
if (totals.passed === 0 && totals.failed === 0) {
  if (steps.length) notes.push('no test passed and none failed: nothing was proven')
  totals.failed = 1
}
for (const note of notes) console.log(`  - ${note}`)
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(totals.failed > 0 ? 1 : 0)
