// The homework checker on Python answers, run on CPython 3.14 (Pyodide in
// Node): every Python solution passes, the starting code fails, and wrong
// answers fail the test aimed at them with the message of CPython's own
// wsgiref.validate.validator.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { loadPyodide, type PyodideInterface } from 'pyodide';
import type { CheckResult } from './check';
import { casesFor, EXERCISES, type Exercise, type Locale } from './exercises';
import { runPythonExercise, type PythonSources } from './python';
import { PYTHON_EXERCISES } from './pythonExercises';

const SOURCES: PythonSources = {
  homework: readFileSync(new URL('homework.py', import.meta.url), 'utf8'),
  exchange: readFileSync(new URL('../../python/wsgiref_exchange.py', import.meta.url), 'utf8'),
};

let pyodide: PyodideInterface;
before(async () => {
  pyodide = await loadPyodide();
});

function run(id: string, code: string, locale: Locale = 'es'): CheckResult {
  return runPythonExercise(pyodide, SOURCES, EXERCISES[id]!, code, locale);
}

function failed(result: CheckResult): { name: string; failure: string | null }[] {
  assert.equal(result.problem, null, `unexpected problem: ${result.problem}`);
  return result.cases.filter((c) => !c.ok).map((c) => ({ name: c.name, failure: c.failure }));
}

/** The Python solution of an exercise with `from` replaced by `to` (which must be there). */
function broken(id: string, from: string, to: string, locale: Locale = 'es'): string {
  const solution = PYTHON_EXERCISES[id]!.solution[locale];
  const wrong = solution.replace(from, to);
  assert.notEqual(wrong, solution, `${id}: ${from} not found`);
  return wrong;
}

test('every exercise has a Python twin asking for Python names in each locale', () => {
  assert.deepEqual(Object.keys(PYTHON_EXERCISES).sort(), Object.keys(EXERCISES).sort());
  assert.deepEqual(PYTHON_EXERCISES.rutas!.defines, { es: ['crear_enrutador'], en: ['create_router'] });
  assert.deepEqual(PYTHON_EXERCISES.middleware!.defines, { es: ['mayusculas'], en: ['uppercase'] });
});

for (const exercise of Object.values(EXERCISES) as Exercise[]) {
  for (const locale of ['es', 'en'] as const) {
    test(`${exercise.id}: the ${locale} Python solution passes every test`, () => {
      const result = runPythonExercise(pyodide, SOURCES, exercise, PYTHON_EXERCISES[exercise.id]!.solution[locale], locale);
      assert.equal(result.problem, null);
      assert.deepEqual(
        result.cases
          .filter((c) => !c.ok)
          .map((c) => ({ name: c.name, comparisons: c.comparisons.filter((x) => !x.ok), errors: c.errors })),
        [],
      );
      assert.equal(result.passed, casesFor(exercise, 'python').length);
    });

    test(`${exercise.id}: the ${locale} Python starting code fails`, () => {
      const result = runPythonExercise(pyodide, SOURCES, exercise, PYTHON_EXERCISES[exercise.id]!.starter[locale], locale);
      assert.equal(result.problem, null);
      assert.ok(result.passed < result.cases.length, 'the starter must not pass everything');
    });
  }
}

test('Python answers get the same test requests, but not the JavaScript-only pitfall', () => {
  const names = run('rutas', PYTHON_EXERCISES.rutas!.solution.es).cases.map((c) => c.name);
  assert.deepEqual(names, ['GET / va a la ruta vacía', 'GET /hola/mundo: la subaplicación ve SCRIPT_NAME y PATH_INFO desplazados', 'GET /nada responde 404']);
  assert.equal(run('middleware', PYTHON_EXERCISES.middleware!.solution.es).cases.length, EXERCISES.middleware!.cases.length);
});

test('respuesta: a 204 with Content-Type fails with the validator\'s message', () => {
  const wrong = broken('respuesta', "if self.estado[:3] in ('204', '304'):", 'if False:');
  const result = run('respuesta', wrong);
  assert.deepEqual(failed(result), [
    {
      name: '204 No Content: sin cuerpo ni Content-Type',
      failure: 'AssertionError: Content-Type header found in a 204 response, which must not return content.',
    },
  ]);
  // The traceback is in wsgi.errors, quoting the reader's own line.
  const errors = result.cases.find((c) => !c.ok)!.errors;
  assert.match(errors, /File "<tu código>", line \d+, in wsgi\n\s+start_response\(self\.estado, self\.cabeceras\.items\(\)\)/);
  assert.match(errors, /"GET \/vacia HTTP\/1\.1" 500 59/);
});

