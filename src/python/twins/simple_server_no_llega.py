# Python twin of the simple_server page's bad request line: the server answers 400 itself.
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return ['La aplicación no llega a ejecutarse.\n'.encode()]
