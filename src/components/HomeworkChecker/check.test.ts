// The homework checker: every exercise's solution passes every test, the
// starting code fails, and typical wrong answers fail the test aimed at them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseResponse, runExercise } from './check';
import { EXERCISES, type Exercise } from './exercises';

function failedNames(exercise: Exercise, code: string): string[] {
  const result = runExercise(exercise, code, 'es');
  assert.equal(result.problem, null, `unexpected problem: ${result.problem}`);
  return result.cases.filter((c) => !c.ok).map((c) => c.name);
}

for (const exercise of Object.values(EXERCISES)) {
  for (const locale of ['es', 'en'] as const) {
    test(`${exercise.id}: the ${locale} solution passes every test`, () => {
      const result = runExercise(exercise, exercise.solution[locale], locale);
      assert.equal(result.problem, null);
      const failures = result.cases.filter((c) => !c.ok);
      assert.deepEqual(
        failures.map((c) => ({ name: c.name, comparisons: c.comparisons.filter((x) => !x.ok), errors: c.errors })),
        [],
      );
      assert.equal(result.passed, exercise.cases.length);
    });

    test(`${exercise.id}: the ${locale} starting code fails`, () => {
      const result = runExercise(exercise, exercise.starter[locale], locale);
      assert.equal(result.problem, null);
      assert.ok(result.passed < exercise.cases.length, 'the starter must not pass everything');
    });
  }
}

test('rutas: indexing the routes object lets inherited names through', () => {
  const wrong = EXERCISES.rutas!.solution.es.replace('Object.hasOwn(rutas, segmento)', 'rutas[segmento]');
  assert.notEqual(wrong, EXERCISES.rutas!.solution.es);
  assert.deepEqual(failedNames(EXERCISES.rutas!, wrong), [
    'GET /constructor no es una ruta (propiedad heredada)',
  ]);
});

test('peticion: header names need - turned into _', () => {
  const wrong = EXERCISES.peticion!.solution.es.replace(".replaceAll('-', '_')", '');
  assert.notEqual(wrong, EXERCISES.peticion!.solution.es);
  const failed = failedNames(EXERCISES.peticion!, wrong);
  assert.ok(failed.includes('GET con cadena de consulta y User-Agent'), failed.join('; '));
});

test('respuesta: a 204 with Content-Type is refused by the validator', () => {
  const wrong = EXERCISES.respuesta!.solution.es.replace("if (codigo === '204' || codigo === '304')", 'if (false)');
  assert.notEqual(wrong, EXERCISES.respuesta!.solution.es);
  const result = runExercise(EXERCISES.respuesta!, wrong, 'es');
  const failed = result.cases.filter((c) => !c.ok);
  assert.deepEqual(
    failed.map((c) => c.name),
    ['204 No Content: sin cuerpo ni Content-Type'],
  );
  // The reader sees why: the validator's message is in wsgi.errors.
  assert.match(failed[0]!.errors, /Content-Type/);
});

test('middleware: forgetting close() fails the close test only', () => {
  const wrong = EXERCISES.middleware!.solution.es.replace(
    "if (typeof resultado.close === 'function') resultado.close();",
    '',
  );
  assert.notEqual(wrong, EXERCISES.middleware!.solution.es);
  assert.deepEqual(failedNames(EXERCISES.middleware!, wrong), [
    'close() de la aplicación envuelta se llama',
  ]);
});

test('middleware: dropping excInfo turns the controlled error into a server error', () => {
  const wrong = EXERCISES.middleware!.solution.es.replace(
    'return startResponse(estado, salida, excInfo);',
    'return startResponse(estado, salida);',
  );
  assert.notEqual(wrong, EXERCISES.middleware!.solution.es);
  assert.deepEqual(failedNames(EXERCISES.middleware!, wrong), [
    'excInfo llega al servidor (la aplicación cambia a 500)',
  ]);
});

// The model solution before issue 9: each block decoded on its own, the
// application's Content-Length passed on.
const PER_BLOCK_DECODING = `function mayusculas(app) {
  return (environ, startResponse) => {
    let esTexto = false;
    const miStartResponse = (estado, cabeceras, excInfo) => {
      const tipo = cabeceras.find(([nombre]) => nombre.toLowerCase() === 'content-type');
      esTexto = tipo !== undefined && tipo[1].startsWith('text/');
      return startResponse(estado, cabeceras, excInfo);
    };
    const resultado = app(environ, miStartResponse);
    return {
      *[Symbol.iterator]() {
        for (const bloque of resultado) {
          yield esTexto ? bytes(text(bloque).toUpperCase()) : bloque;
        }
      },
      close() {
        if (typeof resultado.close === 'function') resultado.close();
      },
    };
  };
}`;