test('rutas: a str body fails with the validator\'s message', () => {
  const wrong = broken('rutas', "return ['No encontrado'.encode('utf-8')]", "return ['No encontrado']");
  assert.deepEqual(failed(run('rutas', wrong)), [
    { name: 'GET /nada responde 404', failure: "AssertionError: Iterator yielded non-bytestring ('No encontrado')" },
  ]);
});

test('peticion: header names need - turned into _', () => {
  const wrong = broken('peticion', ".replace('-', '_')", '');
  assert.ok(failed(run('peticion', wrong)).some((f) => f.name === 'GET con cadena de consulta y User-Agent'));
});

test('middleware: forgetting close() fails the close test only', () => {
  const wrong = broken('middleware', "if hasattr(self.resultado, 'close'):\n            self.resultado.close()", 'pass');
  assert.deepEqual(failed(run('middleware', wrong)), [{ name: 'close() de la aplicación envuelta se llama', failure: null }]);
});

test('middleware: dropping exc_info turns the controlled error into a server error', () => {
  const wrong = broken('middleware', 'return start_response(estado, cabeceras, exc_info)', 'return start_response(estado, cabeceras)');
  assert.deepEqual(failed(run('middleware', wrong)), [
    { name: 'excInfo llega al servidor (la aplicación cambia a 500)', failure: 'AssertionError: Headers already set!' },
  ]);
});

// Right in every other way, but reads the whole body before sending any of it.
const BUFFERING = `def mayusculas(app):
    def aplicacion(environ, start_response):
        es_texto = False

        def mi_start_response(estado, cabeceras, exc_info=None):
            nonlocal es_texto
            tipo = next((v for n, v in cabeceras if n.lower() == 'content-type'), '')
            es_texto = tipo.startswith('text/')
            if es_texto:
                cabeceras = [(n, v) for n, v in cabeceras if n.lower() != 'content-length']
            return start_response(estado, cabeceras, exc_info)

        resultado = app(environ, mi_start_response)
        try:
            cuerpo = b''.join(resultado)
        finally:
            if hasattr(resultado, 'close'):
                resultado.close()
        return [cuerpo.decode('utf-8').upper().encode('utf-8') if es_texto else cuerpo]
    return aplicacion
`;

// Each block decoded on its own, the application's Content-Length passed on.
const PER_BLOCK_DECODING = `def mayusculas(app):
    def aplicacion(environ, start_response):
        es_texto = False

        def mi_start_response(estado, cabeceras, exc_info=None):
            nonlocal es_texto
            tipo = next((v for n, v in cabeceras if n.lower() == 'content-type'), '')
            es_texto = tipo.startswith('text/')
            return start_response(estado, cabeceras, exc_info)

        resultado = app(environ, mi_start_response)

        def bloques():
            try:
                for bloque in resultado:
                    yield bloque.decode('utf-8', 'replace').upper().encode('utf-8') if es_texto else bloque
            finally:
                if hasattr(resultado, 'close'):
                    resultado.close()

        return bloques()
    return aplicacion
`;

test('middleware: a Python middleware that buffers the whole body fails the streaming test only', () => {
  const result = run('middleware', BUFFERING);
  assert.deepEqual(failed(result), [{ name: 'Cada bloque sale en cuanto llega, sin esperar al cuerpo entero', failure: null }]);
  assert.deepEqual(result.cases.find((c) => !c.ok)!.comparisons, [
    {
      label: 'bloques, en orden',
      expected: 'aplicación "hola, " → servidor "HOLA, " → aplicación "mundo" → servidor "MUNDO"',
      got: 'aplicación "hola, " → aplicación "mundo" → servidor "HOLA, MUNDO"',
      ok: false,
    },
  ]);
});

