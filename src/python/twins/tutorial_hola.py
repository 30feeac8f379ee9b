# Python twin of the tutorial's first application.
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return ['¡Hola, mundo!\n'.encode('utf-8')]
