// The one copy of os_environ every BaseHandler starts its environ from.
import type { WSGIEnvironment } from '../types';

/**
 * An empty plain object that V8 keeps as a hash table ("dictionary mode"):
 * deleting a property that is not the last one added switches it. Other
 * engines just get an empty object.
 */
function emptyDictionary(): WSGIEnvironment {
  const object: WSGIEnvironment = { a: 0, b: 0 };
  delete object.a;
  delete object.b;
  return object;
}

/**
 * Python's `os_environ.copy()` in BaseHandler.setup_environ: own keys
 * only, as a dict has no inherited items, in one builtin call.
 *
 * Into a dictionary-mode object: the process environment (35 variables
 * here) plus the CGI and wsgi.* keys added one by one turn a fast-mode
 * copy into a dictionary anyway, and that conversion then costs a quarter
 * of bench:lib's "SimpleHandler run" row (6.6 µs of CPU per run with this,
 * 7.8 µs with `Object.assign({}, source)`). A small environ is better off
 * fast: WSGIRequestHandler.getEnviron copies the server's base environ
 * with a plain `Object.assign` (exchange() of a hello request: 23 µs, 27 µs
 * through this helper).
 */
export function copyEnviron(source: WSGIEnvironment): WSGIEnvironment {
  return Object.assign(emptyDictionary(), source);
}
