# Python twin of the tutorial's router (English page).
from wsgiref.util import shift_path_info


def plain(start_response, status, body):
    start_response(status, [('Content-Type', 'text/plain; charset=utf-8')])
    return [body.encode('utf-8')]


def app(environ, start_response):
    segment = shift_path_info(environ) or ''
    if segment == '':
        return plain(start_response, '200 OK', 'Home page\n')
    if segment == 'hello':
        return plain(start_response, '200 OK', f"Hello, {shift_path_info(environ) or 'world'}!\n")
    return plain(start_response, '404 Not Found', 'Not found\n')
