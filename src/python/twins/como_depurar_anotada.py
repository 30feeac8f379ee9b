# Python twin of the how-to page on debugging (Spanish page): an app that notes in wsgi.errors that it ran.
def app(environ, start_response):
    environ['wsgi.errors'].write('la aplicación se ejecutó\n')
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return ['hola\n'.encode('utf-8')]
