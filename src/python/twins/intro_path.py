# Python twin of the introduction's example (English page).
def app(environ, start_response):
    path = environ['PATH_INFO']
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [f'Hi! You asked for {path}\n'.encode()]
