"""The benchmark application, the same in the three servers of bench/server.ts:
GET /      -> b"Hello world!\n"
GET /big   -> 1 MiB of b"x" (one chunk, so wsgiref adds Content-Length)
POST /echo -> reads the whole body and answers its length in decimal."""

HELLO = b'Hello world!\n'
BIG = b'x' * (1 << 20)
TEXT = [('Content-Type', 'text/plain; charset=utf-8')]


def bench_app(environ, start_response):
    path = environ.get('PATH_INFO', '/')
    if path == '/big':
        body = BIG
    elif path == '/echo':
        length = int(environ.get('CONTENT_LENGTH') or 0)
        body = str(len(environ['wsgi.input'].read(length))).encode('ascii')
    else:
        body = HELLO
    start_response('200 OK', list(TEXT))
    return [body]
