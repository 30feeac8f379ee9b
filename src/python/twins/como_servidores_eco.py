# Python twin of the how-to page on servers (Spanish page): the environ keys that change between servers.
import json


def app(environ, start_response):
    interesantes = ['SERVER_SOFTWARE', 'SCRIPT_NAME', 'PATH_INFO', 'HTTP_X_TOKEN',
                    'wsgi.multithread', 'wsgi.multiprocess']
    lineas = [f'{clave} = {json.dumps(environ.get(clave), ensure_ascii=False)}' for clave in interesantes]
    lineas.append(f"wsgi.file_wrapper {'sí' if environ.get('wsgi.file_wrapper') else 'no'} está")
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [('\n'.join(lineas) + '\n').encode('utf-8')]