// Right in every other way, but reads the whole body before sending any of it.
const BUFFERING = `function mayusculas(app) {
  return (environ, startResponse) => {
    let esTexto = false;
    const miStartResponse = (estado, cabeceras, excInfo) => {
      const tipo = cabeceras.find(([nombre]) => nombre.toLowerCase() === 'content-type');
      esTexto = tipo !== undefined && tipo[1].startsWith('text/');
      const salida = cabeceras.filter(([nombre]) => !esTexto || nombre.toLowerCase() !== 'content-length');
      return startResponse(estado, salida, excInfo);
    };
    const resultado = app(environ, miStartResponse);
    try {
      const bloques = [...resultado];
      return esTexto ? [bytes(text(bloques).toUpperCase())] : bloques;
    } finally {
      if (typeof resultado.close === 'function') resultado.close();
    }
  };
}`;

test('middleware: a middleware that buffers the whole body fails the streaming test only', () => {
  const result = runExercise(EXERCISES.middleware!, BUFFERING, 'es');
  const failed = result.cases.filter((c) => !c.ok);
  assert.deepEqual(
    failed.map((c) => c.name),
    ['Cada bloque sale en cuanto llega, sin esperar al cuerpo entero'],
  );
  assert.deepEqual(failed[0]!.comparisons, [
    {
      label: 'bloques, en orden',
      expected: 'aplicación "hola, " → servidor "HOLA, " → aplicación "mundo" → servidor "MUNDO"',
      got: 'aplicación "hola, " → aplicación "mundo" → servidor "HOLA, MUNDO"',
      ok: false,
    },
  ]);
});

test('middleware: decoding each block on its own breaks a split «ñ» and keeps a stale Content-Length', () => {
  const result = runExercise(EXERCISES.middleware!, PER_BLOCK_DECODING, 'es');
  const failed = result.cases.filter((c) => !c.ok);
  assert.deepEqual(failed.map((c) => c.name), [
    'Una «ñ» partida entre dos bloques sale entera',
    'El Content-Length de la aplicación no sale: el texto cambiado puede medir otra cosa',
  ]);
  assert.deepEqual(failed[0]!.comparisons.filter((c) => !c.ok), [
    { label: 'cuerpo', expected: '"AÑO"', got: JSON.stringify('A\uFFFD\uFFFDO'), ok: false },
  ]);
  assert.deepEqual(failed[1]!.comparisons, [
    { label: 'cabecera Content-Length', expected: '(ausente)', got: '4', ok: false },
  ]);
});

test('middleware: the English page runs the same streaming checks', () => {
  const english = (code: string) => code.replaceAll('mayusculas', 'uppercase');
  const names = (code: string) =>
    runExercise(EXERCISES.middleware!, english(code), 'en').cases.filter((c) => !c.ok).map((c) => c.name);
  assert.deepEqual(names(BUFFERING), [
    'Each block goes out as soon as it arrives, without waiting for the whole body',
  ]);
  assert.deepEqual(names(PER_BLOCK_DECODING), [
    'An «ñ» split across two blocks comes out whole',
    "The application's Content-Length is not sent: the changed text may have another size",
  ]);
});

test('a validator refusal is reported as the test\'s exception, with the validator\'s message', () => {
  const wrong = EXERCISES.respuesta!.solution.es.replace("if (codigo === '204' || codigo === '304')", 'if (false)');
  const result = runExercise(EXERCISES.respuesta!, wrong, 'es');
  const failed = result.cases.find((c) => !c.ok)!;
  assert.match(failed.failure ?? '', /^WSGIAssertionError: .*Content-Type header found in a 204 response/);
  assert.ok(result.cases.filter((c) => c.ok).every((c) => c.failure === null));
});

test('a syntax error is reported, not thrown', () => {
  const result = runExercise(EXERCISES.rutas!, 'function crearEnrutador( {', 'es');
  assert.match(result.problem ?? '', /^Tu código no se puede ejecutar/);
  assert.equal(result.cases.length, 0);
});

test('a missing definition is named, in the page\'s language', () => {
  assert.match(runExercise(EXERCISES.rutas!, 'const otra = 1;', 'es').problem ?? '', /«crearEnrutador»/);
  assert.match(runExercise(EXERCISES.rutas!, 'const other = 1;', 'en').problem ?? '', /"createRouter"/);
});

