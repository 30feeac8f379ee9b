# Python twin of the validate page's example: a str in the body iterable.
from wsgiref.validate import validator


def hola(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return ['¡Hola!']  # prueba con ['¡Hola!'.encode()]


app = validator(hola)
