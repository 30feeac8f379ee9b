/**
 * The homework's four exercises: a tiny framework built on lib/, one piece
 * at a time. Each exercise is data only (starting code, solution, test
 * requests and what the response must look like) plus a `build` function
 * that turns the reader's definitions into the WSGI application under test.
 * Nothing here imports the lib, so the page can show the editor without
 * loading the checker; check.ts does the running.
 */
import type { StartResponse, WSGIApplication, WSGIEnvironment } from '../../../lib/types';

export type Locale = 'es' | 'en';
/** The language a reader writes a solution in. */
export type Language = 'typescript' | 'python';
export type PerLocale<T> = Record<Locale, T>;
export type Localized = PerLocale<string>;

/** What a response must show; only the listed parts are compared. */
export interface Expectation {
  /** The status, e.g. `404 Not Found`. */
  status?: string;
  /** Header values; `null` means the header must be absent. */
  headers?: Record<string, string | null>;
  /** The body, decoded as UTF-8. */
  body?: string;
  /** The body parsed as JSON: each key compared on its own. */
  json?: Record<string, unknown>;
  /** A text wsgi.errors must contain. */
  errorsInclude?: string;
  /** The body's blocks in the order they moved: produced by the wrapped application, received by the server. */
  blocks?: BlockEvent[];
}

/**
 * One step of a response body on its way out: a block the wrapped (inner)
 * application produced, or a block the server received, as UTF-8 text.
 */
export type BlockEvent = readonly ['app' | 'server', string];

/** Where an application under test reports the blocks its inner application produces. */
export type NoteBlock = (event: BlockEvent) => void;

export interface TestCase {
  name: Localized;
  /** The raw HTTP request (`\r\n` line endings). */
  request: string;
  /** One expectation for every locale, or one per locale. */
  expect: Expectation | PerLocale<Expectation>;
  /** Only for solutions in this language (a pitfall the other language does not have). */
  only?: Language;
}

export interface Exercise {
  id: string;
  title: Localized;
  /**
   * Names the reader's code must define (functions or classes), per locale:
   * the English page asks for English names, the Spanish page for Spanish ones.
   */
  defines: PerLocale<string[]>;
  starter: Localized;
  solution: Localized;
  /** Builds the application under test from the reader's definitions. */
  build: (defs: Record<string, unknown>, locale: Locale, note: NoteBlock) => WSGIApplication;
  cases: TestCase[];
}

/** The tests that apply to a solution in `language`. */
export function casesFor(exercise: Exercise, language: Language): TestCase[] {
  return exercise.cases.filter((test) => test.only === undefined || test.only === language);
}

/** The expectation a test has for one locale. */
export function expectationFor(test: TestCase, locale: Locale): Expectation {
  const expect = test.expect;
  return 'es' in expect && 'en' in expect ? expect[locale] : (expect as Expectation);
}

const encoder = new TextEncoder();
const TEXT = 'text/plain; charset=utf-8';

function textApp(body: (environ: WSGIEnvironment) => string, status = '200 OK'): WSGIApplication {
  return (environ, startResponse) => {
    startResponse(status, [['Content-Type', TEXT]]);
    return [encoder.encode(body(environ))];
  };
}

function get(path: string, extra = ''): string {
  return `GET ${path} HTTP/1.1\r\nHost: localhost\r\n${extra}\r\n`;
}

type Fn = (...args: never[]) => unknown;
type Ctor = new (...args: never[]) => unknown;

function fn<T extends Fn>(defs: Record<string, unknown>, name: string): T {
  return defs[name] as T;
}

// --- 1. Routing ----------------------------------------------------------

const ROUTER_NAME: PerLocale<string> = { es: 'crearEnrutador', en: 'createRouter' };

