// The example harness itself: it must see every kind of failure a page
// would show, and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLiveBlock } from './harness';
import { findLiveBlocks } from './findBlocks';
import { LiveTimeoutError } from '../../src/live/guard';

const APP = `const app = (environ, startResponse) => {
  startResponse('200 OK', [['Content-Type', 'text/plain; charset=utf-8']]);
  return [bytes('¡Hola!')];
};
`;

test('an inline block with statements renders <Output>', () => {
  const run = runLiveBlock("const h = new Headers([['A', 'b']]);\n<Output>{h.toString()}</Output>\n");
  assert.equal(run.error, undefined);
  assert.match(run.html ?? '', /A: b/);
});

test('Output shows bytes as text and as Python bytes', () => {
  const run = runLiveBlock("<Output>{bytes('ñ\\r\\n')}</Output>");
  assert.equal(run.error, undefined);
  assert.match(run.html ?? '', /b&#x27;\\xc3\\xb1\\r\\n&#x27;/);
});

test('a noInline block renders what it passes to render()', () => {
  const run = runLiveBlock(`${APP}render(<HttpExchange app={app} />);`, 'live noInline');
  assert.equal(run.error, undefined);
  assert.match(run.html ?? '', /HTTP\/1\.0 200 OK/);
  assert.match(run.html ?? '', /¡Hola!/);
});

test('a block may reuse a scope name (text, bytes, Headers…) for its own variable', () => {
  const noInline = runLiveBlock("const text = 'propio';\nrender(<Output>{text}</Output>);", 'live noInline');
  assert.equal(noInline.error, undefined);
  assert.match(noInline.html ?? '', /propio/);
  const inline = runLiveBlock("const bytes = 3;\n<Output>{bytes}</Output>");
  assert.equal(inline.error, undefined);
});

test('a syntax error is an error', () => {
  assert.ok(runLiveBlock('const = ;\n<p/>').error instanceof SyntaxError);
});

test('an exception while evaluating is an error', () => {
  const run = runLiveBlock("throw new TypeError('mal');\nrender(<p/>);", 'live noInline');
  assert.match(String(run.error), /TypeError: mal/);
});

test('an exception while rendering is an error', () => {
  const run = runLiveBlock('function Demo() { return (null as any).x; }');
  assert.match(String(run.error), /TypeError/);
});

test('a validator violation is an error', () => {
  const code = `const bad = validator((environ, startResponse) => { startResponse('200', []); return []; });
const environ = {}; setupTestingDefaults(environ);
bad(environ, () => () => undefined);
<p/>`;
  const run = runLiveBlock(code);
  assert.equal((run.error as Error | undefined)?.name, 'WSGIAssertionError');
});

test('an endless loop ends in LiveTimeoutError', () => {
  assert.ok(runLiveBlock('while (true) {}\n<p/>').error instanceof LiveTimeoutError);
});

test('a noInline block that never calls render is an error', () => {
  assert.match(String(runLiveBlock('const a = 1;\nrender', 'live noInline').error), /render/);
});

test('an app that raises is a 500 shown by HttpExchange, not a block error', () => {
  const code = "const app = () => { throw new Error('¡bum!'); };\n<HttpExchange app={app} />";
  const run = runLiveBlock(code);
  assert.equal(run.error, undefined);
  assert.match(run.html ?? '', /500 Internal Server Error/);
  assert.match(run.html ?? '', /¡bum!/);
});

test('an error panel in the rendered page counts as an error', () => {
  // A request that is not latin-1 cannot be sent: HttpExchange shows a panel.
  const run = runLiveBlock(`${APP}<HttpExchange app={app} request={'GET /€ HTTP/1.1\\r\\n\\r\\n'} />`);
  assert.match(String(run.error), /Panel de error/);
});

test('findLiveBlocks finds indented, tilde and meta-rich fences, and skips nested examples', () => {
  const page = [
    '# Página', //                                   1
    '<TabItem value="ts">', //                       2
    '', //                                           3
    '  ```tsx live noInline showsError', //          4
    '  render(<p/>);', //                            5
    '    indented();', //                            6
    '  ```', //                                      7
    '</TabItem>', //                                 8
    '````md', //                                     9
    '```tsx live', //                               10
    'not a block', //                               11
    '```', //                                       12
    '````', //                                      13
    '~~~jsx live', //                               14
    '<b/>', //                                      15
    '~~~', //                                       16
    '```python', //                                 17
    'while True: pass', //                          18
    '```', //                                       19
  ].join('\n');
  const blocks = findLiveBlocks('p.mdx', page);
  assert.deepEqual(
    blocks.map((b) => [b.line, b.language, b.meta, b.code]),
    [
      [4, 'tsx', 'live noInline showsError', 'render(<p/>);\n  indented();\n'],
      [14, 'jsx', 'live', '<b/>\n'],
    ],
  );
});
