/**
 * The UI language of the live components. They stay plain React (the
 * example test renders them in Node), so the Docusaurus-aware playground
 * provides the locale through this context; without one they speak Spanish.
 */
import { createContext, useContext } from 'react';

export type LiveLocale = 'es' | 'en';

const MESSAGES = {
  es: {
    errorTitle: 'Error en el ejemplo',
    errorHint: 'Corrige el código: el resultado se actualiza mientras escribes.',
    loading: 'Cargando el editor en vivo…',
    editorLabel: 'Código del ejemplo (editable)',
    editorKeys: 'Tab sangra el código; Esc y después Tab sale del editor.',
    textLabel: 'Texto (UTF-8)',
    bytesLabel: 'Bytes',
    emptyString: '(cadena vacía)',
    request: 'Petición',
    requestEditable: 'Petición (editable)',
    requestNote:
      'Cada salto de línea se envía como \\r\\n (CRLF), como pide HTTP. Desmarca la casilla para enviar \\n solo.',
    crlf: 'Enviar los saltos de línea como \\r\\n',
    sentBytes: 'Bytes enviados',
    statusLine: 'Línea de estado',
    headers: 'Cabeceras',
    body: 'Cuerpo',
    emptyBody: '(cuerpo vacío)',
    errors: 'wsgi.errors (registro del servidor)',
    noErrors: '(nada)',
    rawResponse: 'Respuesta completa (bytes tal como viajan)',
    noResponse: '(el servidor no envió nada)',
    exchangeFailed: 'El intercambio falló',
    bytesCount: (n: number) => `${n} ${n === 1 ? 'byte' : 'bytes'}`,
  },
  en: {
    errorTitle: 'Error in the example',
    errorHint: 'Fix the code: the result updates as you type.',
    loading: 'Loading the live editor…',
    editorLabel: "The example's code (editable)",
    editorKeys: 'Tab indents the code; Esc then Tab leaves the editor.',
    textLabel: 'Text (UTF-8)',
    bytesLabel: 'Bytes',
    emptyString: '(empty string)',
    request: 'Request',
    requestEditable: 'Request (editable)',
    requestNote:
      'Every line break is sent as \\r\\n (CRLF), as HTTP asks. Untick the box to send a bare \\n.',
    crlf: 'Send line breaks as \\r\\n',
    sentBytes: 'Bytes sent',
    statusLine: 'Status line',
    headers: 'Headers',
    body: 'Body',
    emptyBody: '(empty body)',
    errors: 'wsgi.errors (server log)',
    noErrors: '(nothing)',
    rawResponse: 'Full response (bytes as they travel)',
    noResponse: '(the server sent nothing)',
    exchangeFailed: 'The exchange failed',
    bytesCount: (n: number) => `${n} ${n === 1 ? 'byte' : 'bytes'}`,
  },
} as const;

export type LiveMessages = (typeof MESSAGES)[LiveLocale];

export const LiveLocaleContext = createContext<LiveLocale>('es');

/** The messages of the current live locale. */
export function useLiveMessages(): LiveMessages {
  return MESSAGES[useContext(LiveLocaleContext)];
}

/** The messages of a locale, outside React. */
export function liveMessages(locale: LiveLocale): LiveMessages {
  return MESSAGES[locale];
}
