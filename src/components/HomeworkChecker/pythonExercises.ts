/**
 * The Python twin of each homework exercise: the same pieces with Python
 * names, starting code and solution, and a `build(defs, locale, note)` in
 * Python that makes the same application under test as exercises.ts does
 * in TypeScript. The test requests and expectations are exercises.ts's own.
 * Data only: the page shows the editor without loading Python.
 */
import type { Localized, PerLocale } from './exercises';

export interface PythonExercise {
  /** Names the reader's Python code must define, per locale. */
  defines: PerLocale<string[]>;
  starter: Localized;
  solution: Localized;
  /**
   * Python source defining `build(defs, locale, note)`: `defs` lists the
   * reader's definitions in the order of `defines`, `note(block)` records a
   * block the inner application produces; returns the WSGI application.
   */
  build: string;
}

// --- 1. Routing ----------------------------------------------------------

const routing: PythonExercise = {
  defines: { es: ['crear_enrutador'], en: ['create_router'] },
  starter: {
    es: `from wsgiref.util import shift_path_info


def crear_enrutador(rutas):
    def aplicacion(environ, start_response):
        # 1. Saca el primer segmento de la ruta con shift_path_info(environ).
        # 2. Si rutas tiene una aplicación para ese segmento, llámala.
        # 3. Si no, responde 404 Not Found con el texto «No encontrado».
        start_response('501 Not Implemented', [('Content-Type', 'text/plain; charset=utf-8')])
        return ['Por hacer'.encode('utf-8')]
    return aplicacion
`,
    en: `from wsgiref.util import shift_path_info


def create_router(routes):
    def application(environ, start_response):
        # 1. Take the first path segment with shift_path_info(environ).
        # 2. If routes has an application for that segment, call it.
        # 3. Otherwise answer 404 Not Found with the text "Not found".
        start_response('501 Not Implemented', [('Content-Type', 'text/plain; charset=utf-8')])
        return ['To do'.encode('utf-8')]
    return application
`,
  },
  solution: {
    es: `from wsgiref.util import shift_path_info


def crear_enrutador(rutas):
    def aplicacion(environ, start_response):
        segmento = shift_path_info(environ) or ''
        if segmento in rutas:
            return rutas[segmento](environ, start_response)
        start_response('404 Not Found', [('Content-Type', 'text/plain; charset=utf-8')])
        return ['No encontrado'.encode('utf-8')]
    return aplicacion
`,
    en: `from wsgiref.util import shift_path_info


def create_router(routes):
    def application(environ, start_response):
        segment = shift_path_info(environ) or ''
        if segment in routes:
            return routes[segment](environ, start_response)
        start_response('404 Not Found', [('Content-Type', 'text/plain; charset=utf-8')])
        return ['Not found'.encode('utf-8')]
    return application
`,
  },
  build: `
def build(defs, locale, note):
    (create_router,) = defs
    return create_router({
        '': text_app(lambda e: 'portada'),
        'hola': text_app(lambda e: 'hola; SCRIPT_NAME=%s; PATH_INFO=%s' % (e.get('SCRIPT_NAME'), e.get('PATH_INFO'))),
    })
`,
};

// --- 2. Request object ---------------------------------------------------