test('middleware: decoding each Python block on its own breaks a split «ñ» and keeps a stale Content-Length', () => {
  const result = run('middleware', PER_BLOCK_DECODING);
  assert.deepEqual(
    failed(result).map((f) => f.name),
    [
      'Una «ñ» partida entre dos bloques sale entera',
      'El Content-Length de la aplicación no sale: el texto cambiado puede medir otra cosa',
    ],
  );
  const [split, length] = result.cases.filter((c) => !c.ok);
  assert.deepEqual(split!.comparisons.filter((c) => !c.ok), [
    { label: 'cuerpo', expected: '"AÑO"', got: JSON.stringify('A\uFFFD\uFFFDO'), ok: false },
  ]);
  assert.deepEqual(length!.comparisons, [{ label: 'cabecera Content-Length', expected: '(ausente)', got: '4', ok: false }]);
});

test('middleware: the English page runs the same streaming checks on Python', () => {
  const english = (code: string) => code.replaceAll('mayusculas', 'uppercase');
  const names = (code: string) => failed(run('middleware', english(code), 'en')).map((f) => f.name);
  assert.deepEqual(names(BUFFERING), ['Each block goes out as soon as it arrives, without waiting for the whole body']);
  assert.deepEqual(names(PER_BLOCK_DECODING), [
    'An «ñ» split across two blocks comes out whole',
    "The application's Content-Length is not sent: the changed text may have another size",
  ]);
});

test('a Python syntax error is reported, not thrown', () => {
  const result = run('rutas', 'def crear_enrutador(:\n    pass\n');
  assert.match(result.problem ?? '', /^Tu código no se puede ejecutar: SyntaxError: .*\(<tu código>, line 1\)/);
  assert.equal(result.cases.length, 0);
});

test('an error while defining names is reported with the reader\'s line', () => {
  const result = run('rutas', 'x = 1\ny = desconocido\n', 'en');
  assert.equal(result.problem, "Your code cannot run: NameError: name 'desconocido' is not defined (<your code>, line 2)");
});

test('a missing Python definition is named, in the page\'s language', () => {
  assert.equal(run('rutas', 'otra = 1\n').problem, 'No encuentro «crear_enrutador» en tu código: defínelo con ese nombre.');
  assert.equal(
    run('rutas', PYTHON_EXERCISES.rutas!.solution.es, 'en').problem,
    'Cannot find "create_router" in your code: define it with that name.',
  );
});

test('an endless Python loop stops with the time budget and fails the test; the next check works', () => {
  const code = `def crear_enrutador(rutas):
    def aplicacion(environ, start_response):
        while True:
            pass
    return aplicacion
`;
  const result = run('rutas', code);
  assert.equal(result.problem, null);
  assert.equal(result.passed, 0);
  assert.match(result.cases[0]!.failure ?? '', /^CodeTookTooLong: Tu código tardó demasiado/);
  assert.equal(run('rutas', PYTHON_EXERCISES.rutas!.solution.es).passed, 3);
});

test('an endless loop while defining names is stopped too', () => {
  const result = run('rutas', 'while True:\n    pass\n');
  assert.match(result.problem ?? '', /CodeTookTooLong: .*\(<tu código>, line \d\)/);
});

test('an endless loop in every test stops the first one in full time and the others sooner', () => {
  const code = `def mayusculas(app):
    def aplicacion(environ, start_response):
        while True:
            pass
    return aplicacion
`;
  const result = run('middleware', code);
  assert.equal(result.passed, 0);
  const [first, ...others] = result.cases.map((c) => c.failure ?? '');
  assert.match(first!, /^CodeTookTooLong: .*se detuvo tras 2 s/);
  assert.ok(others.length > 0);
  for (const failure of others) assert.match(failure, /^CodeTookTooLong: .*se detuvo tras 0\.2 s/);
});

test("what the reader's Python code prints shows with its test", () => {
  const wrong = broken('rutas', "segmento = shift_path_info(environ) or ''", "segmento = shift_path_info(environ) or ''\n        print('segmento:', repr(segmento))");
  const result = run('rutas', wrong);
  assert.equal(result.passed, 3);
  assert.deepEqual(result.cases.map((c) => c.printed), ["segmento: ''\n", "segmento: 'hola'\n", "segmento: 'nada'\n"]);
  assert.equal(run('rutas', PYTHON_EXERCISES.rutas!.solution.es).cases[0]!.printed, undefined);
});
