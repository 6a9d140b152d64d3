#!/usr/bin/env node
// `npm test`: every gate in order, then ONE plain closing line `N passed, N failed, N skipped`
// totalled over all runners (CI reads that line; Vitest's own summary is not recognised).
// Lint, format, typecheck and build each count as one check; Vitest contributes its test counts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

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

// Vitest runs a project whose files must not run in parallel (browser, desktop) only after the
// others, and those two one after the other, although each mostly waits on its own Chromium.
// So the projects run in two phases: unit (+ packaging, electron) on every core first, then
// browser and desktop side by side, each in its own Vitest process. With arguments (a file or
// project filter) it is one plain Vitest run.
const phases =
  process.argv.length > 2
    ? [[['all', process.argv.slice(2)]]]
    : [
        [['unit', ['--project', 'unit', '--project', 'packaging', '--project', 'electron']]],
        [
          ['browser', ['--project', 'browser']],
          ['desktop', ['--project', 'desktop']],
        ],
      ];

function runVitest(name, args, prefixed) {
  const file = `.vitest-results-${name}.json`;
  rmSync(file, { force: true });
  const argv = [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
    ...args,
  ];
  process.stdout.write(`\n── vitest (${name}): npx ${argv.join(' ')}\n`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npx', argv, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    // Two runs side by side: whole lines, each marked with its run, so the log stays readable.
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        for (const line of lines) out.write(prefixed ? `[${name}] ${line}\n` : `${line}\n`);
      });
      stream.on('end', () => rest && out.write(prefixed ? `[${name}] ${rest}\n` : `${rest}\n`));
    }
    child.on('close', (code) => {
      const ok = code === 0;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`── vitest (${name}): ${ok ? 'ok' : 'FAILED'} (${seconds} s)\n`);
      resolve({ name, ok, file });
    });
  });
}

function count({ name, ok, file }) {
  const before = failures.length;
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    // A file that fails to load has no tests to count; count it so it cannot hide.
    const brokenFiles = report.testResults.filter(
      (result) => result.status === 'failed' && result.assertionResults.length === 0,
    );
    failed += brokenFiles.length;
    for (const result of brokenFiles) failures.push(`load error: ${result.name}`);
    if (report.numFailedTests > 0)
      failures.push(`${report.numFailedTests} vitest test(s) in ${name}`);
  } else {
    failed += 1;
    failures.push(`vitest (${name}) produced no results`);
  }
  if (!ok && failures.length === before) {
    failed += 1;
    failures.push(`vitest (${name}) exited non-zero`);
  }
}

for (const phase of phases) {
  const results = await Promise.all(
    phase.map(([name, args]) => runVitest(name, args, phase.length > 1)),
  );
  results.forEach(count);
}

if (failures.length > 0) process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed > 0 ? 1 : 0);