const ENGLISH_NAMES: Record<string, string> = {
  rutas: 'createRouter',
  peticion: 'Request',
  respuesta: 'Response',
  middleware: 'uppercase',
};

for (const [id, name] of Object.entries(ENGLISH_NAMES)) {
  const exercise = EXERCISES[id]!;

  test(`${id}: the English page asks for ${name} and its solution defines it`, () => {
    assert.deepEqual(exercise.defines.en, [name]);
    assert.match(exercise.solution.en, new RegExp(`(function|class) ${name}\\b`));
    assert.match(exercise.starter.en, new RegExp(`(function|class) ${name}\\b`));
    assert.equal(runExercise(exercise, exercise.solution.en, 'en').passed, exercise.cases.length);
  });

  test(`${id}: each page wants its own names`, () => {
    const onEnglish = runExercise(exercise, exercise.solution.es, 'en');
    assert.equal(onEnglish.problem, `Cannot find "${name}" in your code: define it with that name.`);
    const onSpanish = runExercise(exercise, exercise.solution.en, 'es');
    assert.match(onSpanish.problem ?? '', new RegExp(`^No encuentro «${exercise.defines.es[0]}»`));
  });
}

test('Request and Response are reported missing even though fetch defines them globally', () => {
  for (const id of ['peticion', 'respuesta']) {
    const result = runExercise(EXERCISES[id]!, 'const nothing = 1;', 'en');
    assert.match(result.problem ?? '', /^Cannot find "(Request|Response)"/);
  }
});

function failedNamesEn(exercise: Exercise, code: string): string[] {
  const result = runExercise(exercise, code, 'en');
  assert.equal(result.problem, null, `unexpected problem: ${result.problem}`);
  return result.cases.filter((c) => !c.ok).map((c) => c.name);
}

test('English wrong answers fail the test aimed at them', () => {
  const sol = (id: string) => EXERCISES[id]!.solution.en;
  const cases: [string, string, string, string[]][] = [
    ['rutas', 'Object.hasOwn(routes, segment)', 'routes[segment]', ['GET /constructor is not a route (inherited property)']],
    ['rutas', "bytes('Not found')", "bytes('No encontrado')", ['GET /nada answers 404', 'GET /constructor is not a route (inherited property)']],
    ['respuesta', "if (code === '204' || code === '304')", 'if (false)', ['204 No Content: no body, no Content-Type']],
    [
      'middleware',
      "if (typeof result.close === 'function') result.close();",
      '',
      ["The wrapped application's close() is called"],
    ],
  ];
  for (const [id, from, to, expected] of cases) {
    const wrong = sol(id).replace(from, to);
    assert.notEqual(wrong, sol(id), `${id}: ${from} not found`);
    assert.deepEqual(failedNamesEn(EXERCISES[id]!, wrong), expected);
  }
  const noUnderscore = sol('peticion').replace(".replaceAll('-', '_')", '');
  assert.notEqual(noUnderscore, sol('peticion'));
  assert.ok(failedNamesEn(EXERCISES.peticion!, noUnderscore).includes('GET with a query string and User-Agent'));
});

test('the English request test reports English member names', () => {
  const result = runExercise(EXERCISES.peticion!, EXERCISES.peticion!.solution.en, 'en');
  const labels = result.cases.flatMap((c) => c.comparisons.map((x) => x.label));
  assert.ok(labels.includes("header('user-agent')"), labels.join('; '));
  assert.ok(labels.includes('body()'));
  assert.ok(labels.includes('method'));
  assert.ok(!labels.some((l) => /cabecera|cuerpo|metodo/.test(l)), labels.join('; '));
});

test('an endless loop in the answer stops with the live guard and fails the test', () => {
  const code = `function crearEnrutador(rutas) {
    return (environ, startResponse) => { while (true) {} };
  }`;
  const result = runExercise(EXERCISES.rutas!, code, 'es');
  assert.equal(result.problem, null);
  assert.equal(result.passed, 0);
  assert.match(result.cases[0]!.errors, /LiveTimeoutError|tardó demasiado/);
});

test('parseResponse splits status, headers and body', () => {
  const raw = new TextEncoder().encode('HTTP/1.0 200 OK\r\nA: 1\r\nB:  dos \r\n\r\ncuerpo');
  const parsed = parseResponse(raw);
  assert.equal(parsed.status, '200 OK');
  assert.deepEqual(parsed.headers, [
    ['A', '1'],
    ['B', 'dos'],
  ]);
  assert.equal(new TextDecoder().decode(parsed.body), 'cuerpo');
});
