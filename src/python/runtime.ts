/**
 * CPython 3.14 in the page (the `pyodide` npm package), loaded only when a
 * reader asks for it and kept for the rest of the session: single-page
 * navigations reuse the same interpreter.
 *
 * Nothing of Pyodide is in the site's bundles. `loadPython()` fetches the
 * runtime's own files from the site (`<root>/pyodide/`, copied there by
 * plugins/pyodide-assets) with a byte count for the progress indicator,
 * imports its two modules from blob: URLs (so a server that does not know
 * the `.mjs` type still works) and hands the fetched wasm, standard library
 * and lock file to Pyodide instead of letting it fetch them again.
 */
import type { PyodideInterface } from 'pyodide';

export type { PyodideInterface };

export interface LoadProgress {
  phase: 'download' | 'start' | 'ready';
  /** Bytes received so far (download) or of the whole runtime (start, ready). */
  loaded: number;
  /** Bytes of the whole runtime. */
  total: number;
}

export type ProgressListener = (progress: LoadProgress) => void;

/** The runtime's files, with their size in pyodide 314.0.8 (the fallback total when a server sends no length). */
const FILES = {
  loader: { name: 'pyodide.mjs', size: 17_758 },
  module: { name: 'pyodide.asm.mjs', size: 1_250_259 },
  wasm: { name: 'pyodide.asm.wasm', size: 9_597_892 },
  stdlib: { name: 'python_stdlib.zip', size: 2_545_550 },
  lock: { name: 'pyodide-lock.json', size: 119_077 },
} as const;

type FileKey = keyof typeof FILES;

