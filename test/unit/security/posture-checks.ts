// The checks behind posture.test.ts: each returns what it found (or a list of problems), so the
// test reads as a list of security claims.
import ts from 'typescript';
import {
  callsOf,
  findAll,
  lineOf,
  literalProperties,
  property,
  receiverOf,
  refersTo,
} from './source-ast';

const WINDOW_CLASSES = ['BrowserWindow', 'BrowserView', 'WebContentsView'];
const SECURE_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  webviewTag: false,
};
const FORBIDDEN_PREFERENCES = [
  'allowRunningInsecureContent',
  'experimentalFeatures',
  'enableBlinkFeatures',
  'enableRemoteModule',
];

/** Every `new BrowserWindow/BrowserView/WebContentsView(...)`, also as `electron.X` or aliased. */
export function windowsIn(files: ts.SourceFile[]): ts.NewExpression[] {
  return files.flatMap((file) => {
    const aliases = findAll(file, ts.isImportSpecifier)
      .filter((s) => WINDOW_CLASSES.includes((s.propertyName ?? s.name).text))
      .map((s) => s.name.text);
    return findAll(file, ts.isNewExpression).filter((n) =>
      [...WINDOW_CLASSES, ...aliases].some((name) => refersTo(n.expression, name)),
    );
  });
}

/** Problems with one window construction; inline literals only (a linter cannot follow variables). */
export function preferenceProblems(construction: ts.NewExpression): string[] {
  const where = lineOf(construction);
  const options = construction.arguments?.[0];
  if (!options || !ts.isObjectLiteralExpression(options)) return [`${where}: options not inline`];
  const prefs = property(options, 'webPreferences');
  if (!prefs || !ts.isObjectLiteralExpression(prefs)) {
    return [`${where}: webPreferences not inline`];
  }
  const values = literalProperties(prefs);
  const problems = Object.entries(SECURE_PREFERENCES)
    .filter(([key, want]) => values.get(key) !== want)
    .map(([key, want]) => `${where}: ${key} is ${String(values.get(key))}, want ${want}`);
  for (const key of FORBIDDEN_PREFERENCES) if (values.has(key)) problems.push(`${where}: ${key}`);
  return problems;
}

export interface MetaCsp {
  policy: string;
  /** Offset of the meta tag in the page. */
  index: number;
  directives: Map<string, string[]>;
}

export function metaCspOf(html: string): MetaCsp {
  const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!tag) throw new Error('no CSP meta tag');
  const policy = tag[1] ?? '';
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );
  return { policy, index: tag.index, directives };
}

/** The module names a bundle loads at run time (require calls and dynamic imports). */
export function runtimeImports(file: ts.SourceFile): string[] {
  const requires = callsOf(file, 'require').filter((c) => ts.isIdentifier(c.expression));
  const dynamic = findAll(
    file,
    (n): n is ts.CallExpression =>
      ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword,
  );
  return [...requires, ...dynamic]
    .map((c) => c.arguments[0])
    .map((arg) => (arg && ts.isStringLiteral(arg) ? arg.text : `<computed ${arg?.getText()}>`));
}

/** The key passed to exposeInMainWorld, following one `var KEY = "..."` if it is a name. */
export function exposedKeyText(file: ts.SourceFile, key: ts.Expression | undefined): string {
  if (!key) return '<none>';
  if (!ts.isIdentifier(key)) return key.getText();
  const declaration = findAll(file, ts.isVariableDeclaration).find(
    (d) => d.name.getText() === key.text,
  );
  return declaration?.initializer?.getText() ?? '<unresolved>';
}

/** The `electronFuses:` block of electron-builder.yml (flat `name: value` lines). */
export function fusesFromBuilderConfig(yml: string): Record<string, boolean | string> {
  const lines = yml.split('\n');
  const start = lines.findIndex((l) => /^electronFuses:\s*$/.test(l));
  if (start < 0) throw new Error('electron-builder.yml has no electronFuses block');
  const fuses: Record<string, boolean | string> = {};
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const entry = /^\s+([A-Za-z]+):\s*(\S+)\s*(#.*)?$/.exec(line);
    if (!entry) break;
    const [, name = '', value = ''] = entry;
    fuses[name] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return fuses;
}

const isShell = (expression: ts.Expression) => /(^|\.)shell$/.test(expression.getText());

/** Is this `shell.openExternal(url)` the arrow passed as `openExternal` to createIpcHandlers? */
function isHandlerPort(call: ts.CallExpression): boolean {
  const arrow = call.parent;
  const prop = arrow.parent;
  const deps = prop?.parent;
  return (
    ts.isArrowFunction(arrow) &&
    ts.isPropertyAssignment(prop) &&
    prop.name.getText() === 'openExternal' &&
    deps?.parent !== undefined &&
    ts.isCallExpression(deps.parent) &&
    refersTo(deps.parent.expression, 'createIpcHandlers')
  );
}

/** shell.openExternal only as the handlers' port; every other openExternal gets externalUrlFor. */
export function openExternalProblems(file: ts.SourceFile): string[] {
  const problems: string[] = [];
  for (const access of findAll(file, ts.isPropertyAccessExpression)) {
    if (access.name.text !== 'openExternal') continue;
    const call = access.parent;
    if (!ts.isCallExpression(call) || call.expression !== access) {
      if (isShell(access.expression)) problems.push(`${lineOf(access)}: passed on`);
      continue;
    }
    if (isShell(access.expression)) {
      if (!isHandlerPort(call)) problems.push(`${lineOf(call)}: outside the handler port`);
      continue;
    }
    const [url, ...rest] = call.arguments;
    const guarded =
      url &&
      rest.length === 0 &&
      ts.isCallExpression(url) &&
      refersTo(url.expression, 'externalUrlFor');
    if (!guarded) problems.push(`${lineOf(call)}: ${call.getText()}`);
  }
  return problems;
}

/** Where shell.openExternal is called (file:line). */
export function shellOpenExternalCalls(files: ts.SourceFile[]): string[] {
  return files
    .flatMap((f) => callsOf(f, 'openExternal'))
    .filter((c) => /(^|\.)shell$/.test(receiverOf(c)))
    .map(lineOf);
}
