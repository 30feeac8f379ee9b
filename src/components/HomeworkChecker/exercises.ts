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
export type Localized = Record<Locale, string>;

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
}

export interface TestCase {
  name: Localized;
  /** The raw HTTP request (`\r\n` line endings). */
  request: string;
  expect: Expectation;
}

export interface Exercise {
  id: string;
  title: Localized;
  /** Names the reader's code must define (functions or classes). */
  defines: string[];
  starter: Localized;
  solution: Localized;
  /** Builds the application under test from the reader's definitions. */
  build: (defs: Record<string, unknown>) => WSGIApplication;
  cases: TestCase[];
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

const routing: Exercise = {
  id: 'rutas',
  title: { es: 'Enrutado', en: 'Routing' },
  defines: ['crearEnrutador'],
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
    en: `function crearEnrutador(rutas) {
  return (environ, startResponse) => {
    // 1. Take the first path segment with shiftPathInfo(environ).
    // 2. If rutas has an application for that segment, call it.
    // 3. Otherwise answer 404 Not Found with the text "No encontrado".
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
    en: `function crearEnrutador(rutas) {
  return (environ, startResponse) => {
    const segmento = shiftPathInfo(environ) ?? '';
    // Object.hasOwn: "constructor" or "toString" are not routes.
    if (Object.hasOwn(rutas, segmento)) {
      return rutas[segmento](environ, startResponse);
    }
    startResponse('404 Not Found', [['Content-Type', 'text/plain; charset=utf-8']]);
    return [bytes('No encontrado')];
  };
}
`,
  },
  build: (defs) =>
    fn<(routes: Record<string, WSGIApplication>) => WSGIApplication>(defs, 'crearEnrutador')({
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
        status: '404 Not Found',
        headers: { 'Content-Type': TEXT },
        body: 'No encontrado',
      },
    },
    {
      name: {
        es: 'GET /constructor no es una ruta (propiedad heredada)',
        en: 'GET /constructor is not a route (inherited property)',
      },
      request: get('/constructor'),
      expect: { status: '404 Not Found', body: 'No encontrado' },
    },
  ],
};

// --- 2. Request object ---------------------------------------------------

interface RequestLike {
  metodo: unknown;
  ruta: unknown;
  param(name: string): unknown;
  cabecera(name: string): unknown;
  cuerpo(): unknown;
}

const request: Exercise = {
  id: 'peticion',
  title: { es: 'Objeto petición', en: 'Request object' },
  defines: ['Peticion'],
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
    en: `class Peticion {
  constructor(environ) {
    this.environ = environ;
    this.metodo = environ.REQUEST_METHOD;
    this.ruta = '/'; // PATH_INFO, or '/' when it is empty
  }

  /** The first value of the query-string parameter, or null. */
  param(nombre) {
    return null;
  }

  /** A request header by its HTTP name ('User-Agent'), or null. */
  cabecera(nombre) {
    return null;
  }

  /** The body as text: exactly CONTENT_LENGTH bytes of wsgi.input. */
  cuerpo() {
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
    en: `class Peticion {
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
    // Content-Type and Content-Length have no HTTP_ prefix (as in CGI).
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
  },
  build: (defs) => {
    const Peticion = defs.Peticion as Ctor;
    return (environ, startResponse: StartResponse) => {
      const p = new Peticion(environ as never) as RequestLike;
      const report = {
        metodo: p.metodo,
        ruta: p.ruta,
        "param('q')": p.param('q'),
        "param('falta')": p.param('falta'),
        "cabecera('user-agent')": p.cabecera('user-agent'),
        "cabecera('Content-Type')": p.cabecera('Content-Type'),
        'cuerpo()': p.cuerpo(),
      };
      startResponse('200 OK', [['Content-Type', 'application/json']]);
      return [encoder.encode(JSON.stringify(report))];
    };
  },
  cases: [
    {
      name: { es: 'GET con cadena de consulta y User-Agent', en: 'GET with a query string and User-Agent' },
      request: get('/buscar?q=caf%C3%A9+con+leche&q=otra', 'User-Agent: prueba/1.0\r\n'),
      expect: {
        status: '200 OK',
        json: {
          metodo: 'GET',
          ruta: '/buscar',
          "param('q')": 'café con leche',
          "param('falta')": null,
          "cabecera('user-agent')": 'prueba/1.0',
          'cuerpo()': '',
        },
      },
    },
    {
      name: { es: 'POST con cuerpo y Content-Type', en: 'POST with a body and Content-Type' },
      request:
        'POST /enviar HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n' +
        'Content-Length: 13\r\n\r\nnombre=Ada+Lo',
      expect: {
        status: '200 OK',
        json: {
          metodo: 'POST',
          ruta: '/enviar',
          "cabecera('Content-Type')": 'application/x-www-form-urlencoded',
          'cuerpo()': 'nombre=Ada+Lo',
        },
      },
    },
    {
      name: { es: 'GET sin nada: valores por defecto', en: 'GET with nothing: the defaults' },
      request: 'GET / HTTP/1.0\r\n\r\n',
      expect: { status: '200 OK', json: { ruta: '/', "param('q')": null, "cabecera('user-agent')": null, 'cuerpo()': '' } },
    },
  ],
};

// --- 3. Response object --------------------------------------------------

interface ResponseLike {
  cabeceras: { set(name: string, value: string): void };
  wsgi(environ: WSGIEnvironment, startResponse: StartResponse): Iterable<Uint8Array>;
}

const response: Exercise = {
  id: 'respuesta',
  title: { es: 'Objeto respuesta', en: 'Response object' },
  defines: ['Respuesta'],
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
    en: `class Respuesta {
  constructor(cuerpo = '', estado = '200 OK') {
    this.cuerpo = cuerpo;
    this.estado = estado;
    // Use the Headers class of wsgiref.headers, with Content-Type
    // 'text/plain; charset=utf-8' by default.
    this.cabeceras = new Headers([]);
  }

  /** Acts as a WSGI application: calls startResponse and returns the body. */
  wsgi(environ, startResponse) {
    startResponse(this.estado, this.cabeceras.items());
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
    en: `class Respuesta {
  constructor(cuerpo = '', estado = '200 OK') {
    this.cuerpo = cuerpo;
    this.estado = estado;
    this.cabeceras = new Headers([['Content-Type', 'text/plain; charset=utf-8']]);
  }

  wsgi(environ, startResponse) {
    const codigo = this.estado.slice(0, 3);
    // 204 and 304 have no body, hence no Content-Type either.
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
  },
  build: (defs) => {
    const Respuesta = defs.Respuesta as Ctor;
    const make = (body: string, status?: string): ResponseLike =>
      (status === undefined
        ? new Respuesta(body as never)
        : new Respuesta(body as never, status as never)) as ResponseLike;
    return (environ, startResponse) => {
      const path = environ.PATH_INFO;
      let r: ResponseLike;
      if (path === '/json') {
        r = make('{"creado":true}', '201 Created');
        r.cabeceras.set('Content-Type', 'application/json');
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

const middleware: Exercise = {
  id: 'middleware',
  title: { es: 'Middleware', en: 'Middleware' },
  defines: ['mayusculas'],
  starter: {
    es: `function mayusculas(app) {
  return (environ, startResponse) => {
    // Pasa a mayúsculas el cuerpo de las respuestas text/..., deja
    // las demás como están, propaga close() y no pierdas excInfo.
    return app(environ, startResponse);
  };
}
`,
    en: `function mayusculas(app) {
  return (environ, startResponse) => {
    // Upper-case the body of text/... responses, leave the others
    // untouched, pass close() on and do not lose excInfo.
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
      return startResponse(estado, cabeceras, excInfo);
    };
    const resultado = app(environ, miStartResponse);
    return {
      *[Symbol.iterator]() {
        for (const bloque of resultado) {
          yield esTexto ? bytes(text(bloque).toUpperCase()) : bloque;
        }
      },
      close() {
        if (typeof resultado.close === 'function') resultado.close();
      },
    };
  };
}
`,
    en: `function mayusculas(app) {
  return (environ, startResponse) => {
    let esTexto = false;
    const miStartResponse = (estado, cabeceras, excInfo) => {
      const tipo = cabeceras.find(([nombre]) => nombre.toLowerCase() === 'content-type');
      esTexto = tipo !== undefined && tipo[1].startsWith('text/');
      return startResponse(estado, cabeceras, excInfo);
    };
    const resultado = app(environ, miStartResponse);
    return {
      *[Symbol.iterator]() {
        for (const bloque of resultado) {
          yield esTexto ? bytes(text(bloque).toUpperCase()) : bloque;
        }
      },
      close() {
        if (typeof resultado.close === 'function') resultado.close();
      },
    };
  };
}
`,
  },
  build: (defs) => {
    const wrap = fn<(app: WSGIApplication) => WSGIApplication>(defs, 'mayusculas');
    const inner: WSGIApplication = (environ, startResponse) => {
      const errors = environ['wsgi.errors'];
      if (environ.PATH_INFO === '/binario') {
        startResponse('200 OK', [['Content-Type', 'application/octet-stream']]);
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
      startResponse('200 OK', [['Content-Type', TEXT]]);
      const chunks = [encoder.encode('hola, '), encoder.encode('mundo')];
      return {
        [Symbol.iterator]: () => chunks[Symbol.iterator](),
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
        headers: { 'Content-Type': 'application/octet-stream' },
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
