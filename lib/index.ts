/**
 * wsgiref-ts: el módulo `wsgiref` de Python portado a TypeScript.
 *
 * Este punto de entrada reúne todo lo que funciona también en el
 * navegador: los tipos del protocolo WSGI (PEP 3333), los flujos en
 * memoria, las cabeceras, las utilidades, el verificador de
 * compatibilidad, los gestores y el intercambio HTTP sin *sockets*. El
 * servidor de desarrollo (`simple_server`) necesita Node.js y se importa
 * aparte, desde `lib/simple_server`.
 *
 * Cada símbolo lleva el nombre de su equivalente en Python en camelCase:
 * `wsgiref.util.setup_testing_defaults` es `setupTestingDefaults`,
 * `wsgiref.headers.Headers.get_all` es `Headers.getAll`.
 *
 * @english wsgiref-ts, Python's `wsgiref` ported to TypeScript. This
 * entry point gathers everything that also runs in a browser: the WSGI
 * protocol types (PEP 3333), in-memory streams, headers, utilities, the
 * conformance checker, the handlers and the socket-less HTTP exchange.
 * The development server (`simple_server`) needs Node.js and is imported
 * separately, from `lib/simple_server`. Each symbol is named after its
 * Python counterpart in camelCase: `wsgiref.util.setup_testing_defaults`
 * is `setupTestingDefaults`, `wsgiref.headers.Headers.get_all` is
 * `Headers.getAll`.
 *
 * @python `wsgiref`.
 *
 * @example
 * ```ts
 * import { Headers, setupTestingDefaults, requestUri } from './index';
 *
 * const environ = { PATH_INFO: '/hola' };
 * setupTestingDefaults(environ);
 * requestUri(environ); // 'http://127.0.0.1/hola'
 * new Headers([['Content-Type', 'text/plain']]).toString();
 * // 'Content-Type: text/plain\r\n\r\n'
 * ```
 *
 * @module
 */

export * from './types';
export * from './io';
export * from './headers';
export * from './util';
export * from './validate';
export * from './handlers';
export * from './http_server';
export * from './request_head';
export * from './simple_server_core';
export * from './exchange';
