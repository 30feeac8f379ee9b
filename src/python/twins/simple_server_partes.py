# Python twin of the simple_server page's generator example: no Content-Length, the body in parts.
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    for parte in ['uno\n', 'dos\n', 'tres\n']:
        yield parte.encode()
