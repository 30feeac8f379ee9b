"""CPython's side of bench/lib.ts: the same in-process work, timed with
time.perf_counter (and time.process_time). Prints one JSON object with
runs/s per workload.
Usage: python3 bench/peers/lib_bench.py [seconds_per_workload]"""
import json
import platform
import sys
import time
from io import BytesIO, StringIO
from wsgiref.handlers import SimpleHandler
from wsgiref.headers import Headers
from wsgiref.util import setup_testing_defaults

HELLO = b'Hello world!\n'


def hello_app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [HELLO]


def handler_run():
    environ = {}
    setup_testing_defaults(environ)
    stdout = BytesIO()
    handler = SimpleHandler(BytesIO(b''), stdout, StringIO(), environ)
    handler.run(hello_app)
    return stdout


def headers_work():
    headers = Headers([('Content-Type', 'text/html')])
    headers['X-Frame-Options'] = 'DENY'
    headers.add_header('Content-Disposition', 'attachment', filename='informe.pdf')
    headers.add_header('Set-Cookie', 'a=1', Path='/', HttpOnly=None)
    headers['Content-Type'] = 'text/plain; charset=utf-8'
    headers.get('content-disposition')
    headers.get('x-missing', 'default')
    return str(headers)


def measure(fn, seconds):
    """Runs/s by the wall clock (perf_counter) and per CPU second (process_time)."""
    for _ in range(1000):  # warm-up
        fn()
    runs = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    deadline = start + seconds
    while True:
        for _ in range(200):
            fn()
        runs += 200
        now = time.perf_counter()
        if now >= deadline:
            return {'wall': runs / (now - start), 'cpu': runs / (time.process_time() - cpu_start)}


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0
    out = handler_run().getvalue()
    assert out.startswith(b'HTTP/1.0 200 OK\r\n') and out.endswith(HELLO), out
    result = {
        'python': platform.python_implementation() + ' ' + platform.python_version(),
        'handler': measure(handler_run, seconds),
        'headers': measure(headers_work, seconds),
        'headersText': headers_work(),
    }
    print(json.dumps(result))


if __name__ == '__main__':
    main()
