# Python twin of the how-to page on servers (English page): the environ keys that change between servers.
import json


def app(environ, start_response):
    interesting = ['SERVER_SOFTWARE', 'SCRIPT_NAME', 'PATH_INFO', 'HTTP_X_TOKEN',
                   'wsgi.multithread', 'wsgi.multiprocess']
    lines = [f'{key} = {json.dumps(environ.get(key), ensure_ascii=False)}' for key in interesting]
    lines.append(f"wsgi.file_wrapper {'is' if environ.get('wsgi.file_wrapper') else 'is not'} there")
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [('\n'.join(lines) + '\n').encode('utf-8')]