const request: PythonExercise = {
  defines: { es: ['Peticion'], en: ['Request'] },
  starter: {
    es: `class Peticion:
    def __init__(self, environ):
        self.environ = environ
        self.metodo = environ['REQUEST_METHOD']
        self.ruta = '/'  # PATH_INFO, o '/' si está vacía

    def param(self, nombre):
        """El primer valor del parámetro de la cadena de consulta, o None."""
        return None

    def cabecera(self, nombre):
        """Una cabecera de la petición por su nombre HTTP ('User-Agent'), o None."""
        return None

    def cuerpo(self):
        """El cuerpo como texto: exactamente CONTENT_LENGTH bytes de wsgi.input."""
        return ''
`,
    en: `class Request:
    def __init__(self, environ):
        self.environ = environ
        self.method = environ['REQUEST_METHOD']
        self.path = '/'  # PATH_INFO, or '/' when it is empty

    def param(self, name):
        """The first value of the query-string parameter, or None."""
        return None

    def header(self, name):
        """A request header by its HTTP name ('User-Agent'), or None."""
        return None

    def body(self):
        """The body as text: exactly CONTENT_LENGTH bytes of wsgi.input."""
        return ''
`,
  },
  solution: {
    es: `from urllib.parse import parse_qs


class Peticion:
    def __init__(self, environ):
        self.environ = environ
        self.metodo = environ['REQUEST_METHOD']
        self.ruta = environ.get('PATH_INFO') or '/'
        self.consulta = parse_qs(environ.get('QUERY_STRING', ''))

    def param(self, nombre):
        valores = self.consulta.get(nombre)
        return valores[0] if valores else None

    def cabecera(self, nombre):
        clave = nombre.upper().replace('-', '_')
        # Content-Type y Content-Length van sin el prefijo HTTP_ (como en CGI).
        if clave not in ('CONTENT_TYPE', 'CONTENT_LENGTH'):
            clave = 'HTTP_' + clave
        return self.environ.get(clave) or None

    def cuerpo(self):
        try:
            longitud = int(self.environ.get('CONTENT_LENGTH') or 0)
        except ValueError:
            longitud = 0
        if longitud <= 0:
            return ''
        return self.environ['wsgi.input'].read(longitud).decode('utf-8')
`,
    en: `from urllib.parse import parse_qs


class Request:
    def __init__(self, environ):
        self.environ = environ
        self.method = environ['REQUEST_METHOD']
        self.path = environ.get('PATH_INFO') or '/'
        self.query = parse_qs(environ.get('QUERY_STRING', ''))

    def param(self, name):
        values = self.query.get(name)
        return values[0] if values else None

    def header(self, name):
        key = name.upper().replace('-', '_')
        # Content-Type and Content-Length have no HTTP_ prefix (as in CGI).
        if key not in ('CONTENT_TYPE', 'CONTENT_LENGTH'):
            key = 'HTTP_' + key
        return self.environ.get(key) or None

    def body(self):
        try:
            length = int(self.environ.get('CONTENT_LENGTH') or 0)
        except ValueError:
            length = 0
        if length <= 0:
            return ''
        return self.environ['wsgi.input'].read(length).decode('utf-8')
`,
  },
  // The JSON keys are exercises.ts's requestKeys(): the call that produced each value.
  build: `
import json

NAMES = {
    'es': ('metodo', 'ruta', 'cabecera', 'cuerpo', 'falta'),
    'en': ('method', 'path', 'header', 'body', 'missing'),
}


def build(defs, locale, note):
    (Request,) = defs
    method, path, header, body, missing = NAMES[locale]

    def application(environ, start_response):
        r = Request(environ)
        report = {
            method: getattr(r, method),
            path: getattr(r, path),
            "param('q')": r.param('q'),
            "param('%s')" % missing: r.param(missing),
            "%s('user-agent')" % header: getattr(r, header)('user-agent'),
            "%s('Content-Type')" % header: getattr(r, header)('Content-Type'),
            '%s()' % body: getattr(r, body)(),
        }
        start_response('200 OK', [('Content-Type', 'application/json')])
        return [json.dumps(report).encode('utf-8')]
    return application
`,
};

// --- 3. Response object --------------------------------------------------

const response: PythonExercise = {
  defines: { es: ['Respuesta'], en: ['Response'] },
  starter: {
    es: `from wsgiref.headers import Headers


class Respuesta:
    def __init__(self, cuerpo='', estado='200 OK'):
        self.cuerpo = cuerpo
        self.estado = estado
        # Usa Headers de wsgiref.headers, con Content-Type por defecto
        # 'text/plain; charset=utf-8'.
        self.cabeceras = Headers([])

    def wsgi(self, environ, start_response):
        """Hace de aplicación WSGI: llama a start_response y retorna el cuerpo."""
        start_response(self.estado, self.cabeceras.items())
        return []
`,
    en: `from wsgiref.headers import Headers


class Response:
    def __init__(self, body='', status='200 OK'):
        self.body = body
        self.status = status
        # Use Headers from wsgiref.headers, with Content-Type
        # 'text/plain; charset=utf-8' by default.
        self.headers = Headers([])

    def wsgi(self, environ, start_response):
        """Acts as a WSGI application: calls start_response and returns the body."""
        start_response(self.status, self.headers.items())
        return []
`,
  },
  solution: {
    es: `from wsgiref.headers import Headers


class Respuesta:
    def __init__(self, cuerpo='', estado='200 OK'):
        self.cuerpo = cuerpo
        self.estado = estado
        self.cabeceras = Headers([('Content-Type', 'text/plain; charset=utf-8')])

    def wsgi(self, environ, start_response):
        # 204 y 304 no llevan cuerpo, y por tanto tampoco Content-Type.
        if self.estado[:3] in ('204', '304'):
            del self.cabeceras['Content-Type']
            start_response(self.estado, self.cabeceras.items())
            return []
        start_response(self.estado, self.cabeceras.items())
        return [self.cuerpo.encode('utf-8')]
`,
    en: `from wsgiref.headers import Headers


class Response:
    def __init__(self, body='', status='200 OK'):
        self.body = body
        self.status = status
        self.headers = Headers([('Content-Type', 'text/plain; charset=utf-8')])

    def wsgi(self, environ, start_response):
        # 204 and 304 have no body, hence no Content-Type either.
        if self.status[:3] in ('204', '304'):
            del self.headers['Content-Type']
            start_response(self.status, self.headers.items())
            return []
        start_response(self.status, self.headers.items())
        return [self.body.encode('utf-8')]
`,
  },
  build: `
def build(defs, locale, note):
    (Response,) = defs
    headers = 'cabeceras' if locale == 'es' else 'headers'

    def application(environ, start_response):
        path = environ['PATH_INFO']
        if path == '/json':
            r = Response('{"creado":true}', '201 Created')
            getattr(r, headers)['Content-Type'] = 'application/json'
        elif path == '/ene':
            r = Response('ñandú')
        elif path == '/vacia':
            r = Response('', '204 No Content')
        else:
            r = Response('hola')
        return r.wsgi(environ, start_response)
    return application
`,
};