const routing: Exercise = {
  id: 'rutas',
  title: { es: 'Enrutado', en: 'Routing' },
  defines: { es: [ROUTER_NAME.es], en: [ROUTER_NAME.en] },
  starter: {
    es: `function crearEnrutador(rutas) {
  return (environ, startResponse) => {
    // 1. Saca el primer segmento de la ruta con shiftPathInfo(environ).
    // 2. Si rutas tiene una aplicación para ese segmento, llámala.
    // 3. Si no, responde 404 Not Found con el texto «No encontrado».
    startResponse('501 Not Implemented', [['Content-Type', 'text/plain; charset=utf-8']]);
    return [bytes('Por hacer')];
  };
}
`,
    en: `function createRouter(routes) {
  return (environ, startResponse) => {
    // 1. Take the first path segment with shiftPathInfo(environ).
    // 2. If routes has an application for that segment, call it.
    // 3. Otherwise answer 404 Not Found with the text "Not found".
    startResponse('501 Not Implemented', [['Content-Type', 'text/plain; charset=utf-8']]);
    return [bytes('To do')];
  };
}
`,
  },
  solution: {
    es: `function crearEnrutador(rutas) {
  return (environ, startResponse) => {
    const segmento = shiftPathInfo(environ) ?? '';
    // Object.hasOwn: «constructor» o «toString» no son rutas.
    if (Object.hasOwn(rutas, segmento)) {
      return rutas[segmento](environ, startResponse);
    }
    startResponse('404 Not Found', [['Content-Type', 'text/plain; charset=utf-8']]);
    return [bytes('No encontrado')];
  };
}
`,
    en: `function createRouter(routes) {
  return (environ, startResponse) => {
    const segment = shiftPathInfo(environ) ?? '';
    // Object.hasOwn: "constructor" or "toString" are not routes.
    if (Object.hasOwn(routes, segment)) {
      return routes[segment](environ, startResponse);
    }
    startResponse('404 Not Found', [['Content-Type', 'text/plain; charset=utf-8']]);
    return [bytes('Not found')];
  };
}
`,
  },
  build: (defs, locale) =>
    fn<(routes: Record<string, WSGIApplication>) => WSGIApplication>(defs, ROUTER_NAME[locale])({
      '': textApp(() => 'portada'),
      hola: textApp((e) => `hola; SCRIPT_NAME=${String(e.SCRIPT_NAME)}; PATH_INFO=${String(e.PATH_INFO)}`),
    }),
  cases: [
    {
      name: { es: 'GET / va a la ruta vacía', en: 'GET / goes to the empty route' },
      request: get('/'),
      expect: { status: '200 OK', body: 'portada' },
    },
    {
      name: {
        es: 'GET /hola/mundo: la subaplicación ve SCRIPT_NAME y PATH_INFO desplazados',
        en: 'GET /hola/mundo: the sub-application sees SCRIPT_NAME and PATH_INFO shifted',
      },
      request: get('/hola/mundo'),
      expect: { status: '200 OK', body: 'hola; SCRIPT_NAME=/hola; PATH_INFO=/mundo' },
    },
    {
      name: { es: 'GET /nada responde 404', en: 'GET /nada answers 404' },
      request: get('/nada'),
      expect: {
        es: { status: '404 Not Found', headers: { 'Content-Type': TEXT }, body: 'No encontrado' },
        en: { status: '404 Not Found', headers: { 'Content-Type': TEXT }, body: 'Not found' },
      },
    },
    {
      name: {
        es: 'GET /constructor no es una ruta (propiedad heredada)',
        en: 'GET /constructor is not a route (inherited property)',
      },
      request: get('/constructor'),
      only: 'typescript',
      expect: {
        es: { status: '404 Not Found', body: 'No encontrado' },
        en: { status: '404 Not Found', body: 'Not found' },
      },
    },
  ],
};

// --- 2. Request object ---------------------------------------------------

/** The members of the request class, per locale. */
const REQUEST_NAMES = {
  es: { cls: 'Peticion', method: 'metodo', path: 'ruta', header: 'cabecera', body: 'cuerpo' },
  en: { cls: 'Request', method: 'method', path: 'path', header: 'header', body: 'body' },
} as const;

type RequestLike = Record<string, unknown>;

function call(target: RequestLike, member: string, ...args: string[]): unknown {
  return (target[member] as (...a: string[]) => unknown).apply(target, args);
}

/** The JSON keys the request test reports, named after the call that produced each value. */
function requestKeys(locale: Locale) {
  const n = REQUEST_NAMES[locale];
  return {
    method: n.method,
    path: n.path,
    q: "param('q')",
    missing: `param('${locale === 'es' ? 'falta' : 'missing'}')`,
    agent: `${n.header}('user-agent')`,
    type: `${n.header}('Content-Type')`,
    body: `${n.body}()`,
  };
}

function requestJson(
  wanted: Partial<Record<keyof ReturnType<typeof requestKeys>, unknown>>,
): PerLocale<Expectation> {
  const one = (locale: Locale): Expectation => {
    const keys = requestKeys(locale);
    const json: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(wanted)) json[keys[k as keyof typeof keys]] = v;
    return { status: '200 OK', json };
  };
  return { es: one('es'), en: one('en') };
}

