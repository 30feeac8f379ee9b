# Python twin of the HTTP page's Expect: 100-continue example.
def app(environ, start_response):
    cuerpo = environ['wsgi.input'].read(int(environ.get('CONTENT_LENGTH') or 0))
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [f"HTTP_EXPECT = {environ.get('HTTP_EXPECT')}\ncuerpo = {cuerpo.decode()}\n".encode()]
