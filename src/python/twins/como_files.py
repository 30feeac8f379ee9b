# Python twin of the how-to page on serving files (English page): an in-memory «disk» of BytesIO files.
from io import BytesIO
from wsgiref.util import FileWrapper

disk = {
    '/hello.txt': ('text/plain; charset=utf-8', 'Hello from a file!\n'.encode('utf-8')),
    '/style.css': ('text/css; charset=utf-8', 'body { color: teal; }\n'.encode('utf-8')),
}


def app(environ, start_response):
    entry = disk.get(environ['PATH_INFO'])
    if entry is None:
        start_response('404 Not Found', [('Content-Type', 'text/plain; charset=utf-8')])
        return ['Not found\n'.encode('utf-8')]
    content_type, content = entry
    start_response('200 OK', [('Content-Type', content_type), ('Content-Length', str(len(content)))])
    wrap = environ.get('wsgi.file_wrapper', FileWrapper)
    return wrap(BytesIO(content), 8)
