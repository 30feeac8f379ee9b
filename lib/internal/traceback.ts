/**
 * A JavaScript error printed as Python's `traceback.print_exception`
 * prints an exception, for BaseHandler.logException. Internal helper: not
 * re-exported by index.ts.
 *
 * @internal
 * @module
 */

import { repr } from './repr';

/** The text Python's `print_exception` would print, from a JS error. */
export function formatException(error: unknown, limit: number | null, seen = new Set<unknown>()): string {
  if (!(error instanceof Error) && Object.prototype.toString.call(error) !== '[object Error]') {
    return `${repr(error)}\n`;
  }
  seen.add(error);
  const { name, message, stack, cause } = error as Error;
  // Python prints the cause first, then says how the two are linked.
  const causeText =
    cause === undefined || seen.has(cause)
      ? ''
      : `${formatException(cause, limit, seen)}\n` +
        'The above exception was the direct cause of the following exception:\n\n';
  const header = message ? `${name}: ${message}` : name;
  // V8 starts the stack with the header; Firefox and Safari give frames only.
  const body = typeof stack !== 'string' ? '' : stack.startsWith(header) ? stack.slice(header.length) : stack;
  let frames = body.split('\n').filter((line) => line.trim() !== '');
  if (limit !== null) {
    // JS stacks list the innermost frame first; Python's limit counts from
    // the outermost one (a negative limit keeps the innermost ones).
    frames = limit >= 0 ? frames.slice(Math.max(0, frames.length - limit)) : frames.slice(0, -limit);
  }
  return causeText + [header, ...frames].join('\n') + '\n';
}
