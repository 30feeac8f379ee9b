# Python twin of the HTTP page's example: Content-Length says 20, the body has 5 bytes.
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), ('Content-Length', '20')])
    return [b'hola\n']
