# Python twin of the how-to page on debugging (English page): PATH_INFO as latin-1 and re-encoded as UTF-8.
def app(environ, start_response):
    raw = environ['PATH_INFO']
    utf8 = raw.encode('latin-1').decode('utf-8', 'replace')
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [f'PATH_INFO: {raw}\nas UTF-8: {utf8}\n'.encode('utf-8')]
