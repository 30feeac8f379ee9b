"""Runs one code block of a guide page the way Python's interactive
interpreter would: each top-level expression statement shows its value
(sys.displayhook), print() writes to stdout, and an uncaught exception
prints its traceback, without the runner's own frame.

The block runs as the __main__ module (unittest.main() finds its tests),
and sys.exit() ends it as it ends a script: no traceback, an exit code.
The page calls run_block(); it returns
(stdout, stderr, traceback or None, exit code or None).
"""
import ast
import builtins
import contextlib
import io
import linecache
import sys
import time
import traceback
import types

BLOCK_FILENAME = '<ejemplo>'
PRELUDE_FILENAME = '<bloque anterior>'
TIME_LIMIT_SECONDS = 10


class BlockTimeout(Exception):
    """The block ran longer than the page allows (a loop that never ends?)."""


def _remember_source(filename, source):
    # Tracebacks quote the offending line, as they do for a file on disk.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)


def _time_guard(limit):
    deadline = time.monotonic() + limit
    events = 0

    def trace(frame, event, arg):
        nonlocal events
        events += 1
        if events % 1000 == 0 and time.monotonic() > deadline:
            raise BlockTimeout(
                f'el bloque tardó más de {limit} s y se detuvo / '
                f'the block ran for more than {limit} s and was stopped'
            )
        return trace

    return trace


def _compile_interactive(source, filename):
    tree = ast.parse(source, filename, 'exec')
    return compile(ast.Interactive(body=tree.body), filename, 'single')


def _format_exception(error):
    tb = error.__traceback__
    # Drop the frames of this module: the reader's code starts below them.
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    return ''.join(traceback.format_exception(type(error), error, tb))


def run_block(source, prelude=(), time_limit=TIME_LIMIT_SECONDS):
    """Runs `source` in a fresh namespace, after the `prelude` sources
    (the blocks it continues), whose output is not shown."""
    main = types.ModuleType('__main__')
    main.__builtins__ = builtins
    namespace = main.__dict__
    stdout, stderr = io.StringIO(), io.StringIO()
    failure = None
    exit_code = None
    previous_main = sys.modules.get('__main__')
    sys.modules['__main__'] = main
    sys.settrace(_time_guard(time_limit))
    try:
        for index, earlier in enumerate(prelude):
            filename = f'{PRELUDE_FILENAME} {index + 1}'
            _remember_source(filename, earlier)
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                exec(compile(earlier, filename, 'exec'), namespace)
        _remember_source(BLOCK_FILENAME, source)
        code = _compile_interactive(source, BLOCK_FILENAME)
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            exec(code, namespace)
    except SystemExit as exit:
        exit_code = _exit_code(exit, stderr)
    except BaseException as error:  # KeyboardInterrupt too: the page keeps going
        failure = _format_exception(error)
    finally:
        sys.settrace(None)
        if previous_main is not None:
            sys.modules['__main__'] = previous_main
    return stdout.getvalue(), stderr.getvalue(), failure, exit_code


def _exit_code(exit, stderr):
    # As the interpreter does at exit: None is 0, an int is the status,
    # anything else is printed to stderr and the status is 1.
    code = exit.code
    if code is None or isinstance(code, int):
        return code or 0
    stderr.write(f'{code}\n')
    return 1
