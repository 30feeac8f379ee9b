# Python twin of the how-to page on middleware (Spanish page): the timer that keeps the result's length.
import time


class AlCerrar:
    """Recorre el resultado tal cual y llama a al_terminar() en close()."""

    def __init__(self, resultado, al_terminar):
        self.resultado = resultado
        self.al_terminar = al_terminar

    def __iter__(self):
        return iter(self.resultado)

    def __len__(self):
        # Con len(), el servidor puede seguir calculando Content-Length.
        return len(self.resultado)

    def close(self):
        try:
            if hasattr(self.resultado, 'close'):
                self.resultado.close()
        finally:
            self.al_terminar()


def cronometro(app):
    """Escribe en wsgi.errors cuánto tardó cada respuesta."""
    def con_tiempo(environ, start_response):
        inicio = time.perf_counter()
        resultado = app(environ, start_response)
        envoltorio = environ.get('wsgi.file_wrapper')
        if isinstance(envoltorio, type) and isinstance(resultado, envoltorio):
            return resultado  # intacto: el servidor puede usar sendfile()

        def anotar():
            ms = (time.perf_counter() - inicio) * 1000
            environ['wsgi.errors'].write(f"{environ['PATH_INFO']}: {ms:.1f} ms\n")

        return AlCerrar(resultado, anotar)
    return con_tiempo


def hola(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return ['¡Hola, mundo!\n'.encode('utf-8')]


app = cronometro(hola)
