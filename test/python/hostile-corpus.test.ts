// The hostile corpus (test/lib/fixtures/hostile/) was recorded over real
// sockets from Python 3.13's simple_server (python-responses.json, the
// oracle of test/lib/hostile.test.ts, adapted to 3.14 by toPython314).
// This replays every case through CPython 3.14's own simple_server
// handler (src/python/wsgiref_exchange.py in Pyodide) and checks that the
// recorded answers, so adapted, are still what CPython 3.14 says, except
// where a declared difference (known-differences.ts) says otherwise.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';

import { buildRequest, loadCorpus, normalise, toPython314 } from '../lib/fixtures/hostile/client';
import { REPO_ROOT, WSGIREF_EXCHANGE, cpython } from './cpython';
import { type DifferenceName, KNOWN_DIFFERENCES } from './known-differences';

const { cases, python: recordedWith, results } = loadCorpus();

const PYTHON = String.raw`
import json
from wsgiref_exchange import exchange
from echo_app import echo_app
answers = {}
for name, text in json.loads(requests).items():
    response, stderr = exchange(echo_app, text.encode('latin-1'))
    answers[name] = response.decode('latin-1')
json.dumps(answers)
`;

/**
 * Cases where Python 3.13.0 (the recording) and CPython 3.14 differ. The
 * port keeps the recorded answer (test/lib/hostile.test.ts checks it).
 */
const NOT_RECORDED_BEHAVIOUR: Record<string, DifferenceName> = {
  // 3.13.0 predates gh-70765: it waited for headers, then answered.
  'HTTP/0.9 GET': 'http09Request',
};

let python314: Record<string, string>;
before(async () => {
  const interpreter = await cpython();
  interpreter.loadModule('wsgiref_exchange', WSGIREF_EXCHANGE);
  interpreter.loadModule('echo_app', join(REPO_ROOT, 'test', 'lib', 'fixtures', 'hostile', 'echo_app.py'));
  const requests = Object.fromEntries(cases.map((c) => [c.name, Buffer.from(buildRequest(c.parts)).toString('latin1')]));
  python314 = JSON.parse(String(interpreter.run(PYTHON, { globals: { requests: JSON.stringify(requests) } }).value));
});

test(`hostile corpus: the answers recorded with Python ${recordedWith} hold in CPython 3.14`, async (t) => {
  assert.ok(cases.length >= 50, 'the corpus has at least 50 cases');
  for (const testCase of cases) {
    await t.test(testCase.name, () => {
      const answer = normalise(Buffer.from(python314[testCase.name]!, 'latin1'));
      const difference = NOT_RECORDED_BEHAVIOUR[testCase.name];
      if (difference === undefined) {
        assert.equal(answer, toPython314(results[testCase.name]!.response));
      } else {
        assert.equal(answer, '', `${difference}: ${KNOWN_DIFFERENCES[difference].python}`);
        assert.notEqual(results[testCase.name]!.response, '', 'the recording has the answer the port keeps');
      }
    });
  }
});
