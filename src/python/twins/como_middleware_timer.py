# Python twin of the how-to page on middleware (English page): the timer that keeps the result's length.
import time


class OnClose:
    """Iterates over the result as it is and calls on_done() on close()."""

    def __init__(self, result, on_done):
        self.result = result
        self.on_done = on_done

    def __iter__(self):
        return iter(self.result)

    def __len__(self):
        # With len(), the server can still compute Content-Length.
        return len(self.result)

    def close(self):
        try:
            if hasattr(self.result, 'close'):
                self.result.close()
        finally:
            self.on_done()


def timer(app):
    """Writes to wsgi.errors how long each response took."""
    def timed(environ, start_response):
        start = time.perf_counter()
        result = app(environ, start_response)
        wrapper = environ.get('wsgi.file_wrapper')
        if isinstance(wrapper, type) and isinstance(result, wrapper):
            return result  # untouched: the server can use sendfile()

        def note():
            ms = (time.perf_counter() - start) * 1000
            environ['wsgi.errors'].write(f"{environ['PATH_INFO']}: {ms:.1f} ms\n")

        return OnClose(result, note)
    return timed


def hello(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return ['Hello, world!\n'.encode('utf-8')]


app = timer(hello)
