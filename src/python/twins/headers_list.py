# Python twin of the headers page's example (English page): Headers wraps the list it is given.
from wsgiref.headers import Headers


def app(environ, start_response):
    headers_list = []
    h = Headers(headers_list)
    h['Content-Type'] = 'text/plain; charset=utf-8'
    h.add_header('Content-Disposition', 'inline', filename='greeting.txt')
    start_response('200 OK', headers_list)
    return [b'Hello from Headers!\n']
