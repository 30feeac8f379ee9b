# Python twin of the simple_server page's generator example (English page).
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    for part in ['one\n', 'two\n', 'three\n']:
        yield part.encode()
