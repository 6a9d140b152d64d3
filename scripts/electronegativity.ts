// Runs @doyensec/electronegativity (Electron's security linter) over what ships and over the
// Electron-facing sources, and compares every finding with the reviewed allow-list in
// security/electronegativity-allowlist.json. Usage, after `npm run build`:
//   npx tsx scripts/electronegativity.ts        (exit 1 on an unreviewed finding)
// test/unit/security/electronegativity.test.ts runs the same scan as a test.
//
// Why not simply `electronegativity -i out -o report.csv`? Three traps, each of which would make
// the scan look clean while checking nothing (found by trial, version 1.10.3):
// - It loads only .js/.jsx/.ts/.tsx/.html/.htm files, so the .cjs bundles in out/ were skipped.
// - Its Babel + escope path stops on class private fields ("Unknown node type
//   ClassPrivateProperty", from conf in the main bundle), and with -o it drops parse errors
//   silently. Staged as .ts, files go through typescript-estree, which parses them.
// - Its window checks match only a bare `new BrowserWindow(...)`; the bundler writes
//   `new electron.BrowserWindow(...)`, so every webPreferences check skipped the bundle.
// So the files are staged into a private temp dir (JS renamed `<name>.<ext>.ts`, the bundler's
// `electron.` prefix on window constructors removed) and the tool's documented programmatic API
// is used, which returns parse errors as well as findings. It also tries to fetch translations
// and Electron's release list; here that is stubbed out to fail at once (no network in tests).
import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';

export interface EngFinding {
  check: string;
  severity: string;
  confidence: string;
  /** Repository-relative path of the original file, or 'N/A' for an app-wide (global) check. */
  file: string;
  line: number;
  column: number;
  sample: string;
  description: string;
}

export interface ScanResult {
  name: string;
  /** Repository-relative paths of the files the tool itself listed for scanning. */
  files: string[];
  findings: EngFinding[];
  parseErrors: { file: string; message: string }[];
}

const reason = z.string().trim().min(40, 'write a reason a reviewer can check');
const allowListSchema = z.object({
  excludedChecks: z.array(z.object({ check: z.string().min(1), reason })),
  allowed: z.array(
    z.object({
      check: z.string().min(1),
      file: z.string().min(1),
      severity: z.enum(['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']),
      /** Text the flagged line must contain, so a new call elsewhere in the file is not covered. */
      sample: z.string().min(1).optional(),
      reason,
    }),
  ),
});
export type AllowList = z.infer<typeof allowListSchema>;
export type AllowEntry = AllowList['allowed'][number];

export const REPO_ROOT = resolve(import.meta.dirname, '..');
export const ALLOW_LIST_PATH = join(REPO_ROOT, 'security', 'electronegativity-allowlist.json');

export function loadAllowList(path = ALLOW_LIST_PATH): AllowList {
  return allowListSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Files under `dir` as `/`-separated paths relative to `root`. */
function listFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}

const SCRIPT = /\.(c|m)?js$|\.tsx?$/;

/**
 * Copies `files` (repository-relative) from `root` into `stageDir` in a form the tool reads.
 * Returns staged path → original path, both relative.
 */
