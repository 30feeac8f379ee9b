"""The Python side of the homework checker (see python.ts).

Runs a reader's Python answer on CPython: executes it, builds the
application under test with the exercise's Python build(), wraps it in
CPython's own wsgiref.validate.validator and answers each test request as
wsgiref.simple_server would (wsgiref_exchange, in src/python/). Returns
what happened as JSON; python.ts judges it exactly as a TypeScript
answer's results are judged, so both get the same report.
"""
import builtins
import contextlib
import io
import json
import linecache
import sys
import time
import traceback
import warnings
from wsgiref import validate

from wsgiref_exchange import exchange

TEXT = 'text/plain; charset=utf-8'


class CodeTookTooLong(TimeoutError):
    pass


class Budget:
    """Stops the reader's code (only its own frames are traced) once a step runs past its time.

    Each step (defining the names, building, one test request) gets the full
    time; once one has been stopped, the following steps get a tenth of it,
    so an endless loop does not freeze the page once per test.
    """

    def __init__(self, filename, seconds):
        self.filename = filename
        self.seconds = seconds
        self.deadline = 0.0
        self.step_seconds = seconds
        self.tripped = False

    def __enter__(self):
        self.step_seconds = self.seconds / 10 if self.tripped else self.seconds
        self.deadline = time.monotonic() + self.step_seconds
        sys.settrace(self.on_call)
        return self

    def __exit__(self, *exc):
        sys.settrace(None)

    def on_call(self, frame, event, arg):
        if frame.f_code.co_filename != self.filename:
            return None
        self.check()
        return self.on_line

    def on_line(self, frame, event, arg):
        self.check()
        return self.on_line

    def check(self):
        if time.monotonic() > self.deadline:
            self.tripped = True
            raise CodeTookTooLong(
                'Tu código tardó demasiado (¿un bucle infinito?): se detuvo tras %g s. / '
                'Your code took too long (an infinite loop?): stopped after %g s.'
                % (self.step_seconds, self.step_seconds)
            )


def describe(error, filename):
    """Name: message, and the reader's line it came from (as SyntaxError says it)."""
    text = '%s: %s' % (type(error).__name__, error)
    if isinstance(error, SyntaxError):
        return text
    lines = [f.lineno for f in traceback.extract_tb(error.__traceback__) if f.filename == filename]
    return text + (' (%s, line %d)' % (filename, lines[-1]) if lines else '')


class Probe:
    """What one test request went through: the body's blocks on their way and the first exception."""

    def __init__(self):
        self.blocks = []
        self.failure = None

    def note_app(self, block):
        self.blocks.append(['app', block.decode('utf-8', 'replace')])

    def watch(self, run, *args):
        try:
            return run(*args)
        except StopIteration:
            raise
        except BaseException as error:
            if self.failure is None:
                self.failure = '%s: %s' % (type(error).__name__, error)
            raise


class ObservedBody:
    """The validated application's iterable, noting each block the server receives."""

    def __init__(self, result, probe):
        self.result = result
        self.probe = probe
        self.blocks = None

    def __iter__(self):
        return self

    def __next__(self):
        if self.blocks is None:
            self.blocks = self.probe.watch(iter, self.result)
        block = self.probe.watch(next, self.blocks)
        self.probe.blocks.append(['server', block.decode('utf-8', 'replace')])
        return block

    def close(self):
        if hasattr(self.result, 'close'):
            self.probe.watch(self.result.close)


def observed(app, probe):
    def application(environ, start_response):
        return ObservedBody(probe.watch(app, environ, start_response), probe)
    return application


def noted(blocks, note):
    """The inner application's blocks, each noted as produced when the middleware asks for it."""
    for block in blocks:
        note(block)
        yield block


class ClosingBody:
    def __init__(self, blocks, on_close):
        self.blocks = blocks
        self.on_close = on_close

    def __iter__(self):
        return self.blocks

    def close(self):
        self.on_close()


def text_app(body, status='200 OK'):
    def application(environ, start_response):
        start_response(status, [('Content-Type', TEXT)])
        return [body(environ).encode('utf-8')]
    return application


BUILD_HELPERS = {'TEXT': TEXT, 'text_app': text_app, 'noted': noted, 'ClosingBody': ClosingBody, 'sys': sys}


def run_case(app, raw, probe, budget):
    probe.blocks = []
    probe.failure = None
    checked = observed(validate.validator(app), probe)
    printed = io.StringIO()
    with warnings.catch_warnings(), contextlib.redirect_stdout(printed):
        warnings.simplefilter('ignore', validate.WSGIWarning)
        with budget:
            response, errors = exchange(checked, raw)
    return {
        'response': response.decode('latin-1'),
        'errors': errors,
        'printed': printed.getvalue(),
        'blocks': probe.blocks,
        'failure': probe.failure,
    }


def run_homework(task_json):
    task = json.loads(task_json)
    filename = task['filename']
    code = task['code']
    budget = Budget(filename, task['budget'])
    # Lets tracebacks quote the reader's lines.
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
    namespace = {'__name__': '__tarea__', '__builtins__': builtins}
    try:
        compiled = compile(code, filename, 'exec')
        with budget:
            exec(compiled, namespace)
    except BaseException as error:
        return json.dumps({'problem': {'kind': 'compile', 'message': describe(error, filename)}})
    missing = [name for name in task['names'] if name not in namespace]
    if missing:
        return json.dumps({'problem': {'kind': 'missing', 'names': missing}})
    probe = Probe()
    build_namespace = dict(BUILD_HELPERS)
    exec(task['build'], build_namespace)
    try:
        with budget:
            app = build_namespace['build']([namespace[n] for n in task['names']], task['locale'], probe.note_app)
    except BaseException as error:
        return json.dumps({'problem': {'kind': 'build', 'message': describe(error, filename)}})
    cases = [run_case(app, raw.encode('latin-1'), probe, budget) for raw in task['requests']]
    return json.dumps({'problem': None, 'cases': cases})
