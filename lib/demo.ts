#!/usr/bin/env node
/**
 * `npm run demo`: el equivalente de `python -m wsgiref.simple_server`.
 * Sirve `demoApp` (que muestra el entorno WSGI de cada petición) en
 * `http://127.0.0.1:8000/` hasta que se pulsa Ctrl-C.
 *
 * El puerto se cambia con un argumento (`npm run demo -- 8080`) o con la
 * variable `PORT`; 0 pide uno libre al sistema. A diferencia de Python,
 * que escucha en todas las interfaces, abre el navegador y atiende una
 * sola petición, aquí se escucha solo en 127.0.0.1 y se atiende hasta
 * recibir SIGINT o SIGTERM.
 *
 * @english `npm run demo`: the equivalent of `python -m
 * wsgiref.simple_server`. Serves `demoApp` (which shows each request's WSGI
 * environ) on `http://127.0.0.1:8000/` until Ctrl-C. The port comes from an
 * argument (`npm run demo -- 8080`) or `PORT`; 0 asks the system for a free
 * one. Unlike Python, which listens on every interface, opens the browser
 * and answers a single request, this listens on 127.0.0.1 only and serves
 * until SIGINT or SIGTERM.
 *
 * @module demo
 */

import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoApp, makeServer, type WSGIServer } from './simple_server';

const HOST = '127.0.0.1';

/**
 * El puerto pedido: el primer argumento, si no la variable `PORT`, si no
 * 8000. Devuelve `null` si no es un número de puerto válido.
 *
 * @english The requested port: the first argument, else `PORT`, else 8000.
 * `null` when it is not a valid port number.
 *
 * @python `python -m wsgiref.simple_server` (port `8000`).
 *
 * @example
 * ```ts
 * demoPort(['8080'], {});        // 8080
 * demoPort([], { PORT: '9000' }); // 9000
 * demoPort([], {});              // 8000
 * ```
 */
export function demoPort(argv: readonly string[], env: Record<string, string | undefined>): number | null {
  const text = argv[0] ?? env.PORT ?? '8000';
  if (!/^\d+$/.test(text.trim())) return null;
  const port = Number(text.trim());
  return port <= 65535 ? port : null;
}

/** A message for the errors a user can fix (busy or forbidden port). */
function bindErrorMessage(error: unknown, port: number): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'EADDRINUSE') {
    return (
      `El puerto ${port} ya está en uso: para el otro servidor o elige otro puerto ` +
      `(npm run demo -- 8080, o PORT=8080). / Port ${port} is already in use.`
    );
  }
  if (code === 'EACCES') {
    return `No hay permiso para escuchar en el puerto ${port}: usa uno mayor que 1024. / Permission denied.`;
  }
  return `No se pudo iniciar el servidor: ${(error as Error)?.message ?? String(error)} / Could not start the server.`;
}

/**
 * Arranca la demostración: crea el servidor, anuncia dónde escucha y
 * atiende hasta SIGINT o SIGTERM. Devuelve el código de salida (1 si el
 * puerto no sirve).
 *
 * @english Starts the demo: creates the server, says where it listens and
 * serves until SIGINT or SIGTERM. Returns the exit code (1 when the port
 * cannot be used).
 *
 * @python `wsgiref.simple_server`: `if __name__ == '__main__':`.
 *
 * @example
 * ```ts
 * process.exitCode = await runDemo(process.argv.slice(2), process.env);
 * ```
 */
export async function runDemo(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): Promise<number> {
  const port = demoPort(argv, env);
  if (port === null) {
    console.error(`Puerto no válido: ${argv[0] ?? env.PORT}. / Invalid port.`);
    return 1;
  }
  let server: WSGIServer;
  try {
    server = await makeServer(HOST, port, demoApp);
  } catch (error) {
    console.error(bindErrorMessage(error, port));
    return 1;
  }
  const url = `http://${HOST}:${server.serverPort}/`;
  console.log(`Sirviendo en ${url} … Ctrl-C para parar. / Serving on ${url} … Ctrl-C to stop.`);
  const stop = (): void => {
    void server.shutdown();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await server.serveForever();
  await server.serverClose();
  console.log('Servidor detenido. / Server stopped.');
  return 0;
}

// Run only as a script (`tsx lib/demo.ts`, or the package's
// `wsgiref-ts-demo` bin, a symlink: hence realpath), not when imported.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  process.exitCode = await runDemo(process.argv.slice(2), process.env);
}
