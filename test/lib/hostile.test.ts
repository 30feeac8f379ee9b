// Hostile input, part 1: every malformed or hostile request of
// test/lib/fixtures/hostile/corpus.json, sent over a real socket to
// lib/simple_server.ts. The oracle is what Python's own
// wsgiref.simple_server answered to the same bytes (python-responses.json,
// recorded by record.py), adapted to 3.14 where documented. After every
// case the server must still answer a normal GET.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeServer, WSGIRequestHandler, WSGIServer } from '../../lib/simple_server';
import type { ErrorStream } from '../../lib/types';
import {
  assertWellFormed,
  buildRequest,
  captureProcessStderr,
  echoApp,
  heapAfterGc,
  loadCorpus,
  normalise,
  sendRaw,
  serverLog,
  toPython314,
  watchProcess,
} from './fixtures/hostile/client';

const REQUEST_TIMEOUT_MS = 600;
const MAX_BODY = 1024 * 1024;

class LoggedHandler extends WSGIRequestHandler {
  override getStderr(): ErrorStream {
    return serverLog;
  }
}

const { cases, python, results } = loadCorpus();
const baselineRequest = 'GET / HTTP/1.0\r\nHost: x\r\n\r\n';

describe(`hostile corpus (${cases.length} cases, oracle: Python ${python})`, () => {
  let server: WSGIServer;
  let serving: Promise<void>;
  let watch: ReturnType<typeof watchProcess>;
  let stderr: ReturnType<typeof captureProcessStderr>;
  let heapBefore = 0;

  before(async () => {
    assert.ok(cases.length >= 50, 'the corpus has at least 50 cases');
    watch = watchProcess();
    stderr = captureProcessStderr();
    server = await makeServer('127.0.0.1', 0, echoApp, WSGIServer, LoggedHandler, {
      requestTimeout: REQUEST_TIMEOUT_MS,
      maxBodySize: MAX_BODY,
    });
    serving = server.serveForever();
    await sendRaw(server.serverPort, baselineRequest); // warm up before measuring the heap
    heapBefore = heapAfterGc();
  });

  after(async () => {
    await server.shutdown();
    await serving;
    await server.serverClose();
    stderr.stop();
    watch.stop();
  });

  for (const testCase of cases) {
    it(testCase.name, async () => {
      const request = buildRequest(testCase.parts);
      const got = await sendRaw(server.serverPort, request, { halfClose: testCase.halfClose });
      assert.notEqual(got.end, 'timeout', 'the server closes the connection');
      const context = `${testCase.name} (${testCase.note || 'no note'})`;
      if (testCase.port === 'python') {
        const expected = toPython314(results[testCase.name]!.response);
        assert.equal(normalise(got.data), expected, `${context}: same bytes as Python`);
      } else if (testCase.port.startsWith('status:')) {
        const code = testCase.port.slice('status:'.length);
        assert.match(got.data.toString('latin1', 0, 200), new RegExp(`^HTTP/1\\.0 ${code} `), context);
        assertWellFormed(got.data, context);
      } else {
        assert.equal(testCase.port, 'wellformed');
        assertWellFormed(got.data, context);
      }
      if (got.data.length > 0 && got.data.toString('latin1', 0, 5) === 'HTTP/') {
        assert.match(got.data.toString('latin1'), /\r\nServer: WSGIServer\/0\.2 Node\.js\/\d+\.\d+\.\d+\r\n/);
      }
      const check = await sendRaw(server.serverPort, baselineRequest);
      assert.equal(normalise(check.data), toPython314(results['baseline GET']!.response), 'a normal GET afterwards');
    });
  }

  it('nothing crashed, nothing escaped, the heap stayed bounded', () => {
    assert.deepEqual(watch.problems, [], 'no unhandledRejection / uncaughtException');
    assert.doesNotMatch(stderr.text(), /Exception occurred during processing/, 'no unexpected error in WSGIServer');
    assert.doesNotMatch(serverLog.getvalue(), /Traceback|Error:/, 'no application error in the log');
    const grown = heapAfterGc() - heapBefore;
    assert.ok(grown < 32 * 1024 * 1024, `heap grew by ${(grown / 2 ** 20).toFixed(1)} MiB`);
  });
});
