# Python twin of the how-to page on middleware (Spanish page): Basic authentication.
import base64
import hmac


def con_clave(app, usuario, clave, reino='Zona privada'):
    """Pide usuario y clave (HTTP Basic) antes de llamar a app."""
    credencial = base64.b64encode(f'{usuario}:{clave}'.encode('utf-8')).decode('ascii')
    esperado = f'Basic {credencial}'.encode('latin-1')

    def protegida(environ, start_response):
        recibido = environ.get('HTTP_AUTHORIZATION', '').encode('latin-1')
        if hmac.compare_digest(recibido, esperado):  # en tiempo constante
            return app(environ, start_response)
        start_response('401 Unauthorized', [
            ('Content-Type', 'text/plain; charset=utf-8'),
            ('WWW-Authenticate', f'Basic realm="{reino}", charset="UTF-8"'),
        ])
        return ['Hacen falta usuario y clave.\n'.encode('utf-8')]
    return protegida


def hola(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return ['¡Hola, mundo!\n'.encode('utf-8')]


app = con_clave(hola, 'ada', 'lovelace')
