# Python twin of the simple_server page's bad request line (English page).
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'The application never runs.\n']
