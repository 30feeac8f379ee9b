# Python twin of the HTTP page's example (English page): Content-Length says 20, the body has 6 bytes.
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), ('Content-Length', '20')])
    return [b'hello\n']
