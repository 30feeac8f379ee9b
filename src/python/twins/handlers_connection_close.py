# Python twin of the handlers page's example: the application sends Connection: close itself.
def app(environ, start_response):
    start_response('200 OK', [('Connection', 'close')])
    return [b'hola']
