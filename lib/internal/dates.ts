/**
 * The port's one date formatting: HTTP dates (the `Date` header of
 * wsgiref.handlers and http.server) and the access log's local time, each
 * text of the current second formatted once per second. Always English
 * names, whatever the locale: HTTP dates are not localised. Internal
 * helper: handlers.formatDateTime is the public face of httpDate.
 *
 * @internal
 * @module
 */

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(value: number, width: number, filler = '0'): string {
  return String(value).padStart(width, filler);
}

/**
 * An IMF-fixdate (RFC 9110 §5.6.7) in GMT for a Unix timestamp in seconds.
 * A year under 1000 is padded with `yearFill`: a space in
 * wsgiref.handlers.format_date_time (`%4d`), a zero in
 * email.utils.formatdate, which http.server's date_time_string uses (`%04d`).
 */
export function httpDate(timestamp: number, yearFill: ' ' | '0' = ' '): string {
  const date = new Date(Math.floor(timestamp) * 1000);
  return (
    `${WEEKDAYS[(date.getUTCDay() + 6) % 7]}, ${pad(date.getUTCDate(), 2)} ${MONTHS[date.getUTCMonth()]} ` +
    `${pad(date.getUTCFullYear(), 4, yearFill)} ${pad(date.getUTCHours(), 2)}:` +
    `${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)} GMT`
  );
}

/** http.server's log_date_time_string(): `30/Nov/2026 09:51:07`, local time. */
function logDate(timestamp: number): string {
  const date = new Date(timestamp * 1000);
  return (
    `${pad(date.getDate(), 2)}/${MONTHS[date.getMonth()]}/${pad(date.getFullYear(), 4)} ` +
    `${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`
  );
}

/**
 * `format(now)`, formatted once per second: the text only changes with the
 * second, and formatting costs more than the rest of a small response's
 * preamble (bench:lib, "SimpleHandler run").
 */
function oncePerSecond(format: (second: number) => string): () => string {
  let cachedSecond = NaN;
  let cached = '';
  return () => {
    const second = Math.floor(Date.now() / 1000);
    if (second !== cachedSecond) {
      cached = format(second);
      cachedSecond = second;
    }
    return cached;
  };
}

/** httpDate(now): the `Date` header of every response. */
export const currentHttpDate = oncePerSecond((second) => httpDate(second));

/** The log's date for now. */
export const currentLogDate = oncePerSecond(logDate);
