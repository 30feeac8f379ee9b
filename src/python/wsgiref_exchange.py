"""CPython's own answer to one raw HTTP request, without sockets.

    exchange(app, raw_request, client_address=('127.0.0.1', 54321),
             server_name='localhost', server_port=8000) -> (bytes, str)

Returns the exact bytes wsgiref.simple_server would write on the
connection for `raw_request` (bytes) sent to a server running the WSGI
application `app`, and the text that went to stderr meanwhile: the access
log line, application tracebacks, and the server's report when the
handler itself fails.

Nothing here is re-implemented: the request goes through the real
wsgiref.simple_server.WSGIRequestHandler (StreamRequestHandler.setup,
handle, parse_request, get_environ, ServerHandler.run, finish) on a
connection object that reads from and writes to memory. The stand-in
server runs WSGIServer's own setup_environ/get_app and socketserver's
handle_error, as a WSGIServer bound to server_name:server_port would.
The client is taken to have sent the whole request and closed its side,
so a read past the request sees the end of the stream.

It only needs the standard library, so it runs the same in CPython, in
Pyodide under Node (the differential tests) and in Pyodide in the page.
"""

import contextlib
import io
import socketserver
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

__all__ = ['exchange']


class _MemoryConnection:
    """The part of a socket StreamRequestHandler uses: makefile and sendall."""

    def __init__(self, raw_request):
        self._request = bytes(raw_request)
        self.sent = bytearray()

    def makefile(self, mode, buffering=-1):
        # setup() asks for the reading side only; writes go through sendall.
        return io.BytesIO(self._request)

    def sendall(self, data):
        self.sent += data


class _StandInServer:
    """What a handler reads from its WSGIServer, computed by WSGIServer's code."""

    setup_environ = WSGIServer.setup_environ
    get_app = WSGIServer.get_app
    handle_error = socketserver.BaseServer.handle_error

    def __init__(self, app, server_name, server_port):
        self.application = app
        self.server_name = server_name
        self.server_port = server_port
        self.setup_environ()


def exchange(app, raw_request, client_address=('127.0.0.1', 54321),
             server_name='localhost', server_port=8000):
    """Answer raw_request as wsgiref.simple_server would: (response, stderr)."""
    server = _StandInServer(app, server_name, server_port)
    connection = _MemoryConnection(raw_request)
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        # What socketserver's process_request/finish_request do per request.
        try:
            WSGIRequestHandler(connection, client_address, server)
        except Exception:
            server.handle_error(connection, client_address)
    return bytes(connection.sent), stderr.getvalue()
