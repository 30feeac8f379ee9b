# Python twin of the introduction's example.
def app(environ, start_response):
    ruta = environ['PATH_INFO']
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [f'¡Hola! Has pedido {ruta}\n'.encode()]