const request: Exercise = {
  id: 'peticion',
  title: { es: 'Objeto petición', en: 'Request object' },
  defines: { es: [REQUEST_NAMES.es.cls], en: [REQUEST_NAMES.en.cls] },
  starter: {
    es: `class Peticion {
  constructor(environ) {
    this.environ = environ;
    this.metodo = environ.REQUEST_METHOD;
    this.ruta = '/'; // PATH_INFO, o '/' si está vacía
  }

  /** El primer valor del parámetro de la cadena de consulta, o null. */
  param(nombre) {
    return null;
  }

  /** Una cabecera de la petición por su nombre HTTP ('User-Agent'), o null. */
  cabecera(nombre) {
    return null;
  }

  /** El cuerpo como texto: exactamente CONTENT_LENGTH bytes de wsgi.input. */
  cuerpo() {
    return '';
  }
}
`,
    en: `class Request {
  constructor(environ) {
    this.environ = environ;
    this.method = environ.REQUEST_METHOD;
    this.path = '/'; // PATH_INFO, or '/' when it is empty
  }

  /** The first value of the query-string parameter, or null. */
  param(name) {
    return null;
  }

  /** A request header by its HTTP name ('User-Agent'), or null. */
  header(name) {
    return null;
  }

  /** The body as text: exactly CONTENT_LENGTH bytes of wsgi.input. */
  body() {
    return '';
  }
}
`,
  },
  solution: {
    es: `class Peticion {
  constructor(environ) {
    this.environ = environ;
    this.metodo = environ.REQUEST_METHOD;
    this.ruta = environ.PATH_INFO || '/';
    this.consulta = new URLSearchParams(environ.QUERY_STRING ?? '');
  }

  param(nombre) {
    return this.consulta.get(nombre);
  }

  cabecera(nombre) {
    const clave = nombre.toUpperCase().replaceAll('-', '_');
    // Content-Type y Content-Length van sin el prefijo HTTP_ (como en CGI).
    const cgi = clave === 'CONTENT_TYPE' || clave === 'CONTENT_LENGTH' ? clave : 'HTTP_' + clave;
    return this.environ[cgi] || null;
  }

  cuerpo() {
    const longitud = Number(this.environ.CONTENT_LENGTH || 0);
    if (!(longitud > 0)) return '';
    return text(this.environ['wsgi.input'].read(longitud));
  }
}
`,
    en: `class Request {
  constructor(environ) {
    this.environ = environ;
    this.method = environ.REQUEST_METHOD;
    this.path = environ.PATH_INFO || '/';
    this.query = new URLSearchParams(environ.QUERY_STRING ?? '');
  }

  param(name) {
    return this.query.get(name);
  }

  header(name) {
    const key = name.toUpperCase().replaceAll('-', '_');
    // Content-Type and Content-Length have no HTTP_ prefix (as in CGI).
    const cgi = key === 'CONTENT_TYPE' || key === 'CONTENT_LENGTH' ? key : 'HTTP_' + key;
    return this.environ[cgi] || null;
  }

  body() {
    const length = Number(this.environ.CONTENT_LENGTH || 0);
    if (!(length > 0)) return '';
    return text(this.environ['wsgi.input'].read(length));
  }
}
`,
  },
  build: (defs, locale) => {
    const n = REQUEST_NAMES[locale];
    const keys = requestKeys(locale);
    const RequestClass = defs[n.cls] as Ctor;
    return (environ, startResponse: StartResponse) => {
      const r = new RequestClass(environ as never) as RequestLike;
      const report = {
        [keys.method]: r[n.method],
        [keys.path]: r[n.path],
        [keys.q]: call(r, 'param', 'q'),
        [keys.missing]: call(r, 'param', locale === 'es' ? 'falta' : 'missing'),
        [keys.agent]: call(r, n.header, 'user-agent'),
        [keys.type]: call(r, n.header, 'Content-Type'),
        [keys.body]: call(r, n.body),
      };
      startResponse('200 OK', [['Content-Type', 'application/json']]);
      return [encoder.encode(JSON.stringify(report))];
    };
  },
  cases: [
    {
      name: { es: 'GET con cadena de consulta y User-Agent', en: 'GET with a query string and User-Agent' },
      request: get('/buscar?q=caf%C3%A9+con+leche&q=otra', 'User-Agent: prueba/1.0\r\n'),
      expect: requestJson({
        method: 'GET',
        path: '/buscar',
        q: 'café con leche',
        missing: null,
        agent: 'prueba/1.0',
        body: '',
      }),
    },
    {
      name: { es: 'POST con cuerpo y Content-Type', en: 'POST with a body and Content-Type' },
      request:
        'POST /enviar HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n' +
        'Content-Length: 13\r\n\r\nnombre=Ada+Lo',
      expect: requestJson({
        method: 'POST',
        path: '/enviar',
        type: 'application/x-www-form-urlencoded',
        body: 'nombre=Ada+Lo',
      }),
    },
    {
      name: { es: 'GET sin nada: valores por defecto', en: 'GET with nothing: the defaults' },
      request: 'GET / HTTP/1.0\r\n\r\n',
      expect: requestJson({ path: '/', q: null, agent: null, body: '' }),
    },
  ],
};

