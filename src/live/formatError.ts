/**
 * Turns the error text react-live reports (`error.toString()`) into what
 * the page shows under "Error en el ejemplo": the original message, plus a
 * bilingual hint for the errors a reader meets most.
 */

export interface LiveErrorView {
  /** The error's name, e.g. `SyntaxError`, `WSGIAssertionError`. */
  name: string;
  /** The message as thrown. */
  message: string;
  /** A short "Spanish. / English." explanation, when one helps. */
  hint?: string;
}

// Hints keyed on the full "Name: message" text. They are checked before the
// name-only hints: react-live reports "No-Inline evaluations must call
// `render`." as a SyntaxError, and that message has a better hint than the
// generic one for code that does not parse.
const MESSAGE_HINTS: [RegExp, string][] = [
  [
    /No-Inline evaluations must call `render`/,
    'Un bloque noInline debe llamar a render(…) con lo que quiere mostrar. / A noInline block must call render(…).',
  ],
  [
    /^RangeError: Maximum call stack/,
    'Se superó el tamaño máximo de la pila (¿una recursión infinita?). / Maximum call stack size exceeded (infinite recursion?).',
  ],
  [
    /^ReferenceError: render is not defined/,
    'render(…) solo existe en los bloques marcados noInline. / render(…) only exists in blocks marked noInline.',
  ],
  [
    /^ReferenceError:/,
    'Ese nombre no existe en el ejemplo: el alcance trae React, lo exportado por lib/index.ts, bytes, text, Output y HttpExchange. / That name is not defined: the scope has React, the exports of lib/index.ts, bytes, text, Output and HttpExchange.',
  ],
];

// Hints keyed on the error's name alone, used when no message hint applies.
const NAME_HINTS: [RegExp, string][] = [
  [
    /^(SyntaxError|LiveCodeError)$/,
    'El código no se puede analizar; la posición (línea:columna) indica dónde. / The code does not parse; (line:column) says where.',
  ],
  [
    /^WSGIAssertionError$/,
    'Falló una comprobación de WSGI, del verificador (validator) o del gestor: las reglas de PEP 3333 y algunas propias de wsgiref. / A WSGI check failed, the validator\'s or the handler\'s: PEP 3333\'s rules and a few of wsgiref\'s own.',
  ],
];

/** Splits "Name: message" and adds a hint when one applies. */
export function describeLiveError(error: unknown): LiveErrorView {
  const raw =
    error instanceof Error ? `${error.name}: ${error.message}` : String(error ?? 'Error');
  const match = /^([A-Za-z_$][\w$]*): ([\s\S]*)$/.exec(raw);
  const name = match ? (match[1] as string) : 'Error';
  const message = match ? (match[2] as string) : raw;
  const full = `${name}: ${message}`;
  const hint =
    MESSAGE_HINTS.find(([pattern]) => pattern.test(full))?.[1] ??
    NAME_HINTS.find(([pattern]) => pattern.test(name))?.[1];
  return hint ? { name, message, hint } : { name, message };
}
