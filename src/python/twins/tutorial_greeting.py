# Python twin of the tutorial's query-string example (English page).
from urllib.parse import parse_qs


def app(environ, start_response):
    query = parse_qs(environ.get('QUERY_STRING', ''))
    name = query.get('name', ['stranger'])[0]
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [f"Hello, {name}. You use {environ['REQUEST_METHOD']}.\n".encode('utf-8')]
