"""Serves a guide example's Python twin with CPython's own wsgiref.

serve(source, raw_request, server_name, server_port, remote_addr) runs the
twin's source (it defines `app`) in a fresh namespace and answers the raw
request as wsgiref.simple_server would, through wsgiref_exchange. Returns
(response bytes, what went to stderr, traceback or None).
"""
import linecache
import traceback

from wsgiref_exchange import exchange

TWIN_FILENAME = '<gemelo>'


def serve(source, raw_request, server_name='localhost', server_port=8000, remote_addr='127.0.0.1'):
    linecache.cache[TWIN_FILENAME] = (len(source), None, source.splitlines(True), TWIN_FILENAME)
    namespace = {'__name__': '__gemelo__'}
    try:
        exec(compile(source, TWIN_FILENAME, 'exec'), namespace)
        app = namespace['app']
    except Exception as error:
        return b'', '', ''.join(traceback.format_exception(error))
    response, errors = exchange(
        app, bytes(raw_request), client_address=(remote_addr, 54321),
        server_name=server_name, server_port=int(server_port))
    return response, errors, None
