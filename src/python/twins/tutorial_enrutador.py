# Python twin of the tutorial's router (servidor.py without the server).
from wsgiref.util import shift_path_info


def texto(start_response, estado, cuerpo):
    start_response(estado, [('Content-Type', 'text/plain; charset=utf-8')])
    return [cuerpo.encode('utf-8')]


def app(environ, start_response):
    segmento = shift_path_info(environ) or ''
    if segmento == '':
        return texto(start_response, '200 OK', 'Portada\n')
    if segmento == 'saludo':
        return texto(start_response, '200 OK', f"¡Hola, {shift_path_info(environ) or 'mundo'}!\n")
    return texto(start_response, '404 Not Found', 'No existe\n')
