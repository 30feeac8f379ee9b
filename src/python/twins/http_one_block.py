# Python twin of the HTTP page's example (English page): one block, so the server computes Content-Length.
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'just one\n']
