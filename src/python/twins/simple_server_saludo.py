# Python twin of the simple_server page's first example.
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [f"Hola, pediste {environ['PATH_INFO']}\n".encode()]