export function stageFiles(root: string, files: string[], stageDir: string): Map<string, string> {
  const staged = new Map<string, string>();
  for (const file of files) {
    const target = SCRIPT.test(file) && !file.endsWith('.ts') ? `${file}.ts` : file;
    mkdirSync(dirname(join(stageDir, target)), { recursive: true });
    if (SCRIPT.test(file)) {
      const code = readFileSync(join(root, file), 'utf8').replace(
        /\bnew\s+[A-Za-z_$][\w$]*\.(BrowserWindow|BrowserView)\s*\(/g,
        'new $1(',
      );
      writeFileSync(join(stageDir, target), code);
    } else {
      cpSync(join(root, file), join(stageDir, target));
    }
    staged.set(target, file);
  }
  return staged;
}

/** What ships: out/ (main, preload, renderer bundles) and package.json, as app.asar holds them. */
export function builtFiles(root: string): string[] {
  return [...listFiles(root, 'out'), 'package.json'];
}

/** The only sources that touch Electron (lint keeps it so), plus the page and its CSP. */
export function electronSourceFiles(root: string): string[] {
  const adapters = listFiles(root, 'main/adapters').filter((f) => f.endsWith('.ts'));
  return ['main/index.ts', ...adapters, 'preload/index.ts', 'renderer/index.html'];
}

// Runs in a child process: the tool keeps global state (i18n registers `global.__`) and calls
// process.exit on bad options, neither of which belongs in a test worker.
const CHILD = String.raw`
const { createRequire } = require('node:module');
const { writeFileSync } = require('node:fs');
const job = JSON.parse(process.argv[1]);
const toolRequire = createRequire(job.packageJson);
const gotPath = toolRequire.resolve('got');
const offline = () => Promise.reject(new Error('offline'));
offline.head = offline;
offline.default = offline;
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
const run = toolRequire('./dist/runner.js');
const { list_files } = toolRequire('./dist/util/index.js');
(async () => {
  const results = [];
  for (const scan of job.scans) {
    const loaded = await list_files(scan.dir);
    const r = await run({ input: scan.dir, electronVersionOverride: job.electronVersion,
      isRelative: true, excludeFromScan: job.excludeChecks }, false);
    results.push({
      loaded,
      issues: r.issues.map((i) => ({ check: i.id, severity: i.severity.name,
        confidence: i.confidence.name, file: i.file, line: i.location.line,
        column: i.location.column, sample: i.sample ?? '', description: i.description })),
      errors: r.errors.map((e) => ({ file: e.file, message: e.message })),
    });
  }
  writeFileSync(job.resultFile, JSON.stringify(results));
})().catch((error) => { console.error(error); process.exit(1); });
`;

export interface ScanRequest {
  name: string;
  root: string;
  files: string[];
}

/** Stages each request into a private temp dir and runs the tool over each one separately. */
export async function runElectronegativity(
  requests: ScanRequest[],
  options: { electronVersion: string; excludedChecks: string[] },
): Promise<ScanResult[]> {
  const work = mkdtempSync(join(tmpdir(), 'glucobar-eng-'));
  try {
    const staged = requests.map((request, index) => {
      const dir = join(work, `scan-${index}`);
      return { request, dir, map: stageFiles(request.root, request.files, dir) };
    });
    const resultFile = join(work, 'results.json');
    const job = {
      packageJson: createRequire(import.meta.url).resolve(
        '@doyensec/electronegativity/package.json',
      ),
      electronVersion: options.electronVersion,
      excludeChecks: options.excludedChecks.map((c) => c.toLowerCase()),
      scans: staged.map((s) => ({ dir: s.dir })),
      resultFile,
    };
    await promisify(execFile)(process.execPath, ['-e', CHILD, JSON.stringify(job)], {
      env: { ...process.env, LANG: 'en-US' },
      maxBuffer: 16 * 1024 * 1024,
    });
    const raw = JSON.parse(readFileSync(resultFile, 'utf8')) as {
      loaded: string[];
      issues: EngFinding[];
      errors: { file: string; message: string }[];
    }[];
    return staged.map((s, index) => {
      const original = (file: string) => s.map.get(file.replaceAll('\\', '/')) ?? file;
      const result = raw[index] ?? { loaded: [], issues: [], errors: [] };
      return {
        name: s.request.name,
        files: result.loaded.map((file) => original(relative(s.dir, file))),
        findings: result.issues.map((f) => ({ ...f, file: original(f.file) })),
        parseErrors: result.errors.map((e) => ({
          file: original(relative(s.dir, e.file)),
          message: e.message,
        })),
      };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function isAllowed(finding: EngFinding, entry: AllowEntry): boolean {
  return (
    entry.check === finding.check &&
    entry.file === finding.file &&
    entry.severity === finding.severity &&
    (entry.sample === undefined || finding.sample.includes(entry.sample))
  );
}

/** Findings no entry covers, and entries that no longer match anything (to be removed). */
export function review(findings: EngFinding[], allowList: AllowList) {
  return {
    unreviewed: findings.filter((f) => !allowList.allowed.some((e) => isAllowed(f, e))),
    stale: allowList.allowed.filter((e) => !findings.some((f) => isAllowed(f, e))),
  };
}

export function installedElectronVersion(root = REPO_ROOT): string {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'));
  return String(pkg.version);
}

/** The two scans this project gates on: the built app, and the Electron-facing sources. */
export function projectScans(root = REPO_ROOT): ScanRequest[] {
  return [
    { name: 'built', root, files: builtFiles(root) },
    { name: 'sources', root, files: electronSourceFiles(root) },
  ];
}

export function formatFinding(f: EngFinding): string {
  const where = f.file === 'N/A' ? 'app-wide' : `${f.file}:${f.line}:${f.column}`;
  const sample = f.sample ? `  | ${f.sample.slice(0, 100)}` : '';
  return `${f.check} ${f.severity}/${f.confidence} ${where} — ${f.description}${sample}`;
}

async function main(): Promise<void> {
  const allowList = loadAllowList();
  const results = await runElectronegativity(projectScans(), {
    electronVersion: installedElectronVersion(),
    excludedChecks: allowList.excludedChecks.map((c) => c.check),
  });
  const findings = results.flatMap((r) => r.findings);
  const { unreviewed, stale } = review(findings, allowList);
  const parseErrors = results.flatMap((r) => r.parseErrors);
  for (const r of results) {
    console.log(`${r.name}: ${r.files.length} files, ${r.findings.length} findings`);
    for (const f of r.findings) console.log(`  ${formatFinding(f)}`);
  }
  for (const e of parseErrors) console.log(`NOT PARSED ${e.file}: ${e.message}`);
  for (const f of unreviewed) console.log(`UNREVIEWED ${formatFinding(f)}`);
  for (const e of stale) console.log(`STALE allow-list entry ${e.check} ${e.file}`);
  const failed = unreviewed.length + stale.length + parseErrors.length;
  console.log(
    failed === 0 ? 'electronegativity: clean' : `electronegativity: ${failed} problem(s)`,
  );
  process.exitCode = failed === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void main();
}
