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
    'return startResponse(estado, cabeceras, excInfo);',
    'return startResponse(estado, cabeceras);',
  );
  assert.notEqual(wrong, EXERCISES.middleware!.solution.es);
  assert.deepEqual(failedNames(EXERCISES.middleware!, wrong), [
    'excInfo llega al servidor (la aplicación cambia a 500)',
  ]);
});

test('a syntax error is reported, not thrown', () => {
  const result = runExercise(EXERCISES.rutas!, 'function crearEnrutador( {', 'es');
  assert.match(result.problem ?? '', /^Tu código no se puede ejecutar/);
  assert.equal(result.cases.length, 0);
});

test('a missing definition is named', () => {
  const result = runExercise(EXERCISES.rutas!, 'const otra = 1;', 'en');
  assert.match(result.problem ?? '', /crearEnrutador/);
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
