// Small syntax-tree queries over sources and built bundles (TypeScript's parser reads both), so
// the security posture is asserted on code structure rather than on text that formatting or
// the bundler may reshape.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const REPO = join(import.meta.dirname, '..', '..', '..');

export function parse(repoPath: string): ts.SourceFile {
  const kind = /\.(c|m)?js$/.test(repoPath) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const text = readFileSync(join(REPO, repoPath), 'utf8');
  return ts.createSourceFile(repoPath, text, ts.ScriptTarget.Latest, true, kind);
}

/** `parse` that reads and parses each file once (the main bundle is large). */
export function createParser(): (repoPath: string) => ts.SourceFile {
  const parsed = new Map<string, ts.SourceFile>();
  return (repoPath) => {
    const cached = parsed.get(repoPath) ?? parse(repoPath);
    parsed.set(repoPath, cached);
    return cached;
  };
}

/** Repository-relative paths of the .ts files under `dir`. */
export function tsFilesUnder(dir: string): string[] {
  return readdirSync(join(REPO, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => relative(REPO, join(e.parentPath, e.name)).replaceAll('\\', '/'));
}

export function findAll<T extends ts.Node>(root: ts.Node, test: (node: ts.Node) => node is T): T[] {
  const found: T[] = [];
  const visit = (node: ts.Node): void => {
    if (test(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/** `Name` or `something.Name`: how sources and bundles refer to an Electron export. */
export function refersTo(expression: ts.Expression, name: string): boolean {
  if (ts.isIdentifier(expression)) return expression.text === name;
  return ts.isPropertyAccessExpression(expression) && expression.name.text === name;
}

/** Calls `x.method(...)` (any receiver) or `method(...)`. */
export function callsOf(root: ts.Node, method: string): ts.CallExpression[] {
  return findAll(root, ts.isCallExpression).filter((c) => refersTo(c.expression, method));
}

/** The receiver's text in `receiver.method(...)`, or '' for a bare call. */
export function receiverOf(call: ts.CallExpression): string {
  return ts.isPropertyAccessExpression(call.expression) ? call.expression.expression.getText() : '';
}

export type LiteralValue = boolean | string | number | '<not a literal>';

/** The literal properties of an object literal: `true`, `false`, strings and numbers. */
export function literalProperties(object: ts.ObjectLiteralExpression): Map<string, LiteralValue> {
  const props = new Map<string, LiteralValue>();
  for (const prop of object.properties) {
    if (!ts.isPropertyAssignment(prop)) {
      props.set(prop.name?.getText() ?? '<spread>', '<not a literal>');
      continue;
    }
    const name = ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText();
    const value = prop.initializer;
    if (value.kind === ts.SyntaxKind.TrueKeyword) props.set(name, true);
    else if (value.kind === ts.SyntaxKind.FalseKeyword) props.set(name, false);
    else if (ts.isStringLiteral(value)) props.set(name, value.text);
    else if (ts.isNumericLiteral(value)) props.set(name, Number(value.text));
    else props.set(name, '<not a literal>');
  }
  return props;
}

export function property(
  object: ts.ObjectLiteralExpression,
  name: string,
): ts.Expression | undefined {
  for (const prop of object.properties) {
    if (ts.isPropertyAssignment(prop) && prop.name.getText() === name) return prop.initializer;
  }
  return undefined;
}

/** Statements that run when the module loads (not inside a function), as source text. */
export function topLevelCalls(file: ts.SourceFile): string[] {
  return file.statements
    .filter(ts.isExpressionStatement)
    .map((s) => s.expression)
    .filter(ts.isCallExpression)
    .map((c) => c.expression.getText());
}

export function lineOf(node: ts.Node): string {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  return `${file.fileName}:${line + 1}`;
}
