# Python twin of the tutorial's query-string example.
from urllib.parse import parse_qs


def app(environ, start_response):
    consulta = parse_qs(environ.get('QUERY_STRING', ''))
    nombre = consulta.get('nombre', ['desconocido'])[0]
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [f"Hola, {nombre}. Usas {environ['REQUEST_METHOD']}.\n".encode('utf-8')]
