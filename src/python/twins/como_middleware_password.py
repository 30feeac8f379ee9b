# Python twin of the how-to page on middleware (English page): Basic authentication.
import base64
import hmac


def with_password(app, user, password, realm='Private area'):
    """Asks for a user and password (HTTP Basic) before calling app."""
    credential = base64.b64encode(f'{user}:{password}'.encode('utf-8')).decode('ascii')
    expected = f'Basic {credential}'.encode('latin-1')

    def protected(environ, start_response):
        received = environ.get('HTTP_AUTHORIZATION', '').encode('latin-1')
        if hmac.compare_digest(received, expected):  # in constant time
            return app(environ, start_response)
        start_response('401 Unauthorized', [
            ('Content-Type', 'text/plain; charset=utf-8'),
            ('WWW-Authenticate', f'Basic realm="{realm}", charset="UTF-8"'),
        ])
        return ['A user and password are needed.\n'.encode('utf-8')]
    return protected


def hello(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain; charset=utf-8')])
    return ['Hello, world!\n'.encode('utf-8')]


app = with_password(hello, 'ada', 'lovelace')
