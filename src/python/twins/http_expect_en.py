# Python twin of the HTTP page's Expect: 100-continue example (English page).
def app(environ, start_response):
    body = environ['wsgi.input'].read(int(environ.get('CONTENT_LENGTH') or 0))
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [f"HTTP_EXPECT = {environ.get('HTTP_EXPECT')}\nbody = {body.decode()}\n".encode()]
