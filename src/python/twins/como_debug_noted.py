# Python twin of the how-to page on debugging (English page): an app that notes in wsgi.errors that it ran.
def app(environ, start_response):
    environ['wsgi.errors'].write('the application ran\n')
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return ['hello\n'.encode('utf-8')]
