import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runBlockWith } from './blockRunner';
import { pyodide as nodePython, pythonSource } from '../../test/python/cpython';

const runner = pythonSource('runner.py');
const run = async (code: string, options = {}) => runBlockWith(await nodePython(), runner, code, options);

test('print y las expresiones sueltas salen como en el intérprete / print and bare expressions as in the REPL', async () => {
  const result = await run("import sys\nprint('hola', end='')\n1 + 1\nNone\n'x'\nsys.version_info[:2]\n");
  assert.equal(result.stdout, "hola2\n'x'\n(3, 14)\n");
  assert.equal(result.stderr, '');
  assert.equal(result.traceback, undefined);
});

test('stderr aparte / stderr apart', async () => {
  const result = await run("import sys\nsys.stderr.write('aviso\\n')\nprint('ok')");
  assert.equal(result.stdout, '6\nok\n');
  assert.equal(result.stderr, 'aviso\n');
});

test('la traza es la de Python, sin el marco del ejecutor / the traceback is Python\'s, without the runner frame', async () => {
  const result = await run("print('antes')\ndef f():\n    return 1 / 0\nf()\n");
  assert.equal(result.stdout, 'antes\n');
  assert.equal(
    result.traceback,
    [
      'Traceback (most recent call last):',
      '  File "<ejemplo>", line 4, in <module>',
      '    f()',
      '    ~^^',
      '  File "<ejemplo>", line 3, in f',
      '    return 1 / 0',
      '           ~~^~~',
      'ZeroDivisionError: division by zero',
      '',
    ].join('\n'),
  );
});

test('un error de sintaxis también se muestra / a syntax error is shown too', async () => {
  const result = await run('def f(:\n  pass\n');
  assert.match(result.traceback ?? '', /File "<ejemplo>", line 1\n\s+def f\(:\n.*\nSyntaxError: /);
});

test('cada ejecución empieza de cero; el preludio da los nombres de los bloques anteriores / fresh namespace; prelude', async () => {
  await run('x = 1');
  const fresh = await run('x');
  assert.match(fresh.traceback ?? '', /NameError: name 'x' is not defined/);
  const continued = await run('x + 1', { prelude: ["x = 41\nprint('oculto')"] });
  assert.equal(continued.stdout, '42\n');
});

test('un bucle sin fin se detiene / an endless loop is stopped', async () => {
  const result = await run('while True:\n    pass\n', { timeLimit: 0.3 });
  assert.match(result.traceback ?? '', /BlockTimeout: el bloque tardó más de 0.3 s/);
  const after = await run("print('sigue')");
  assert.equal(after.stdout, 'sigue\n');
});

test('input() no abre nada: EOFError / input() opens nothing: EOFError', async () => {
  const py = await nodePython();
  py.setStdin({ error: true });
  const result = await run('input()');
  assert.match(result.traceback ?? '', /EOFError|OSError/);
});

test('sys.exit() termina como un script; unittest.main() encuentra las pruebas / sys.exit ends like a script; unittest finds tests', async () => {
  const exit = await run("import sys\nprint('a')\nsys.exit(3)\nprint('b')");
  assert.deepEqual(exit, { stdout: 'a\n', stderr: '', exitCode: 3 });
  const tests = await run(
    'import unittest\nclass T(unittest.TestCase):\n    def test_ok(self):\n        self.assertEqual(1, 1)\nunittest.main()\n',
  );
  assert.equal(tests.traceback, undefined);
  assert.equal(tests.exitCode, 0);
  assert.match(tests.stderr, /Ran 1 test/);
  assert.match(tests.stderr, /\nOK\n$/);
});
