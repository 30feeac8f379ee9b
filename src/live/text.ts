/**
 * `bytes()` and `text()`: the UTF-8 helpers every live block has in scope,
 * the stand-ins for Python's `'…'.encode()` and `b'…'.decode()`.
 */

const encoder = new TextEncoder();

/**
 * Codifica un texto en UTF-8 y devuelve la cadena de bytes.
 * Python: `texto.encode('utf-8')`.
 *
 * @example
 * ```ts
 * bytes('¡Hola!'); // Uint8Array(7) [194, 161, 72, 111, 108, 97, 33]
 * ```
 */
export function bytes(text: string): Uint8Array {
  if (typeof text !== 'string') {
    throw new TypeError(
      `bytes() espera una cadena de texto, no ${typeof text}. / bytes() expects a string.`,
    );
  }
  return encoder.encode(text);
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

/**
 * Decodifica bytes en UTF-8; acepta una cadena de bytes o un iterable de
 * bloques (como lo que devuelve una aplicación WSGI), que junta antes.
 * Python: `b''.join(bloques).decode('utf-8', 'replace')`.
 *
 * @example
 * ```ts
 * text([bytes('¡Ho'), bytes('la!')]); // '¡Hola!'
 * ```
 */
export function text(data: Uint8Array | Iterable<Uint8Array>): string {
  if (data instanceof Uint8Array) return new TextDecoder().decode(data);
  if (!isIterable(data)) {
    throw new TypeError(
      'text() espera una cadena de bytes (Uint8Array) o un iterable de ellas. / ' +
        'text() expects a Uint8Array or an iterable of them.',
    );
  }
  // One decoder in streaming mode, so a character split across chunks survives.
  const decoder = new TextDecoder();
  let out = '';
  for (const chunk of data) {
    if (!(chunk instanceof Uint8Array)) {
      throw new TypeError(
        `text() recibió un bloque que no es Uint8Array (${typeof chunk}). / ` +
          'text() got a chunk that is not a Uint8Array.',
      );
    }
    out += decoder.decode(chunk, { stream: true });
  }
  return out + decoder.decode();
}
