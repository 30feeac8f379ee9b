"""Python's own wsgiref.simple_server serving bench_app on 127.0.0.1.
Prints the bound port on stdout, then serves until killed. With `quiet`,
the access log is off (log_message does nothing), as in port_server.ts.
Usage: python3 bench/peers/wsgiref_server.py [port] [quiet]"""
import os
import signal
import sys
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from apps import bench_app  # noqa: E402


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    quiet = len(sys.argv) > 2 and sys.argv[2] == 'quiet'
    handler = QuietHandler if quiet else WSGIRequestHandler
    server = make_server('127.0.0.1', port, bench_app, WSGIServer, handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(server.server_port, flush=True)
    try:
        server.serve_forever()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.server_close()


if __name__ == '__main__':
    main()
