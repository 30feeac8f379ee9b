/** UI text of the Python blocks and the CPython comparison, Spanish first. */
export type PythonLocale = 'es' | 'en';

const MB = (bytes: number, locale: PythonLocale): string =>
  (bytes / 1_000_000).toLocaleString(locale === 'es' ? 'es-ES' : 'en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const MESSAGES = {
  es: {
    run: 'Ejecutar en Python',
    running: 'Ejecutando…',
    reset: 'Restablecer',
    editorLabel: 'Código Python (editable)',
    blockLabel: 'Ejemplo en Python',
    hint: 'Se ejecuta en CPython 3.14 dentro de la página. Como en el intérprete interactivo, se muestra el valor de cada expresión suelta.',
    continues: 'Continúa el bloque Python anterior: al ejecutarlo, se ejecuta antes aquel (sin mostrar su salida).',
    noRun: {
      server: 'Este bloque no se ejecuta en la página: abre un servidor de verdad (sockets), que el navegador no tiene. Ejecútalo con python3 en tu máquina.',
      fragment: 'Este bloque no se ejecuta en la página: es un fragmento, no un programa completo.',
      shell: 'Este bloque no se ejecuta en la página: es una orden para el terminal.',
      other: 'Este bloque no se ejecuta en la página.',
    },
    output: 'Salida de Python',
    stdout: 'stdout',
    stderr: 'stderr',
    traceback: 'Traza (excepción sin capturar)',
    noOutput: '(sin salida)',
    downloading: (loaded: number, total: number) =>
      `Descargando CPython 3.14: ${MB(loaded, 'es')} de ${MB(total, 'es')} MB (solo la primera vez)…`,
    starting: 'Arrancando CPython 3.14…',
    progressLabel: 'Carga de CPython',
    unavailable: 'Python no está disponible aquí',
    exited: (code: number) => `El programa terminó con sys.exit(${code}).`,
    keyboard: 'En el editor, Tab sangra; Esc y luego Tab sale de él.',
  },
  en: {
    run: 'Run in Python',
    running: 'Running…',
    reset: 'Reset',
    editorLabel: 'Python code (editable)',
    blockLabel: 'Python example',
    hint: 'Runs on CPython 3.14 inside the page. As in the interactive interpreter, the value of each bare expression is shown.',
    continues: 'Continues the previous Python block: running it runs that one first (its output hidden).',
    noRun: {
      server: 'This block does not run in the page: it opens a real server (sockets), which the browser lacks. Run it with python3 on your machine.',
      fragment: 'This block does not run in the page: it is a fragment, not a whole program.',
      shell: 'This block does not run in the page: it is a terminal command.',
      other: 'This block does not run in the page.',
    },
    output: 'Python output',
    stdout: 'stdout',
    stderr: 'stderr',
    traceback: 'Traceback (uncaught exception)',
    noOutput: '(no output)',
    downloading: (loaded: number, total: number) =>
      `Downloading CPython 3.14: ${MB(loaded, 'en')} of ${MB(total, 'en')} MB (first time only)…`,
    starting: 'Starting CPython 3.14…',
    progressLabel: 'CPython loading',
    unavailable: 'Python is not available here',
    exited: (code: number) => `The program ended with sys.exit(${code}).`,
    keyboard: 'In the editor, Tab indents; Esc then Tab leaves it.',
  },
};

export type PythonMessages = (typeof MESSAGES)['es'];

export function pythonMessages(locale: PythonLocale): PythonMessages {
  return MESSAGES[locale];
}
