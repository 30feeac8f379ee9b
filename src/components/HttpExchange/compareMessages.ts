/** UI text of the CPython comparison, Spanish first. */
import type { LiveLocale } from '../../live/locale';

const MESSAGES = {
  es: {
    heading: 'Comparar con CPython 3.14',
    button: 'Comparar con CPython (wsgiref)',
    again: 'Comparar de nuevo',
    intro:
      'Envía la misma petición al gemelo en Python de esta aplicación, servido por el propio wsgiref.simple_server de CPython 3.14 (en la página), y compara los bytes con los del port.',
    same: 'Mismos bytes: CPython 3.14 y el port responden exactamente igual (solo se ignoran el valor de Date y la versión en Server).',
    differ: (offset: number, line: number) =>
      `Los bytes difieren: CPython 3.14 y el port no responden igual (primera diferencia en el byte ${offset}, línea ${line}). Si la página no lo explica, es un fallo del port.`,
    known: 'Diferencia conocida y explicada en esta página:',
    python: 'CPython 3.14 · wsgiref.simple_server',
    port: 'wsgiref-ts (el port)',
    twinSource: 'Código del gemelo en Python',
    twinFailed: 'El gemelo en Python no pudo ejecutarse',
    pythonLog: 'stderr de CPython (registro)',
    differentLine: 'línea distinta',
    noTwin: (name: string) => `No hay gemelo en Python llamado «${name}».`,
  },
  en: {
    heading: 'Compare with CPython 3.14',
    button: 'Compare with CPython (wsgiref)',
    again: 'Compare again',
    intro:
      "Sends the same request to this application's Python twin, served by CPython 3.14's own wsgiref.simple_server (in the page), and compares its bytes with the port's.",
    same: 'Same bytes: CPython 3.14 and the port answer exactly alike (only the Date value and the Server version are ignored).',
    differ: (offset: number, line: number) =>
      `The bytes differ: CPython 3.14 and the port do not answer alike (first difference at byte ${offset}, line ${line}). Unless this page explains it, that is a bug in the port.`,
    known: 'A known difference, explained on this page:',
    python: 'CPython 3.14 · wsgiref.simple_server',
    port: 'wsgiref-ts (the port)',
    twinSource: 'Source of the Python twin',
    twinFailed: 'The Python twin could not run',
    pythonLog: "CPython's stderr (log)",
    differentLine: 'different line',
    noTwin: (name: string) => `There is no Python twin named “${name}”.`,
  },
};

export type CompareMessages = (typeof MESSAGES)['es'];

export function compareMessages(locale: LiveLocale): CompareMessages {
  return MESSAGES[locale];
}
