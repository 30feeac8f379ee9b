# Python twin of the simple_server page's POST example: the body read from wsgi.input.
from urllib.parse import parse_qs


def app(environ, start_response):
    longitud = int(environ.get('CONTENT_LENGTH') or 0)
    cuerpo = environ['wsgi.input'].read(longitud).decode()
    datos = parse_qs(cuerpo)
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [f"Recibido ({environ['CONTENT_TYPE']}): nombre={datos['nombre'][0]}\n".encode()]
