# Python twin of the how-to page on middleware (Spanish page): the upper-case body transform.
import codecs
from wsgiref.headers import Headers


def charset_de(tipo):
    """El charset de un Content-Type ('utf-8' si no lo dice)."""
    for parametro in tipo.split(';')[1:]:
        nombre, _, valor = parametro.strip().partition('=')
        if nombre.lower() == 'charset':
            return valor.strip('"')
    return 'utf-8'


def mayusculas(app):
    """Pasa a mayúsculas el cuerpo de las respuestas text/*."""
    def en_mayusculas(environ, start_response):
        estado = {'llamada': False, 'decodificador': None, 'charset': None}

        def transformar(datos, final=False):
            decodificador = estado['decodificador']
            if decodificador is None:
                return datos
            texto = decodificador.decode(datos, final)
            return texto.upper().encode(estado['charset'])

        def start_response_propio(status, headers, exc_info=None):
            tipo = Headers(headers).get('Content-Type', '')
            if tipo.startswith('text/'):
                estado['charset'] = charset_de(tipo)
                estado['decodificador'] = codecs.getincrementaldecoder(estado['charset'])()
                # La longitud cambia ('ﬁ' -> 'FI'): fuera Content-Length.
                headers = [(n, v) for n, v in headers if n.lower() != 'content-length']
            else:
                estado['decodificador'] = None
            estado['llamada'] = True
            escribir = start_response(status, headers, exc_info)
            return lambda datos: escribir(transformar(datos))

        resultado = app(environ, start_response_propio)
        if estado['llamada'] and estado['decodificador'] is None:
            return resultado  # nada que transformar: pasa intacto (también un envoltorio de archivo)
        return transformado(resultado, transformar)
    return en_mayusculas


def transformado(resultado, transformar):
    """Un bloque de salida por cada bloque de entrada (quizá b''), y close()."""
    try:
        for bloque in resultado:
            yield transformar(bloque)
        yield transformar(b'', final=True)
    finally:
        if hasattr(resultado, 'close'):
            resultado.close()


def pdf(environ, start_response):
    cuerpo = 'Copiado de un PDF: «ﬁchero» de España\n'.encode('utf-8')
    start_response('200 OK', [
        ('Content-Type', 'text/plain; charset=utf-8'),
        ('Content-Length', str(len(cuerpo))),
    ])
    # La «ñ» (dos bytes) queda partida entre dos bloques.
    corte = cuerpo.index('ñ'.encode('utf-8')) + 1
    return [cuerpo[:corte], cuerpo[corte:]]


app = mayusculas(pdf)
