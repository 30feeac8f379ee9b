# Python twin of the how-to page on errors (Spanish page): errores_a_500 around an app that fails by path.
import sys
import traceback

PAGINA_500 = 'Algo ha fallado; ya lo estamos mirando.\n'.encode('utf-8')
CABECERAS_500 = [
    ('Content-Type', 'text/plain; charset=utf-8'),
    ('Content-Length', str(len(PAGINA_500))),
]


def errores_a_500(app):
    def protegida(environ, start_response):
        try:
            resultado = app(environ, start_response)
        except Exception:
            return responder_500(environ, start_response)
        if isinstance(resultado, (list, tuple)):
            return resultado
        return recorrer(resultado, environ, start_response)
    return protegida


def responder_500(environ, start_response):
    start_response('500 Internal Server Error', CABECERAS_500, sys.exc_info())
    traceback.print_exc(file=environ['wsgi.errors'])
    return [PAGINA_500]


def recorrer(resultado, environ, start_response):
    try:
        for bloque in resultado:
            yield bloque
    except Exception:
        yield from responder_500(environ, start_response)
    finally:
        if hasattr(resultado, 'close'):
            resultado.close()


def fragil(environ, start_response):
    if environ['PATH_INFO'] == '/al-llamar':
        raise RuntimeError('falla al llamar')
    return cuerpo(environ, start_response)


def cuerpo(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    if environ['PATH_INFO'] == '/al-recorrer':
        raise RuntimeError('falla antes del primer bloque')
    if environ['PATH_INFO'] == '/a-mitad':
        yield 'primera parte\n'.encode('utf-8')
        raise RuntimeError('la segunda parte no llega')
    if environ['PATH_INFO'] == '/tras-vacio':
        yield b''
        raise RuntimeError('falla tras un bloque vacío')
    yield 'Todo bien\n'.encode('utf-8')


app = errores_a_500(fragil)
