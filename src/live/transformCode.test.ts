import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transformLiveCode, LiveCodeError } from './transformCode';
import { createGuard, GUARD_NAME, LiveTimeoutError, type LiveGuard } from './guard';

/** Runs transformed code the way react-live does: a Function over the scope. */
function run(code: string, options: { noInline?: boolean } = {}, guard?: LiveGuard): unknown {
  const g = guard ?? createGuard({ budgetMs: 50, scheduleReset: () => undefined });
  const js = transformLiveCode(code, options);
  const body = options.noInline ? js : `return (${js})`;
  const React = { createElement: (type: unknown, props: unknown, ...children: unknown[]) => ({ type, props, children }) };
  let rendered: unknown;
  const render = (element: unknown): void => {
    rendered = element;
  };
  const value = new Function('React', GUARD_NAME, 'render', body)(React, g, render);
  return options.noInline ? rendered : value;
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

test('every kind of loop gets a guard call', () => {
  const js = transformLiveCode(
    [
      'for (let i = 0; i < 1; i++) {}',
      'for (const k in {}) {}',
      'for (const v of []) {}',
      'while (false) {}',
      'do {} while (false);',
      'null',
    ].join('\n'),
  );
  assert.equal(count(js, `${GUARD_NAME}()`), 5);
});

test('a loop body without braces gets braces, and still runs', () => {
  const js = transformLiveCode('let n = 0; for (let i = 0; i < 3; i++) n += i; n', {});
  assert.match(js, /\{__liveGuard\(\);n \+= i;\}/);
  assert.equal(run('let n = 0; for (let i = 0; i < 3; i++) n += i; n'), 3);
  assert.equal(run('let x = 0; do x++; while (x < 4)\nx'), 4);
  assert.equal(run('let s = 0; if (true) while (s < 2) s++; else s = -1;\ns'), 2);
});

test('labels, continue and nested loops keep working', () => {
  const code = `const out: number[] = [];
outer: for (const a of [1, 2, 3])
  for (let b = 0; b < 3; b++) {
    if (b === 1) continue outer;
    if (a === 3) break outer;
    out.push(a * 10 + b);
  }
out`;
  assert.deepEqual(run(code), [10, 20]);
});

test('strings, comments, regular expressions and templates are left alone', () => {
  const code = [
    'const s = "while (true) {}";',
    "const t = `for (;;) ${'{'}`;",
    '// for (;;) {}',
    '/* while (1) {} */',
    'const r = /for\\s*\\(;;\\)\\{/g;',
    '[s, t, r.source]',
  ].join('\n');
  const js = transformLiveCode(code);
  assert.equal(count(js, GUARD_NAME), 0);
  assert.deepEqual(run(code), ['while (true) {}', 'for (;;) {', 'for\\s*\\(;;\\)\\{']);
});

test('TypeScript and JSX are stripped', () => {
  const value = run('const n: number = 2; interface P { a: string }\n<b title={`x${n as number}`}>hi</b>') as {
    type: string;
    props: { title: string };
  };
  assert.equal(value.type, 'b');
  assert.equal(value.props.title, 'x2');
});

test('inline blocks may have statements before the final expression', () => {
  assert.equal(run('const a = 2;\nconst b = 3;\na * b'), 6);
  assert.equal((run('<p/>') as { type: string }).type, 'p');
});

test('an inline block ending in a function or class returns it', () => {
  const value = run('const greet = "hola";\nfunction Demo() { return greet; }');
  assert.equal(typeof value, 'function');
  assert.equal((value as () => string)(), 'hola');
  assert.equal(typeof run('class Box {}'), 'function');
});

test('an inline block ending in a statement is refused with a Spanish message', () => {
  assert.throws(() => transformLiveCode('const a = 1;'), (error: unknown) => {
    assert.ok(error instanceof LiveCodeError);
    assert.match((error as Error).message, /debe terminar en una expresión/);
    return true;
  });
});

test('noInline blocks run as statements and call render', () => {
  assert.equal(run('const x: string = "ok";\nrender(x);', { noInline: true }), 'ok');
});

test('import and export are refused with a Spanish message', () => {
  assert.throws(() => transformLiveCode("import { Headers } from 'x';\n<p>{String(Headers)}</p>"), /no usan import/);
  assert.throws(() => transformLiveCode('export const a = 1;\nrender(a);', { noInline: true }), /no usan import/);
});

test('syntax errors surface as SyntaxError with a position', () => {
  assert.throws(() => transformLiveCode('const = 1;\n<p/>'), (error: unknown) => {
    assert.ok(error instanceof SyntaxError);
    assert.match((error as Error).message, /\(1:\d+\)/);
    return true;
  });
});

test('while (true) {} stops with LiveTimeoutError instead of hanging', () => {
  const started = Date.now();
  assert.throws(() => run('while (true) {}\nnull'), (error: unknown) => {
    assert.ok(error instanceof LiveTimeoutError);
    assert.match((error as Error).message, /tardó demasiado.*\/ The example took too long/s);
    return true;
  });
  assert.ok(Date.now() - started < 2000);
});

test('an endless loop with an empty body and no braces stops too', () => {
  assert.throws(() => run('for (;;);\nnull'), LiveTimeoutError);
  assert.throws(() => run('let i = 0; do ; while (true)\nnull'), LiveTimeoutError);
});

test('catching the timeout inside an outer loop does not keep the tab busy', () => {
  const code = 'for (;;) { try { while (true) {} } catch (e) {} }\nnull';
  assert.throws(() => run(code), LiveTimeoutError);
});

test('runaway recursion without loops is stopped by the function guard', () => {
  // Exponential recursion: no loop, never overflows the stack, takes ages.
  const code = 'const fib = (n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2));\nfib(60)';
  assert.throws(() => run(code), LiveTimeoutError);
});

test('the guard sits after a "use strict" directive, keeping it a directive', () => {
  const value = run('function f() { "use strict"; return this; }\nf()');
  assert.equal(value, undefined);
});

test('arrow functions with expression bodies keep their value (object literals too)', () => {
  assert.deepEqual(run('const f = () => ({ a: 1 });\nf()'), { a: 1 });
  assert.equal(run('const add = (a: number) => (b: number) => a + b;\nadd(1)(2)'), 3);
});

test('async loops of microtasks are still counted against the budget', async () => {
  let resetCount = 0;
  const guard = createGuard({ budgetMs: 30, scheduleReset: () => void resetCount++ });
  const js = transformLiveCode('async function spin() { while (true) { await null; } }\nspin()');
  const promise = new Function(GUARD_NAME, `return (${js})`)(guard) as Promise<void>;
  await assert.rejects(promise, LiveTimeoutError);
  assert.equal(resetCount, 1);
});
