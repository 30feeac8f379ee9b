# Python twin of the HTTP page's example: Content-Length says 4, the body has 12 bytes.
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), ('Content-Length', '4')])
    return [b'hola, mundo\n']
