// How a Python name of wsgiref (or of the http.server parts it uses) is
// spelled in the port, and where it is: python-names.test.ts checks every
// name CPython reports against this. The rule is API.md's: the file of the
// same name (lib/<module>.ts, http.server in lib/http_server.ts), classes
// keep their name, snake_case becomes camelCase, UPPER_CASE constants stay.
// Everything else is a decision written down below, with its reason.

/** A Python name as CPython reports it (fixtures/wsgiref_names.py). */
export interface PythonName {
  module: string;
  /** The class the name is a member of; null for a module-level name. */
  owner: string | null;
  name: string;
  kind: 'class' | 'function' | 'value' | 'member';
  why: string;
}

/** `wsgiref.handlers.BaseHandler.bytes_sent`, `http.server.HTTPServer`. */
export function qualifiedName({ module, owner, name }: Pick<PythonName, 'module' | 'owner' | 'name'>): string {
  return [module, owner, name].filter(Boolean).join('.');
}

/** lib/handlers.ts for wsgiref.handlers, lib/http_server.ts for http.server. */
export function fileOf(module: string): string {
  return `lib/${module.replace(/^wsgiref\./, '').replaceAll('.', '_')}.ts`;
}

/** API.md's rule: snake_case → camelCase; classes, UPPER_CASE and leading underscores kept. */
export function camelCase(name: string): string {
  if (/^[A-Z][A-Z0-9_]*$/.test(name) || /^[A-Z]/.test(name)) return name;
  return name.replace(/(?<=[A-Za-z0-9])_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** What `__call__` maps to: the port's counterpart is itself callable. */
export const CALLABLE = '()';

/**
 * Python's special methods and the JavaScript protocol that does their
 * work. A new dunder in a wsgiref class fails until it is added here or
 * to NOT_PORTED.
 */
export const DUNDERS: Record<string, { ts: string; why: string }> = {
  __iter__: { ts: '[Symbol.iterator]', why: 'for…of and spreading call [Symbol.iterator]() as Python calls __iter__' },
  __next__: { ts: 'next', why: "a JavaScript iterator's step is next(), returning { done, value }" },
  __call__: { ts: CALLABLE, why: 'a callable object is a function in JavaScript (or a type with a call signature)' },
  __len__: { ts: 'length', why: 'API.md pins Headers.length, a property counting duplicates' },
  __str__: { ts: 'toString', why: "API.md pins Headers.toString(), JavaScript's String(x)" },
  __bytes__: { ts: 'toBytes', why: 'API.md pins Headers.toBytes() (latin-1); JavaScript has no bytes() protocol' },
  __getitem__: { ts: 'get', why: 'API.md pins Headers.get(name): no item access on objects in JavaScript' },
  __setitem__: { ts: 'set', why: 'API.md pins Headers.set(name, value), replacing all, as h[name] = value' },
  __delitem__: { ts: 'delete', why: 'API.md pins Headers.delete(name), removing all, as del h[name]' },
  __contains__: { ts: 'has', why: 'API.md pins Headers.has(name), for name in h' },
};

/** Names spelled otherwise than camelCase() says, by qualified Python name. */
export const RENAMED: Record<string, { ts: string; why: string }> = {
  'wsgiref.headers.Headers.setdefault': {
    ts: 'setDefault',
    why: "API.md pins setDefault: Python's setdefault is one word only by dict's old spelling",
  },
  'wsgiref.simple_server.server_version': {
    ts: 'SERVER_VERSION',
    why: "a module constant ('WSGIServer/0.2'): TypeScript spells constants in UPPER_CASE",
  },
  'wsgiref.simple_server.sys_version': {
    ts: 'defaultSoftwareVersion',
    why: 'the runtime and its version (Node.js/20.x, JavaScript in a browser) are read when asked, not at import',
  },
  'wsgiref.validate.WriteWrapper': {
    ts: 'writeWrapper',
    why: 'a class whose only job is __call__ is a function in JavaScript: writeWrapper(write) returns the checked write',
  },
  'wsgiref.types.FileWrapper': {
    ts: 'FileWrapperFactory',
    why: "index.ts re-exports types and util together, and util's FileWrapper class keeps the name",
  },
};

/**
 * Python classes whose port lives under another name or file: what is
 * checked of them (their members wsgiref uses) is checked there.
 */
export const CLASS_HOMES: Record<string, { file: string; ts: string; why: string }> = {
  'http.server.HTTPServer': {
    file: 'lib/simple_server.ts',
    ts: 'WSGIServer',
    why:
      'http_server.ts is browser-safe (index.ts re-exports it); the one server over node:net is ' +
      "simple_server.ts's WSGIServer, which carries the HTTPServer (and socketserver) members it uses",
  },
};

/** Python module-level names no module of the port has, whatever the module. */
export const NOT_PORTED_IN_ANY_MODULE: Record<string, string> = {
  __all__: "the module's public list: in TypeScript the file's export declarations are that list",
};

/** Python names the port deliberately has not (or not under that module), with the reason. */
export const NOT_PORTED: Record<string, string> = {
  'wsgiref.headers.tspecials':
    "only _formatparam(quote=0) reads it, and add_header always quotes (quote=1): it changes nothing",
  'wsgiref.headers.Headers.__repr__':
    'JavaScript has no repr(); util.inspect and the debugger show the Headers object and its list',
  'wsgiref.simple_server.__version__':
    "its only use is server_version ('WSGIServer/' + __version__): SERVER_VERSION holds the whole string",
  'wsgiref.simple_server.software_version':
    "ServerHandler.serverSoftware spells it out as `${SERVER_VERSION} ${defaultSoftwareVersion()}`",
  'wsgiref.validate.header_re':
    'a private detail of check_headers in the port: HEADER_NAME in lib/internal/validate_rules.ts',
  'wsgiref.validate.bad_header_value_re':
    'a private detail of check_headers in the port: BAD_HEADER_VALUE in lib/internal/validate_rules.ts',
  'wsgiref.validate.assert_':
    'an `assert` that survives python -O; the port throws WSGIAssertionError through lib/internal/errors.ts assert()',
  'wsgiref.validate.check_string_type':
    'one implementation for handlers and validate (issue 10): checkStringType in lib/internal/string_type.ts',
  'wsgiref.validate.WriteWrapper.writer':
    'writeWrapper(write) is a function: the write it checks is held by its closure, not an attribute',
  'wsgiref.validate.IteratorWrapper.__del__':
    'JavaScript has no __del__ (API.md): the "never closed" check runs when the request ends',
};