/** Why Python cannot start here, in both languages, with what to do. */
export class PythonUnavailableError extends Error {
  readonly reason: 'file-protocol' | 'network' | 'startup';
  constructor(reason: PythonUnavailableError['reason'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PythonUnavailableError';
    this.reason = reason;
  }
}

let instance: Promise<PyodideInterface> | undefined;
let loaded = false;
const listeners = new Set<ProgressListener>();
let lastProgress: LoadProgress | undefined;

function report(progress: LoadProgress): void {
  lastProgress = progress;
  for (const listener of listeners) listener(progress);
}

/** Whether CPython is already running in this page session. */
export function isPythonLoaded(): boolean {
  return loaded;
}

/**
 * Starts CPython once per page session (later calls share it) and reports
 * the download of the runtime's files and the interpreter's start-up.
 */
export function loadPython(onProgress?: ProgressListener): Promise<PyodideInterface> {
  if (onProgress) {
    listeners.add(onProgress);
    if (lastProgress) onProgress(lastProgress);
  }
  if (!instance) {
    instance = start().then(
      (py) => {
        loaded = true;
        return py;
      },
      (error: unknown) => {
        instance = undefined; // a later click may try again (e.g. the network came back)
        lastProgress = undefined;
        throw error;
      },
    );
  }
  const done = (): void => {
    if (onProgress) listeners.delete(onProgress);
  };
  instance.then(done, done);
  return instance;
}

async function start(): Promise<PyodideInterface> {
  if (typeof window !== 'undefined' && window.location.protocol === 'file:') {
    throw new PythonUnavailableError(
      'file-protocol',
      'Python no puede arrancar en una página abierta desde el disco (file://): el navegador no deja ' +
        'cargar WebAssembly ni módulos desde archivos locales. Sirve la carpeta: `python3 -m http.server` ' +
        'dentro de ella (y abre http://localhost:8000/), o `npm run serve` en el proyecto. / ' +
        'Python cannot start in a page opened from disk (file://): the browser does not load WebAssembly ' +
        'or modules from local files. Serve the folder: `python3 -m http.server` inside it (then open ' +
        'http://localhost:8000/), or `npm run serve` in the project.',
    );
  }
  // Docusaurus' generated config, read only in the page (the Node tests render the components without it).
  const { pyodideRootUrl } = await import('./location');
  const root = pyodideRootUrl();
  const files = await downloadAll(root);
  const total = sum(Object.values(files).map((bytes) => bytes.byteLength));
  report({ phase: 'start', loaded: total, total });
  try {
    const py = await boot(root, files);
    report({ phase: 'ready', loaded: total, total });
    return py;
  } catch (cause) {
    throw new PythonUnavailableError(
      'startup',
      `CPython no pudo arrancar en esta página. / CPython failed to start in this page: ${String(cause)}`,
      { cause },
    );
  }
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

async function downloadAll(root: string): Promise<Record<FileKey, Uint8Array<ArrayBuffer>>> {
  const keys = Object.keys(FILES) as FileKey[];
  const expected = Object.fromEntries(keys.map((k) => [k, FILES[k].size])) as Record<FileKey, number>;
  const received = Object.fromEntries(keys.map((k) => [k, 0])) as Record<FileKey, number>;
  const update = (): void => report({ phase: 'download', loaded: sum(Object.values(received)), total: sum(Object.values(expected)) });
  update();
  const entries = await Promise.all(
    keys.map(async (key) => {
      const bytes = await download(new URL(FILES[key].name, root).href, (size) => {
        expected[key] = size;
      }, (count) => {
        received[key] = count;
        update();
      });
      return [key, bytes] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<FileKey, Uint8Array<ArrayBuffer>>;
}

async function download(
  url: string,
  onSize: (size: number) => void,
  onBytes: (count: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new PythonUnavailableError(
      'network',
      `No se pudo descargar ${url}: ¿sigue en marcha el servidor? / Could not download ${url}: is the server still running?`,
      { cause },
    );
  }
  if (!response.ok || !response.body) {
    throw new PythonUnavailableError(
      'network',
      `El sitio no sirve ${url} (HTTP ${response.status}): compílalo con \`npm run build\`. / ` +
        `The site does not serve ${url} (HTTP ${response.status}): build it with \`npm run build\`.`,
    );
  }
  const length = Number(response.headers.get('content-length'));
  // A compressed response's length is not the decoded size: keep the known size then.
  if (length > 0 && !response.headers.get('content-encoding')) onSize(length);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let count = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    count += value.byteLength;
    onBytes(count);
  }
  onSize(count);
  const bytes = new Uint8Array(count);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

// A runtime import() the bundler never sees: the bundles hold none of Pyodide.
const importUrl = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

async function importFromBytes<T>(bytes: Uint8Array<ArrayBuffer>): Promise<T> {
  const url = URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
  try {
    return (await importUrl(url)) as T;
  } finally {
    URL.revokeObjectURL(url);
  }
}

type LoaderModule = typeof import('pyodide');
type CreateModule = NonNullable<Parameters<LoaderModule['loadPyodide']>[0]>['createPyodideModule'];

async function boot(root: string, files: Record<FileKey, Uint8Array<ArrayBuffer>>): Promise<PyodideInterface> {
  const loader = await importFromBytes<LoaderModule>(files.loader);
  const asm = await importFromBytes<{ default: CreateModule }>(files.module);
  const stdlibUrl = URL.createObjectURL(new Blob([files.stdlib], { type: 'application/zip' }));
  const wasmUrl = new URL(FILES.wasm.name, root).href;
  const restoreFetch = serveFromMemory(wasmUrl, files.wasm, 'application/wasm');
  try {
    const py = await loader.loadPyodide({
      indexURL: root,
      createPyodideModule: asm.default,
      lockFileContents: new TextDecoder().decode(files.lock),
      stdLibURL: stdlibUrl,
      // The page's own panels show what Python prints; nothing goes to the console.
      stdout: () => {},
      stderr: () => {},
    });
    // input() reads nothing instead of opening the browser's prompt().
    py.setStdin({ error: true });
    return py;
  } finally {
    restoreFetch();
    URL.revokeObjectURL(stdlibUrl);
  }
}

/**
 * Pyodide fetches the wasm itself (to compile it while streaming); while it
 * starts, that one URL is answered from the bytes already downloaded.
 */
function serveFromMemory(url: string, bytes: Uint8Array<ArrayBuffer>, type: string): () => void {
  const original = globalThis.fetch;
  const shim: typeof fetch = (input, init) => {
    const target = input instanceof Request ? input.url : String(input);
    if (target === url) return Promise.resolve(new Response(bytes, { headers: { 'Content-Type': type } }));
    return original(input, init);
  };
  globalThis.fetch = shim;
  return () => {
    if (globalThis.fetch === shim) globalThis.fetch = original;
  };
}
