# Python twin of the tutorial's first application (English page).
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return ['Hello, world!\n'.encode('utf-8')]
