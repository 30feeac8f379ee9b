/**
 * The code transform of every live block: TypeScript + JSX → plain
 * JavaScript with a time-budget guard in every loop and function body, so
 * `while (true) {}` stops with an error instead of freezing the tab.
 *
 * Pipeline: sucrase strips types and JSX (react-live would do the same
 * later; doing it first lets a real JavaScript parser, acorn, see the
 * code), acorn finds loops and functions, and the guard calls are spliced
 * into the text at node offsets, so strings, comments, regular expressions
 * and template literals are never touched. react-live then runs its own
 * sucrase pass over the result, which leaves plain JavaScript as it is.
 *
 * Inline blocks (no `noInline`) may hold statements before the final
 * expression: the block becomes an arrow function called on the spot that
 * returns that last expression (or the last declared function or class),
 * which is what react-live renders.
 */
import { parse, type Node, type Program, type Statement } from 'acorn';
import { transform } from 'sucrase';
import { GUARD_NAME } from './guard';

export interface TransformOptions {
  /** The block calls `render(…)` itself (meta word `noInline`). */
  noInline?: boolean;
}

/** A refusal of the block's shape, shown in the page like a syntax error. */
export class LiveCodeError extends SyntaxError {
  override name = 'LiveCodeError';
}

interface Insertion {
  offset: number;
  text: string;
  /** Openings go outside-in, closings inside-out at the same offset. */
  kind: 'open' | 'close';
  depth: number;
}

type AnyNode = Node & Record<string, unknown>;

const GUARD_CALL = `${GUARD_NAME}();`;
const LOOPS = new Set([
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
]);
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Strips TypeScript and JSX the way react-live's own sucrase pass does. */
export function stripTypesAndJsx(code: string): string {
  return transform(code, {
    transforms: ['jsx', 'typescript'],
    production: true,
    disableESTransforms: true,
  }).code;
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function children(node: AnyNode): AnyNode[] {
  const found: AnyNode[] = [];
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) found.push(...value.filter(isNode));
    else if (isNode(value)) found.push(value);
  }
  return found;
}

/** Guard call at the top of a body; a single statement gets braces. */
function guardBody(body: AnyNode, depth: number, out: Insertion[]): void {
  if (body.type === 'BlockStatement') {
    const statements = body.body as AnyNode[];
    // Directives ("use strict") must stay first to keep their meaning.
    let offset = body.start + 1;
    for (const statement of statements) {
      if (typeof statement.directive !== 'string') break;
      offset = statement.end;
    }
    out.push({ offset, text: GUARD_CALL, kind: 'open', depth });
  } else {
    out.push({ offset: body.start, text: `{${GUARD_CALL}`, kind: 'open', depth });
    out.push({ offset: body.end, text: '}', kind: 'close', depth });
  }
}

function collect(node: AnyNode, depth: number, out: Insertion[]): void {
  if (LOOPS.has(node.type)) guardBody(node.body as AnyNode, depth, out);
  if (FUNCTIONS.has(node.type)) {
    const body = node.body as AnyNode;
    if (body.type === 'BlockStatement') guardBody(body, depth, out);
    else {
      out.push({ offset: body.start, text: `(${GUARD_NAME}(), `, kind: 'open', depth });
      out.push({ offset: body.end, text: ')', kind: 'close', depth });
    }
  }
  for (const child of children(node)) collect(child, depth + 1, out);
}

function compareInsertions(a: Insertion, b: Insertion): number {
  if (a.offset !== b.offset) return a.offset - b.offset;
  if (a.kind !== b.kind) return a.kind === 'close' ? -1 : 1;
  return a.kind === 'open' ? a.depth - b.depth : b.depth - a.depth;
}

function applyInsertions(code: string, insertions: Insertion[]): string {
  const sorted = [...insertions].sort(compareInsertions);
  let out = '';
  let last = 0;
  for (const { offset, text } of sorted) {
    out += code.slice(last, offset) + text;
    last = offset;
  }
  return out + code.slice(last);
}

function parseProgram(code: string): Program {
  return parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowImportExportEverywhere: true,
    allowReturnOutsideFunction: true,
  });
}

function refuseModules(program: Program): void {
  for (const statement of program.body) {
    if (statement.type.startsWith('Import') || statement.type.startsWith('Export')) {
      throw new LiveCodeError(
        'Los bloques en vivo no usan import ni export: React y todo lo de lib/index.ts ' +
          'ya están disponibles. / Live blocks use no import or export: React and every ' +
          'export of lib/index.ts are already in scope.',
      );
    }
  }
}

/** Makes an inline block's last expression (or declaration) its value. */
function returnLast(body: Statement[], out: Insertion[]): void {
  const last = body[body.length - 1];
  if (!last) {
    out.push({ offset: 0, text: 'return null;', kind: 'open', depth: -1 });
  } else if (last.type === 'ExpressionStatement') {
    out.push({ offset: last.expression.start, text: 'return (', kind: 'open', depth: -1 });
    out.push({ offset: last.expression.end, text: ')', kind: 'close', depth: -1 });
  } else if ((last.type === 'FunctionDeclaration' || last.type === 'ClassDeclaration') && last.id) {
    out.push({ offset: last.end, text: `\nreturn ${last.id.name};`, kind: 'close', depth: -1 });
  } else {
    throw new LiveCodeError(
      'Un bloque en vivo debe terminar en una expresión (por ejemplo, JSX como ' +
        '<Output>…</Output>) o en una función componente; si llama a render(…) él mismo, ' +
        'marca el bloque con noInline. / A live block must end in an expression (e.g. JSX) ' +
        'or a component function; a block that calls render(…) itself needs noInline.',
    );
  }
}

/**
 * Turns a live block's TSX into guarded JavaScript, ready for react-live.
 * Throws a `SyntaxError` (from sucrase or acorn) for code that does not parse.
 */
export function transformLiveCode(code: string, options: TransformOptions = {}): string {
  const js = stripTypesAndJsx(code);
  const program = parseProgram(js);
  refuseModules(program);
  const insertions: Insertion[] = [];
  collect(program as unknown as AnyNode, 0, insertions);
  if (options.noInline) return applyInsertions(js, insertions);
  returnLast(program.body as Statement[], insertions);
  return `(() => {${applyInsertions(js, insertions)}\n})()`;
}

/**
 * The transform the page applies. react-live evaluates a noInline block as
 * the body of a function whose parameters are the scope's names, so
 * `const text = …` would clash with the `text` helper ("already
 * declared"); a block around the code lets it shadow them instead.
 * (Inline blocks already run inside their own arrow function.)
 */
export function transformForPage(code: string, options: TransformOptions = {}): string {
  const js = transformLiveCode(code, options);
  return options.noInline ? `{${js}\n}` : js;
}

/** The `transformCode` prop for react-live's `LiveProvider`. */
export function makeTransformCode(options: TransformOptions): (code: string) => string {
  return (code) => transformForPage(code, options);
}
