# Python twin of the HTTP page's example: the application sends Transfer-Encoding (hop-by-hop).
def app(environ, start_response):
    start_response('200 OK', [
        ('Content-Type', 'text/plain'),
        ('Transfer-Encoding', 'chunked'),
    ])
    return [b'4\r\nhola\r\n0\r\n\r\n']
