#!/usr/bin/env node
// `npm test`: every gate in order, then ONE plain closing line `N passed, N failed, N skipped`
// totalled over all runners (CI reads that line; Vitest's own summary is not recognised).
// Lint, format, typecheck and build each count as one check; Vitest contributes its test counts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const resultsFile = '.vitest-results.json';
const gates = [
  ['lint', 'npx', ['eslint', '--max-warnings=0', '.']],
  ['format', 'npx', ['prettier', '--check', '--log-level=warn', '.']],
  ['typecheck (node)', 'npx', ['tsc', '-p', 'tsconfig.node.json']],
  ['typecheck (renderer)', 'npx', ['tsc', '-p', 'tsconfig.web.json']],
  ['typecheck (tests)', 'npx', ['tsc', '-p', 'tsconfig.test.json']],
  ['build', 'npm', ['run', '--silent', 'build']],
];

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function run(name, cmd, args) {
  process.stdout.write(`\n── ${name}: ${cmd} ${args.join(' ')}\n`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  process.stdout.write(
    `── ${name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  return ok;
}

for (const [name, cmd, args] of gates) {
  if (run(name, cmd, args)) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

rmSync(resultsFile, { force: true });
const vitestOk = run('vitest', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
  ...process.argv.slice(2),
]);
if (existsSync(resultsFile)) {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A file that fails to load has no tests to count; count it so it cannot hide.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  failed += brokenFiles.length;
  for (const file of brokenFiles) failures.push(`load error: ${file.name}`);
  if (report.numFailedTests > 0) failures.push(`${report.numFailedTests} vitest test(s)`);
} else {
  failed += 1;
  failures.push('vitest produced no results');
}
if (!vitestOk && failures.length === 0) {
  failed += 1;
  failures.push('vitest exited non-zero');
}

if (failures.length > 0) process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed > 0 ? 1 : 0);
