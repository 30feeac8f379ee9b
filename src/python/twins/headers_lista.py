# Python twin of the headers page's example: Headers wraps the list it is given.
from wsgiref.headers import Headers


def app(environ, start_response):
    lista = []
    h = Headers(lista)
    h['Content-Type'] = 'text/plain; charset=utf-8'
    h.add_header('Content-Disposition', 'inline', filename='saludo.txt')
    start_response('200 OK', lista)
    return ['¡Hola desde Headers!\n'.encode()]
