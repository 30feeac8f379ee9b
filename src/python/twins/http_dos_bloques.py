# Python twin of the HTTP page's example: two blocks, no Content-Length.
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'uno\n', b'dos\n']
