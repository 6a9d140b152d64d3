// Finds words written straight into what a person reads, with the TypeScript compiler's AST.
// A literal "reaches text" when it is:
//   - a child of h(tag, props, ...children) (renderer/dom.ts), or a readable prop of h():
//     aria-label, title, placeholder, alt, aria-description, aria-roledescription, label
//   - assigned to .textContent, .innerText, .title, .placeholder, .ariaLabel
//   - the text of setText(el, text), or el.setAttribute('aria-label' | 'title' | …, text)
//   - in a tray/notification word module: any literal that reads as words (below)
// through ?:, ??, ||, && and parentheses. It is user-facing when it contains a letter, except
// the symbols every language shares (units, HI/LO, the app's name).
import ts from 'typescript';

const READABLE_PROPS = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'aria-description',
  'aria-roledescription',
  'label',
]);
const TEXT_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'ariaLabel']);
const SHARED_SYMBOLS = new Set(['mg/dL', 'mmol/L', 'HI', 'LO', 'Glucobar', 'min']);

export interface Finding {
  line: number;
  text: string;
}

function textOf(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    return [
      node.head.text,
      ...node.templateSpans.map((span) => span.literal.text),
      ...node.templateSpans.flatMap((span) => textOf(span.expression)),
    ];
  }
  if (ts.isParenthesizedExpression(node)) return textOf(node.expression);
  if (ts.isConditionalExpression(node))
    return [...textOf(node.whenTrue), ...textOf(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (
      op === ts.SyntaxKind.QuestionQuestionToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.AmpersandAmpersandToken ||
      op === ts.SyntaxKind.PlusToken
    ) {
      return [...textOf(node.left), ...textOf(node.right)];
    }
  }
  return [];
}

/** Words a person would read: a letter that is not one of the shared symbols. */
export function isWords(text: string): boolean {
  const rest = text
    .split(/[\s()·:,—–]+/)
    .filter((part) => part !== '' && !SHARED_SYMBOLS.has(part))
    .join(' ');
  return /\p{L}/u.test(rest);
}

/** Keyboard keys compared with event.key: names, not words. */
const KEY_NAMES = /^(Arrow(Up|Down|Left|Right)|Home|End|Escape|Enter|Tab|Page(Up|Down))$/;
/** Props whose value is code (CSS classes, ids, types), never read by a person. */
const CODE_PROPS = new Set(['class', 'className', 'id', 'type', 'name', 'role', 'for', 'key']);

/** In a word module every literal that reads as words counts: a sentence or a capitalised word. */
function readsAsWords(text: string): boolean {
  if (SHARED_SYMBOLS.has(text) || KEY_NAMES.test(text)) return false;
  return (
    /\p{L}{2,}\s+\p{L}/u.test(text) || /\d\s+\p{L}{2,}/u.test(text) || /^\p{Lu}\p{Ll}+/u.test(text)
  );
}

function calleeName(call: ts.CallExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

function textPositions(node: ts.Node): ts.Node[] {
  if (ts.isCallExpression(node)) {
    const name = calleeName(node);
    if (name === 'h') {
      const props = node.arguments[1];
      const readable =
        props && ts.isObjectLiteralExpression(props)
          ? props.properties.filter(
              (p): p is ts.PropertyAssignment =>
                ts.isPropertyAssignment(p) &&
                (ts.isStringLiteral(p.name) || ts.isIdentifier(p.name)) &&
                READABLE_PROPS.has(p.name.text),
            )
          : [];
      return [...node.arguments.slice(2), ...readable.map((p) => p.initializer)];
    }
    if (name === 'setText' && node.arguments[1]) return [node.arguments[1]];
    if (name === 'setAttribute' && node.arguments.length === 2) {
      const [attr, value] = node.arguments;
      if (attr && ts.isStringLiteral(attr) && READABLE_PROPS.has(attr.text) && value) {
        return [value];
      }
    }
  }
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isPropertyAccessExpression(node.left) &&
    TEXT_PROPERTIES.has(node.left.name.text)
  ) {
    return [node.right];
  }
  return [];
}

/** Literal words reaching text positions in a view module (see the header). */
export function findTextLiterals(source: string, fileName = 'view.ts'): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const visit = (node: ts.Node): void => {
    for (const position of textPositions(node)) {
      for (const text of textOf(position)) {
        if (isWords(text)) {
          const line = file.getLineAndCharacterOfPosition(position.getStart()).line + 1;
          findings.push({ line, text });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

/**
 * In a module whose job is words (tray text, menu, notifications): any literal that reads as
 * words, wherever it is, except import paths and the keys given to t().
 */
function isCode(node: ts.Node): boolean {
  const parent = node.parent as ts.Node | undefined;
  if (!parent) return false;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
    const name = parent.name;
    return (ts.isIdentifier(name) || ts.isStringLiteral(name)) && CODE_PROPS.has(name.text);
  }
  if (ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent)) return isCode(parent);
  return false;
}

export function findWordLiterals(source: string, fileName = 'words.ts'): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || isCode(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (readsAsWords(node.text)) {
        findings.push({
          line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          text: node.text,
        });
      }
    } else if (ts.isTemplateExpression(node)) {
      for (const part of [node.head, ...node.templateSpans.map((s) => s.literal)]) {
        if (readsAsWords(part.text)) {
          findings.push({
            line: file.getLineAndCharacterOfPosition(part.getStart()).line + 1,
            text: part.text,
          });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}
