# Python twin of the simple_server page's POST example (English page).
from urllib.parse import parse_qs


def app(environ, start_response):
    length = int(environ.get('CONTENT_LENGTH') or 0)
    body = environ['wsgi.input'].read(length).decode()
    data = parse_qs(body)
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [f"Received ({environ['CONTENT_TYPE']}): name={data['name'][0]}\n".encode()]
