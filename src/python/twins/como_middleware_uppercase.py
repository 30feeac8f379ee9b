# Python twin of the how-to page on middleware (English page): the upper-case body transform.
import codecs
from wsgiref.headers import Headers


def charset_of(content_type):
    """The charset of a Content-Type ('utf-8' if it says none)."""
    for parameter in content_type.split(';')[1:]:
        name, _, value = parameter.strip().partition('=')
        if name.lower() == 'charset':
            return value.strip('"')
    return 'utf-8'


def uppercase(app):
    """Turns the body of text/* responses to upper case."""
    def uppercased(environ, start_response):
        state = {'called': False, 'decoder': None, 'charset': None}

        def transform(data, final=False):
            decoder = state['decoder']
            if decoder is None:
                return data
            text = decoder.decode(data, final)
            return text.upper().encode(state['charset'])

        def own_start_response(status, headers, exc_info=None):
            content_type = Headers(headers).get('Content-Type', '')
            if content_type.startswith('text/'):
                state['charset'] = charset_of(content_type)
                state['decoder'] = codecs.getincrementaldecoder(state['charset'])()
                # The length changes ('ﬁ' -> 'FI'): drop Content-Length.
                headers = [(n, v) for n, v in headers if n.lower() != 'content-length']
            else:
                state['decoder'] = None
            state['called'] = True
            write = start_response(status, headers, exc_info)
            return lambda data: write(transform(data))

        result = app(environ, own_start_response)
        if state['called'] and state['decoder'] is None:
            return result  # nothing to transform: passes untouched (a file wrapper too)
        return transformed(result, transform)
    return uppercased


def transformed(result, transform):
    """One output block for each input block (maybe b''), and close()."""
    try:
        for block in result:
            yield transform(block)
        yield transform(b'', final=True)
    finally:
        if hasattr(result, 'close'):
            result.close()


def pdf(environ, start_response):
    body = 'Copied from a PDF: «ﬁle» from España\n'.encode('utf-8')
    start_response('200 OK', [
        ('Content-Type', 'text/plain; charset=utf-8'),
        ('Content-Length', str(len(body))),
    ])
    # The «ñ» (two bytes) is split across two blocks.
    cut = body.index('ñ'.encode('utf-8')) + 1
    return [body[:cut], body[cut:]]


app = uppercase(pdf)