// --- 4. Middleware -------------------------------------------------------

const middleware: PythonExercise = {
  defines: { es: ['mayusculas'], en: ['uppercase'] },
  starter: {
    es: `def mayusculas(app):
    def aplicacion(environ, start_response):
        # Pasa a mayúsculas el cuerpo de las respuestas text/..., bloque a
        # bloque, deja las demás como están, propaga close() y no pierdas
        # exc_info.
        return app(environ, start_response)
    return aplicacion
`,
    en: `def uppercase(app):
    def application(environ, start_response):
        # Upper-case the body of text/... responses, block by block, leave
        # the others untouched, pass close() on and do not lose exc_info.
        return app(environ, start_response)
    return application
`,
  },
  solution: {
    es: `import codecs


class Cuerpo:
    """Los bloques transformados, con el close() de la aplicación envuelta."""

    def __init__(self, bloques, resultado):
        self.bloques = bloques
        self.resultado = resultado

    def __iter__(self):
        return self.bloques

    def close(self):
        if hasattr(self.resultado, 'close'):
            self.resultado.close()


def mayusculas(app):
    def aplicacion(environ, start_response):
        es_texto = False

        def mi_start_response(estado, cabeceras, exc_info=None):
            nonlocal es_texto
            tipo = next((v for n, v in cabeceras if n.lower() == 'content-type'), '')
            es_texto = tipo.startswith('text/')
            if es_texto:
                # Cambiar el texto puede cambiar su tamaño en bytes: el
                # Content-Length de la aplicación ya no vale, y sin esperar
                # al cuerpo entero no se puede calcular otro.
                cabeceras = [(n, v) for n, v in cabeceras if n.lower() != 'content-length']
            return start_response(estado, cabeceras, exc_info)

        resultado = app(environ, mi_start_response)

        def bloques():
            # Un decodificador para toda la respuesta: guarda la mitad de un
            # carácter partido entre dos bloques hasta que llega la otra.
            decodificador = codecs.getincrementaldecoder('utf-8')('replace')
            for bloque in resultado:
                yield decodificador.decode(bloque).upper().encode('utf-8') if es_texto else bloque
            resto = decodificador.decode(b'', final=True) if es_texto else ''
            if resto:
                yield resto.upper().encode('utf-8')

        return Cuerpo(bloques(), resultado)
    return aplicacion
`,
    en: `import codecs


class Body:
    """The transformed blocks, with the wrapped application's close()."""

    def __init__(self, blocks, result):
        self.blocks = blocks
        self.result = result

    def __iter__(self):
        return self.blocks

    def close(self):
        if hasattr(self.result, 'close'):
            self.result.close()


def uppercase(app):
    def application(environ, start_response):
        is_text = False

        def my_start_response(status, headers, exc_info=None):
            nonlocal is_text
            type_ = next((v for n, v in headers if n.lower() == 'content-type'), '')
            is_text = type_.startswith('text/')
            if is_text:
                # Changing the text can change its size in bytes: the
                # application's Content-Length no longer holds, and no other
                # can be computed without waiting for the whole body.
                headers = [(n, v) for n, v in headers if n.lower() != 'content-length']
            return start_response(status, headers, exc_info)

        result = app(environ, my_start_response)

        def blocks():
            # One decoder for the whole response: it keeps half of a
            # character split across two blocks until the other half arrives.
            decoder = codecs.getincrementaldecoder('utf-8')('replace')
            for block in result:
                yield decoder.decode(block).upper().encode('utf-8') if is_text else block
            rest = decoder.decode(b'', final=True) if is_text else ''
            if rest:
                yield rest.upper().encode('utf-8')

        return Body(blocks(), result)
    return application
`,
  },
  build: `
# «año» with its «ñ» (0xC3 0xB1) split across two blocks.
SPLIT_BLOCKS = [b'a\\xc3', b'\\xb1o']


def build(defs, locale, note):
    (middleware,) = defs

    def inner(environ, start_response):
        path = environ['PATH_INFO']
        if path == '/binario':
            start_response('200 OK', [('Content-Type', 'application/octet-stream'), ('Content-Length', '3')])
            return [b'abc']
        if path == '/error':
            try:
                start_response('200 OK', [('Content-Type', TEXT)])
                raise RuntimeError('fallo controlado')
            except RuntimeError:
                start_response('500 Internal Server Error', [('Content-Type', TEXT)], sys.exc_info())
                return [b'fallo controlado']
        if path == '/partido':
            start_response('200 OK', [('Content-Type', TEXT), ('Content-Length', '4')])
            return noted(SPLIT_BLOCKS, note)
        start_response('200 OK', [('Content-Type', TEXT)])
        errors = environ['wsgi.errors']
        return ClosingBody(noted([b'hola, ', b'mundo'], note), lambda: errors.write('close() de la aplicación\\n'))
    return middleware(inner)
`,
};

export const PYTHON_EXERCISES: Record<string, PythonExercise> = {
  rutas: routing,
  peticion: request,
  respuesta: response,
  middleware,
};