// --- 3. Response object --------------------------------------------------

/** The members of the response class, per locale. */
const RESPONSE_NAMES = {
  es: { cls: 'Respuesta', headers: 'cabeceras' },
  en: { cls: 'Response', headers: 'headers' },
} as const;

type ResponseLike = Record<string, unknown> & {
  wsgi(environ: WSGIEnvironment, startResponse: StartResponse): Iterable<Uint8Array>;
};

function headersOf(response: ResponseLike, member: string): { set(name: string, value: string): void } {
  return response[member] as { set(name: string, value: string): void };
}

const response: Exercise = {
  id: 'respuesta',
  title: { es: 'Objeto respuesta', en: 'Response object' },
  defines: { es: [RESPONSE_NAMES.es.cls], en: [RESPONSE_NAMES.en.cls] },
  starter: {
    es: `class Respuesta {
  constructor(cuerpo = '', estado = '200 OK') {
    this.cuerpo = cuerpo;
    this.estado = estado;
    // Usa la clase Headers de wsgiref.headers, con Content-Type por defecto
    // 'text/plain; charset=utf-8'.
    this.cabeceras = new Headers([]);
  }

  /** Hace de aplicación WSGI: llama a startResponse y retorna el cuerpo. */
  wsgi(environ, startResponse) {
    startResponse(this.estado, this.cabeceras.items());
    return [];
  }
}
`,
    en: `class Response {
  constructor(body = '', status = '200 OK') {
    this.body = body;
    this.status = status;
    // Use the Headers class of wsgiref.headers, with Content-Type
    // 'text/plain; charset=utf-8' by default.
    this.headers = new Headers([]);
  }

  /** Acts as a WSGI application: calls startResponse and returns the body. */
  wsgi(environ, startResponse) {
    startResponse(this.status, this.headers.items());
    return [];
  }
}
`,
  },
  solution: {
    es: `class Respuesta {
  constructor(cuerpo = '', estado = '200 OK') {
    this.cuerpo = cuerpo;
    this.estado = estado;
    this.cabeceras = new Headers([['Content-Type', 'text/plain; charset=utf-8']]);
  }

  wsgi(environ, startResponse) {
    const codigo = this.estado.slice(0, 3);
    // 204 y 304 no llevan cuerpo, y por tanto tampoco Content-Type.
    if (codigo === '204' || codigo === '304') {
      this.cabeceras.delete('Content-Type');
      startResponse(this.estado, this.cabeceras.items());
      return [];
    }
    startResponse(this.estado, this.cabeceras.items());
    return [bytes(this.cuerpo)];
  }
}
`,
    en: `class Response {
  constructor(body = '', status = '200 OK') {
    this.body = body;
    this.status = status;
    this.headers = new Headers([['Content-Type', 'text/plain; charset=utf-8']]);
  }

  wsgi(environ, startResponse) {
    const code = this.status.slice(0, 3);
    // 204 and 304 have no body, hence no Content-Type either.
    if (code === '204' || code === '304') {
      this.headers.delete('Content-Type');
      startResponse(this.status, this.headers.items());
      return [];
    }
    startResponse(this.status, this.headers.items());
    return [bytes(this.body)];
  }
}
`,
  },
  build: (defs, locale) => {
    const n = RESPONSE_NAMES[locale];
    const ResponseClass = defs[n.cls] as Ctor;
    const make = (body: string, status?: string): ResponseLike =>
      (status === undefined
        ? new ResponseClass(body as never)
        : new ResponseClass(body as never, status as never)) as ResponseLike;
    return (environ, startResponse) => {
      const path = environ.PATH_INFO;
      let r: ResponseLike;
      if (path === '/json') {
        r = make('{"creado":true}', '201 Created');
        headersOf(r, n.headers).set('Content-Type', 'application/json');
      } else if (path === '/ene') {
        r = make('ñandú');
      } else if (path === '/vacia') {
        r = make('', '204 No Content');
      } else {
        r = make('hola');
      }
      return r.wsgi(environ, startResponse);
    };
  },
  cases: [
    {
      name: { es: 'Respuesta por defecto: 200 y texto', en: 'Default response: 200 and text' },
      request: get('/'),
      expect: {
        status: '200 OK',
        headers: { 'Content-Type': TEXT },
        body: 'hola',
      },
    },
    {
      name: { es: 'Estado y cabecera cambiados', en: 'Status and header changed' },
      request: get('/json'),
      expect: {
        status: '201 Created',
        headers: { 'Content-Type': 'application/json' },
        body: '{"creado":true}',
      },
    },
    {
      name: {
        es: 'El cuerpo sale codificado en UTF-8',
        en: 'The body goes out encoded as UTF-8',
      },
      request: get('/ene'),
      expect: { status: '200 OK', body: 'ñandú' },
    },
    {
      name: { es: '204 No Content: sin cuerpo ni Content-Type', en: '204 No Content: no body, no Content-Type' },
      request: get('/vacia'),
      expect: { status: '204 No Content', headers: { 'Content-Type': null }, body: '' },
    },
  ],
};

