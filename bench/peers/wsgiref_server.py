"""Python's own wsgiref.simple_server serving bench_app on 127.0.0.1.
Prints the bound port on stdout, then serves until killed.
Usage: python3 bench/peers/wsgiref_server.py [port]"""
import os
import sys
from wsgiref.simple_server import make_server

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from apps import bench_app  # noqa: E402


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    server = make_server('127.0.0.1', port, bench_app)
    print(server.server_port, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == '__main__':
    main()
