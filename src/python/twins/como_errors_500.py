# Python twin of the how-to page on errors (English page): errors_to_500 around an app that fails by path.
import sys
import traceback

PAGE_500 = 'Something went wrong; we are looking into it.\n'.encode('utf-8')
HEADERS_500 = [
    ('Content-Type', 'text/plain; charset=utf-8'),
    ('Content-Length', str(len(PAGE_500))),
]


def errors_to_500(app):
    def protected(environ, start_response):
        try:
            result = app(environ, start_response)
        except Exception:
            return respond_500(environ, start_response)
        if isinstance(result, (list, tuple)):
            return result
        return iterate(result, environ, start_response)
    return protected


def respond_500(environ, start_response):
    start_response('500 Internal Server Error', HEADERS_500, sys.exc_info())
    traceback.print_exc(file=environ['wsgi.errors'])
    return [PAGE_500]


def iterate(result, environ, start_response):
    try:
        for block in result:
            yield block
    except Exception:
        yield from respond_500(environ, start_response)
    finally:
        if hasattr(result, 'close'):
            result.close()


def fragile(environ, start_response):
    if environ['PATH_INFO'] == '/on-call':
        raise RuntimeError('fails on call')
    return body(environ, start_response)


def body(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    if environ['PATH_INFO'] == '/on-iteration':
        raise RuntimeError('fails before the first block')
    if environ['PATH_INFO'] == '/halfway':
        yield 'first part\n'.encode('utf-8')
        raise RuntimeError('the second part never arrives')
    if environ['PATH_INFO'] == '/after-empty':
        yield b''
        raise RuntimeError('fails after an empty block')
    yield 'All good\n'.encode('utf-8')


app = errors_to_500(fragile)
