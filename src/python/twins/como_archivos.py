# Python twin of the how-to page on serving files (Spanish page): an in-memory «disk» of BytesIO files.
from io import BytesIO
from wsgiref.util import FileWrapper

disco = {
    '/hola.txt': ('text/plain; charset=utf-8', '¡Hola desde un archivo!\n'.encode('utf-8')),
    '/estilo.css': ('text/css; charset=utf-8', 'body { color: teal; }\n'.encode('utf-8')),
}


def app(environ, start_response):
    entrada = disco.get(environ['PATH_INFO'])
    if entrada is None:
        start_response('404 Not Found', [('Content-Type', 'text/plain; charset=utf-8')])
        return ['No existe\n'.encode('utf-8')]
    tipo, contenido = entrada
    start_response('200 OK', [('Content-Type', tipo), ('Content-Length', str(len(contenido)))])
    envolver = environ.get('wsgi.file_wrapper', FileWrapper)
    return envolver(BytesIO(contenido), 8)