// --- 4. Middleware -------------------------------------------------------

const MIDDLEWARE_NAME: PerLocale<string> = { es: 'mayusculas', en: 'uppercase' };

/** «año» with its «ñ» (0xC3 0xB1) split across two blocks. */
const SPLIT_BLOCKS = [Uint8Array.of(0x61, 0xc3), Uint8Array.of(0xb1, 0x6f)];

/** The inner application's blocks, each noted as produced when the middleware asks for it. */
function* noted(blocks: Uint8Array[], note: NoteBlock): Generator<Uint8Array> {
  for (const block of blocks) {
    note(['app', new TextDecoder().decode(block)]);
    yield block;
  }
}

const middleware: Exercise = {
  id: 'middleware',
  title: { es: 'Middleware', en: 'Middleware' },
  defines: { es: [MIDDLEWARE_NAME.es], en: [MIDDLEWARE_NAME.en] },
  starter: {
    es: `function mayusculas(app) {
  return (environ, startResponse) => {
    // Pasa a mayúsculas el cuerpo de las respuestas text/..., bloque a
    // bloque, deja las demás como están, propaga close() y no pierdas
    // excInfo.
    return app(environ, startResponse);
  };
}
`,
    en: `function uppercase(app) {
  return (environ, startResponse) => {
    // Upper-case the body of text/... responses, block by block, leave
    // the others untouched, pass close() on and do not lose excInfo.
    return app(environ, startResponse);
  };
}
`,
  },
  solution: {
    es: `function mayusculas(app) {
  return (environ, startResponse) => {
    let esTexto = false;
    const miStartResponse = (estado, cabeceras, excInfo) => {
      const tipo = cabeceras.find(([nombre]) => nombre.toLowerCase() === 'content-type');
      esTexto = tipo !== undefined && tipo[1].startsWith('text/');
      // Cambiar el texto puede cambiar su tamaño en bytes: el Content-Length
      // de la aplicación ya no vale, y sin esperar al cuerpo entero no se
      // puede calcular otro.
      const salida = esTexto
        ? cabeceras.filter(([nombre]) => nombre.toLowerCase() !== 'content-length')
        : cabeceras;
      return startResponse(estado, salida, excInfo);
    };
    const resultado = app(environ, miStartResponse);
    return {
      *[Symbol.iterator]() {
        // Un decodificador para toda la respuesta: guarda la mitad de un
        // carácter partido entre dos bloques hasta que llega la otra.
        const decodificador = new TextDecoder('utf-8');
        for (const bloque of resultado) {
          yield esTexto ? bytes(decodificador.decode(bloque, { stream: true }).toUpperCase()) : bloque;
        }
        const resto = esTexto ? decodificador.decode() : '';
        if (resto !== '') yield bytes(resto.toUpperCase());
      },
      close() {
        if (typeof resultado.close === 'function') resultado.close();
      },
    };
  };
}
`,
    en: `function uppercase(app) {
  return (environ, startResponse) => {
    let isText = false;
    const myStartResponse = (status, headers, excInfo) => {
      const type = headers.find(([name]) => name.toLowerCase() === 'content-type');
      isText = type !== undefined && type[1].startsWith('text/');
      // Changing the text can change its size in bytes: the application's
      // Content-Length no longer holds, and no other can be computed
      // without waiting for the whole body.
      const out = isText
        ? headers.filter(([name]) => name.toLowerCase() !== 'content-length')
        : headers;
      return startResponse(status, out, excInfo);
    };
    const result = app(environ, myStartResponse);
    return {
      *[Symbol.iterator]() {
        // One decoder for the whole response: it keeps half of a character
        // split across two blocks until the other half arrives.
        const decoder = new TextDecoder('utf-8');
        for (const block of result) {
          yield isText ? bytes(decoder.decode(block, { stream: true }).toUpperCase()) : block;
        }
        const rest = isText ? decoder.decode() : '';
        if (rest !== '') yield bytes(rest.toUpperCase());
      },
      close() {
        if (typeof result.close === 'function') result.close();
      },
    };
  };
}
`,
  },
  build: (defs, locale, note) => {
    const wrap = fn<(app: WSGIApplication) => WSGIApplication>(defs, MIDDLEWARE_NAME[locale]);
    const inner: WSGIApplication = (environ, startResponse) => {
      const errors = environ['wsgi.errors'];
      if (environ.PATH_INFO === '/binario') {
        startResponse('200 OK', [
          ['Content-Type', 'application/octet-stream'],
          ['Content-Length', '3'],
        ]);
        return [encoder.encode('abc')];
      }
      if (environ.PATH_INFO === '/error') {
        try {
          startResponse('200 OK', [['Content-Type', TEXT]]);
          throw new Error('fallo controlado');
        } catch (error) {
          startResponse('500 Internal Server Error', [['Content-Type', TEXT]], error);
          return [encoder.encode('fallo controlado')];
        }
      }
      if (environ.PATH_INFO === '/partido') {
        startResponse('200 OK', [
          ['Content-Type', TEXT],
          ['Content-Length', '4'],
        ]);
        return noted(SPLIT_BLOCKS, note);
      }
      startResponse('200 OK', [['Content-Type', TEXT]]);
      const blocks = noted([encoder.encode('hola, '), encoder.encode('mundo')], note);
      return {
        [Symbol.iterator]: () => blocks,
        close: () => void errors?.write('close() de la aplicación\n'),
      };
    };
    return wrap(inner);
  },
  cases: [
    {
      name: { es: 'El texto sale en mayúsculas', en: 'Text comes out upper-cased' },
      request: get('/'),
      expect: { status: '200 OK', body: 'HOLA, MUNDO' },
    },
    {
      name: {
        es: 'Cada bloque sale en cuanto llega, sin esperar al cuerpo entero',
        en: 'Each block goes out as soon as it arrives, without waiting for the whole body',
      },
      request: get('/'),
      expect: {
        blocks: [
          ['app', 'hola, '],
          ['server', 'HOLA, '],
          ['app', 'mundo'],
          ['server', 'MUNDO'],
        ],
      },
    },
    {
      name: {
        es: 'Una «ñ» partida entre dos bloques sale entera',
        en: 'An «ñ» split across two blocks comes out whole',
      },
      request: get('/partido'),
      expect: { status: '200 OK', body: 'AÑO' },
    },
    {
      name: {
        es: 'El Content-Length de la aplicación no sale: el texto cambiado puede medir otra cosa',
        en: "The application's Content-Length is not sent: the changed text may have another size",
      },
      request: get('/partido'),
      expect: { headers: { 'Content-Length': null } },
    },
    {
      name: {
        es: 'close() de la aplicación envuelta se llama',
        en: "The wrapped application's close() is called",
      },
      request: get('/'),
      expect: { errorsInclude: 'close() de la aplicación' },
    },
    {
      name: { es: 'Lo que no es text/… pasa intacto', en: 'What is not text/… passes untouched' },
      request: get('/binario'),
      expect: {
        status: '200 OK',
        headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': '3' },
        body: 'abc',
      },
    },
    {
      name: {
        es: 'excInfo llega al servidor (la aplicación cambia a 500)',
        en: 'excInfo reaches the server (the application switches to 500)',
      },
      request: get('/error'),
      expect: { status: '500 Internal Server Error', body: 'FALLO CONTROLADO' },
    },
  ],
};

export const EXERCISES: Record<string, Exercise> = {
  rutas: routing,
  peticion: request,
  respuesta: response,
  middleware,
};
