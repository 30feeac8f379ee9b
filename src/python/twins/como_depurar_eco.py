# Python twin of the how-to page on debugging (both pages): the echo that reads Content-Length bytes.
def app(environ, start_response):
    longitud = int(environ.get('CONTENT_LENGTH') or 0)
    cuerpo = environ['wsgi.input'].read(longitud)
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [f"{environ['REQUEST_METHOD']} {environ['PATH_INFO']}: {len(cuerpo)} bytes\n".encode('utf-8')]
