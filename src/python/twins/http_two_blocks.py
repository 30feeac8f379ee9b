# Python twin of the HTTP page's example (English page): two blocks, no Content-Length.
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'one\n', b'two\n']
