# Python twin of the HTTP page's example: no body at all.
def app(environ, start_response):
    start_response('204 No Content', [])
    return []
