# Python twin of the how-to page on debugging (Spanish page): PATH_INFO as latin-1 and re-encoded as UTF-8.
def app(environ, start_response):
    bruta = environ['PATH_INFO']
    utf8 = bruta.encode('latin-1').decode('utf-8', 'replace')
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return [f'PATH_INFO: {bruta}\nen UTF-8: {utf8}\n'.encode('utf-8')]
